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
 * Unordered bulk writes in chunks; duplicate-key errors are returned for the caller to judge.
 * An `undefined` value writes no field, whatever the client's `ignoreUndefined`: a plain
 * client would store `null`, and a rebuild through it would differ from the live documents.
 */
export async function bulkWriteInChunks<T extends Document>(
  collection: Collection<T>,
  ops: AnyBulkWriteOperation<T>[],
  options: { tolerateDuplicateKeys?: boolean } = {},
): Promise<void> {
  for (let i = 0; i < ops.length; i += BULK_CHUNK) {
    try {
      await collection.bulkWrite(ops.slice(i, i + BULK_CHUNK).map(withoutUndefinedFields), { ordered: false });
    } catch (error) {
      if (!(options.tolerateDuplicateKeys && onlyDuplicateKeys(error))) throw error;
    }
  }
}

function onlyDuplicateKeys(error: unknown): boolean {
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
