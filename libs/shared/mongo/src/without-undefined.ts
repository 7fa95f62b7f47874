import { AnyBulkWriteOperation, Document } from 'mongodb';

/**
 * A copy of `value` without the object fields whose value is `undefined`, at any depth.
 * Only plain objects and arrays are copied; dates, ids and other BSON values are kept as they are.
 */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) copy[key] = withoutUndefined(field);
  return copy as T;
}

/** The operation with its documents (insert, replacement, update operators) cleaned of `undefined`. */
export function withoutUndefinedFields<T extends Document>(op: AnyBulkWriteOperation<T>): AnyBulkWriteOperation<T> {
  if ('insertOne' in op) return { insertOne: { ...op.insertOne, document: withoutUndefined(op.insertOne.document) } };
  if ('replaceOne' in op) return { replaceOne: { ...op.replaceOne, replacement: withoutUndefined(op.replaceOne.replacement) } };
  if ('updateOne' in op) return { updateOne: { ...op.updateOne, update: withoutUndefined(op.updateOne.update) } };
  if ('updateMany' in op) return { updateMany: { ...op.updateMany, update: withoutUndefined(op.updateMany.update) } };
  return op;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
