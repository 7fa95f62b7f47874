import { readHundredths, YuanReading } from '../payments/yuan-text';
import type { PriceChange } from './price-list-api';

/**
 * A unit price typed in yuan ("480", "1,280.50", "¥45", full-width digits), read into exact fen
 * from its digits, never multiplied as a float. 0 is a price (an operation done free of charge).
 */
export function readPrice(text: string | undefined): YuanReading {
  return readHundredths(text ?? '', { allowZero: true });
}

/** A line's history as the drawer lists it: the latest change first (the API answers oldest first). */
export function newestFirst(history: readonly PriceChange[]): PriceChange[] {
  return [...history].sort((a, b) => b.version - a.version);
}

/** The line as its latest change left it: its name and kind (a withdrawal carries neither), and whether it is withdrawn. */
export function latestOf(history: readonly PriceChange[]): { name?: string; kind?: PriceChange['kind']; withdrawn: boolean } {
  const newest = newestFirst(history);
  const named = newest.find((change) => !change.withdrawn);
  return { name: named?.name, kind: named?.kind, withdrawn: newest[0]?.withdrawn ?? false };
}
