import { PriceLine, PriceListRevisedData } from './price-list.events';

/** One change of one line: the version that made it, from when, and the line as set (none: withdrawn). */
export interface PriceChange { version: number; effectiveFrom: string; line?: PriceLine; reason?: string }

/** Each line's changes that a revision makes, by code. */
export function changesOf(revision: PriceListRevisedData): Map<string, PriceChange> {
  const { version, effectiveFrom, reason } = revision;
  const changes = new Map<string, PriceChange>();
  for (const line of revision.set) changes.set(line.code, { version, effectiveFrom, line, ...(reason ? { reason } : {}) });
  for (const code of revision.withdrawn) changes.set(code, { version, effectiveFrom, ...(reason ? { reason } : {}) });
  return changes;
}

/** Adds a change to a line's history: once per version (a redelivered event changes nothing), in version order. */
export function withChange(history: readonly PriceChange[], change: PriceChange): PriceChange[] {
  if (history.some((c) => c.version === change.version)) return [...history];
  return [...history, change].sort((a, b) => a.version - b.version);
}

/**
 * The line in force on `date` (YYYY-MM-DD): the latest version in effect that day, the later
 * version of two taking effect the same day. Undefined before the line was listed, and after it
 * was withdrawn.
 */
export function lineOn(history: readonly PriceChange[], date: string): { line: PriceLine; version: number; effectiveFrom: string } | undefined {
  let found: PriceChange | undefined;
  for (const change of history) {
    if (change.effectiveFrom > date) continue;
    if (!found || change.effectiveFrom > found.effectiveFrom || (change.effectiveFrom === found.effectiveFrom && change.version > found.version)) found = change;
  }
  return found?.line ? { line: found.line, version: found.version, effectiveFrom: found.effectiveFrom } : undefined;
}
