import { AnyBulkWriteOperation, Collection, Document, Filter, MongoBulkWriteError, OptionalUnlessRequiredId } from 'mongodb';
import { bulkWriteInChunks, onlyDuplicateKeys } from './bulk-write';
import { isDuplicateKey } from './duplicate-key';
import { withoutUndefined } from './without-undefined';

/** One document's write: the document it is when new, and the statement that writes it over an existing one. */
export interface Upsert<T extends Document & { _id: string }> {
  _id: string;
  /** Absent for a statement that creates nothing (a delete). */
  document?: T;
  /** Idempotent: applied to an existing document, or again after a lost answer, it states the result. */
  op: AnyBulkWriteOperation<T>;
}

/** Ids asked per existence query and documents per insert command. */
export const UPSERT_BATCH = 500;

/**
 * Many upserts of which most are usually new documents (a feed's rows on their first version):
 * one query learns which ids exist, the new ones go in one `insertMany` per 500, and only the
 * existing ones take the per-document statements (`bulkWriteInChunks`). FerretDB answers an
 * upsert as a find then a write, one statement at a time; an insert of 500 documents is one
 * write. Same result as the statements alone: if a document appears between the query and the
 * insert (a concurrent writer) the insert is refused for it, and that batch is written again
 * by its statements, which are idempotent.
 */
export async function upsertMany<T extends Document & { _id: string }>(
  collection: Collection<T>,
  upserts: Upsert<T>[],
  options: { tolerateDuplicateKeys?: boolean } = {},
): Promise<void> {
  for (let i = 0; i < upserts.length; i += UPSERT_BATCH) {
    const batch = upserts.slice(i, i + UPSERT_BATCH);
    const found = await collection.find({ _id: { $in: batch.map((u) => u._id) } } as Filter<T>, { projection: { _id: 1 } }).toArray();
    const existing = new Set(found.map((d) => String(d['_id'])));
    const fresh = new Set(batch.filter((u) => u.document !== undefined && !existing.has(u._id)));
    const inserted = fresh.size === 0 || (await insertAll(collection, [...fresh].map((u) => withoutUndefined(u.document as T))));
    const rest = inserted ? batch.filter((u) => !fresh.has(u)) : batch;
    await bulkWriteInChunks(collection, rest.map((u) => u.op), options);
  }
}

/** True when every document went in; false when one already existed (the others may or may not have). */
async function insertAll<T extends Document>(collection: Collection<T>, documents: T[]): Promise<boolean> {
  try {
    await collection.insertMany(documents as OptionalUnlessRequiredId<T>[], { ordered: false });
    return true;
  } catch (error) {
    if (error instanceof MongoBulkWriteError ? onlyDuplicateKeys(error) : isDuplicateKey(error)) return false;
    throw error;
  }
}
