import { EventEnvelope } from '@aftersales/integration-events';
import { AnyBulkWriteOperation, Collection, Document, MongoBulkWriteError } from 'mongodb';
import { isDuplicateKey } from './duplicate-key';
import { withoutUndefinedFields } from './without-undefined';

/**
 * At most this many statements per bulk command. FerretDB 1.24 (SQLite) stalls, and holds up
 * every other client, on a bulk of about 200 statements that touch the same _id more than
 * once, and on a bulk of 100 updates to large documents while inserts run (both measured);
 * 25 has not stalled. Small bulks are also kind to MongoDB's oplog. Callers collapse repeated
 * ids first (see `newestPerStream`).
 */
export const BULK_CHUNK = 25;

/**
 * Unordered bulk writes in chunks. With `tolerateDuplicateKeys`, a duplicate key on a guarded
 * upsert means a newer document is there (the statements must be idempotent). An `undefined` value writes no field, whatever the client's `ignoreUndefined`: a plain
 * client would store `null`, and a rebuild through it would differ from the live documents.
 */
export async function bulkWriteInChunks<T extends Document>(
  collection: Collection<T>,
  ops: AnyBulkWriteOperation<T>[],
  options: { tolerateDuplicateKeys?: boolean } = {},
): Promise<void> {
  for (let i = 0; i < ops.length; i += BULK_CHUNK) {
    const chunk = ops.slice(i, i + BULK_CHUNK).map(withoutUndefinedFields);
    try {
      await collection.bulkWrite(chunk, { ordered: false });
    } catch (error) {
      if (!(options.tolerateDuplicateKeys && onlyDuplicateKeys(error))) throw error;
      // FerretDB 1.24 stops even an unordered bulk at its first error, so the statements after
      // it may not have run: each again, alone (the tolerant callers' statements are idempotent).
      for (const op of chunk) await writeAlone(collection, op);
    }
  }
}

/**
 * One statement whose duplicate key is tolerated. A duplicate key on an upsert means the
 * document exists, either newer (what tolerating assumes) or just inserted by a concurrent
 * writer with an older version: a second try then updates it, and a second duplicate key
 * means it is newer indeed.
 */
async function writeAlone<T extends Document>(collection: Collection<T>, op: AnyBulkWriteOperation<T>): Promise<void> {
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      await collection.bulkWrite([op], { ordered: true });
      return;
    } catch (error) {
      if (!onlyDuplicateKeys(error)) throw error;
    }
  }
}

/** A bulk write refused only for duplicate keys (every one of its write errors is one). */
export function onlyDuplicateKeys(error: unknown): boolean {
  if (!(error instanceof MongoBulkWriteError)) return false;
  const errors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
  return errors.length > 0 && errors.every((e) => isDuplicateKey(e));
}

/** The highest-version event of each stream: one write per document per batch, whatever the order. */
export function newestPerStream(events: EventEnvelope[]): EventEnvelope[] {
  const newest = new Map<string, EventEnvelope>();
  for (const event of events) {
    const seen = newest.get(event.streamId);
    if (!seen || event.version > seen.version) newest.set(event.streamId, event);
  }
  return [...newest.values()];
}
