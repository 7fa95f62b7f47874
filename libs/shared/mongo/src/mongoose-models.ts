import { Collection, Db, Document } from 'mongodb';
import mongoose, { Connection, Model } from 'mongoose';

/**
 * The driver collection under a mongoose model, typed by the model's documents (mongoose types
 * it untyped): for writes that stay on the driver, such as `bulkWriteInChunks`, which needs the
 * driver's own bulk errors.
 */
export function driverCollection<T extends Document>(model: Model<T>): Collection<T> {
  return model.collection as unknown as Collection<T>;
}

/**
 * A mongoose connection to a database of a client that is already open (a test's or the
 * bench's), to build read-model models on it; closing it is the client's business. Without
 * sanitizeFilter or ignoreUndefined: it behaves as that plain client.
 */
export function connectionOn(db: Db): Connection {
  return mongoose.createConnection().setClient(db.client).useDb(db.databaseName);
}

/**
 * A read whose filter mongoose cannot cast matches nothing: `none` instead of the CastError.
 * With `sanitizeFilter`, an operator object smuggled into a value (`{"$gt": ""}` as a dealer
 * code, had validation been bypassed) becomes a literal `$eq`, which a String path cannot
 * cast; no document can hold it, so nothing matches, and the caller answers as for an unknown key.
 */
export async function orNoMatch<T>(query: Promise<T>, none: T): Promise<T> {
  try {
    return await query;
  } catch (error) {
    if (error instanceof mongoose.Error.CastError) return none;
    throw error;
  }
}
