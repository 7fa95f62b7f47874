/**
 * Where a page of a dealer's history ended: the last event answered, by the order of the
 * history (commit recordedAt, then commit id, both descending; then version, descending).
 * Opaque to clients: base64url of a JSON triple.
 */
export interface HistoryPosition {
  recordedAt: string;
  commitId: string;
  version: number;
}

/** Long enough for any commit id (a stream id and a version) and a timestamp, encoded. */
export const CURSOR_MAX_LENGTH = 400;
export const CURSOR_PATTERN = /^[A-Za-z0-9_-]+$/;

export function encodeCursor({ recordedAt, commitId, version }: HistoryPosition): string {
  return Buffer.from(JSON.stringify([recordedAt, commitId, version]), 'utf8').toString('base64url');
}

/** The position a cursor names, or undefined for anything this service did not write. */
export function decodeCursor(cursor: unknown): HistoryPosition | undefined {
  if (typeof cursor !== 'string' || cursor.length > CURSOR_MAX_LENGTH || !CURSOR_PATTERN.test(cursor)) return undefined;
  let triple: unknown;
  try {
    triple = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(triple) || triple.length !== 3) return undefined;
  const [recordedAt, commitId, version] = triple as unknown[];
  if (typeof recordedAt !== 'string' || typeof commitId !== 'string' || !Number.isSafeInteger(version)) return undefined;
  return { recordedAt, commitId, version: version as number };
}
