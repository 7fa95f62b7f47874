import { Projection } from '@aftersales/event-store-mongo';
import { driverCollection, Upsert, upsertMany } from '@aftersales/mongo';
import { EventEnvelope, FeedRowChangeV1, FeedsEvents, isEventOf } from '@aftersales/integration-events';
import { Model } from 'mongoose';
import { FlagFeedRow } from './flag-facts.schemas';

/** The kinds the rules read; the others (satisfaction, opinions) name no serial. */
export const FLAGGED_KINDS = ['repairs', 'parts', 'sales', 'warranty-cards'] as const;
type FlaggedKind = (typeof FLAGGED_KINDS)[number];
const isFlagged = (kind: string): kind is FlaggedKind => (FLAGGED_KINDS as readonly string[]).includes(kind);

export const rowIdOf = (dealerCode: string, period: string, kind: string, key: string) => `${dealerCode}|${period}|${kind}|${key}`;

/** The columns the rules compare, as the published row has them (docs/feeds.md "Columns"). */
function columnsOf(kind: FlaggedKind, change: FeedRowChangeV1): Partial<FlagFeedRow> {
  const row = change.row ?? {};
  const text = (column: string) => (typeof row[column] === 'string' ? (row[column] as string) : undefined);
  return {
    serialNo: kind === 'parts' ? undefined : text('serial_no'),
    recordNo: kind === 'repairs' || kind === 'parts' ? text('record_no') : undefined,
    saleDate: kind === 'sales' || kind === 'warranty-cards' ? text('sale_date') : undefined,
  };
}

/**
 * The feed rows the flags look at, from feeds.FeedRowsChanged: each row as its latest version
 * has it. A row is written only by a version at least as new as the one it holds, so a
 * redelivered or late older chunk changes nothing.
 */
export class FeedRowFactsProjection implements Projection {
  readonly name = 'flag-feed-rows';
  readonly handles = new Set<string>([FeedsEvents.FeedRowsChanged.type]);

  constructor(readonly rows: Model<FlagFeedRow>) {}

  async ensureIndexes(): Promise<void> {
    await this.rows.createIndexes();
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    const upserts: Upsert<FlagFeedRow>[] = [];
    for (const event of events) {
      if (!isEventOf(FeedsEvents.FeedRowsChanged, event)) continue;
      const { dealerCode, period, kind, submissionId, version, changes } = event.data;
      if (!isFlagged(kind)) continue;
      for (const change of changes) {
        const _id = rowIdOf(dealerCode, period, kind, change.key);
        const withdrawn = change.change === 'withdrawn';
        // A withdrawn row keeps the columns it had: its flags are found by them.
        const columns = withdrawn ? {} : columnsOf(kind, change);
        const $set = { dealerCode, period, kind, key: change.key, submissionId, version, withdrawn, ...columns };
        // A corrected row that no longer has a column loses it.
        const gone = withdrawn ? [] : Object.entries(columns).filter(([, v]) => v === undefined).map(([k]) => k);
        const $unset = Object.fromEntries(gone.map((k) => [k, 1 as const]));
        const filter = { _id, version: { $lte: version } };
        const op = { updateOne: { filter, update: { $set, ...(gone.length ? { $unset } : {}) }, upsert: true } };
        upserts.push({ _id, document: { _id, ...$set } as FlagFeedRow, op });
      }
    }
    // A newer version already there makes the upsert a duplicate key: the row stays as the newer version has it.
    await upsertMany(driverCollection(this.rows), upserts, { tolerateDuplicateKeys: true });
  }
}
