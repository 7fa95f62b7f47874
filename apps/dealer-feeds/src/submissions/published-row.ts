import { FeedKind, kindDefinition } from '@aftersales/feeds';
import type { PublishedRow } from '@aftersales/integration-events';
import { createHash } from 'node:crypto';

/**
 * A typed row of the reader in its published form (feeds.events.ts PublishedRow): dates stay
 * `YYYY-MM-DD`, instants become ISO UTC, money is already fen, Y/N booleans; empty cells are left out.
 */
export function publishedRow(kind: FeedKind, data: object): PublishedRow {
  const row: PublishedRow = {};
  const values = data as Record<string, unknown>;
  for (const { key } of kindDefinition(kind).columns) {
    const value = values[key];
    if (value === undefined || value === null || value === '') continue;
    row[key] = value instanceof Date ? value.toISOString() : (value as string | number | boolean);
  }
  return row;
}

/** docs/feeds.md natural key: its parts joined by `|` (parts: `record_no|part_no`). */
export function naturalKeyOf(kind: FeedKind, row: PublishedRow): string {
  return kindDefinition(kind).naturalKey.map((column) => String(row[column] ?? '')).join('|');
}

/** Whether a row changed between versions: a hash of its published form (columns in the kind's order). */
export function rowHash(row: PublishedRow): string {
  return createHash('sha1').update(JSON.stringify(row)).digest('base64');
}
