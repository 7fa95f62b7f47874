/**
 * Errors that say a server is unreachable or changing hands. A handler failing with one is not
 * the message's fault: dead-lettering it would lose an event the moment the database restarts.
 */
const TRANSIENT = new Set(['MongoNetworkError', 'MongoNetworkTimeoutError', 'MongoServerSelectionError', 'MongoNotConnectedError',
  'MongoTopologyClosedError', 'MongoPoolClearedError', 'MongooseServerSelectionError', 'KafkaJSConnectionError',
  'KafkaJSNumberOfRetriesExceeded', 'KafkaJSConnectionClosedError', 'KafkaJSRequestTimeoutError']);
/** Server codes of a node shutting down or stepping down (MongoDB's own list of retryable ones). */
const TRANSIENT_CODES = new Set([6, 7, 89, 91, 189, 262, 9001, 10107, 11600, 11602, 13435, 13436]);
const TRANSIENT_LABELS = ['RetryableWriteError', 'ResetPool', 'TransientTransactionError'];

/** A failure of a server, not of the message: the batch is retried, never dead-lettered. */
export function isTransient(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = wrapped(e), depth++) {
    if (TRANSIENT.has(e.name)) return true;
    const mongo = e as Error & { code?: unknown; hasErrorLabel?: (label: string) => boolean };
    if (typeof mongo.code === 'number' && e.name.startsWith('Mongo') && TRANSIENT_CODES.has(mongo.code)) return true;
    if (typeof mongo.hasErrorLabel === 'function' && TRANSIENT_LABELS.some((l) => mongo.hasErrorLabel?.(l))) return true;
  }
  return false;
}

/** The error inside: `cause`, or the driver error a MongoBulkWriteError wraps (a lost connection in the middle of an insert). */
function wrapped(error: Error): unknown {
  const inner = (error as Error & { errorResponse?: unknown }).errorResponse;
  return error.cause ?? (inner instanceof Error ? inner : undefined);
}
