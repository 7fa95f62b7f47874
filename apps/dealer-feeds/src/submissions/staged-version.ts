import type { FeedKind } from '@aftersales/feeds';
import { MAX_ROWS_PER_CHUNK, PublishedRow } from '@aftersales/integration-events';
import { AnyBulkWriteOperation } from 'mongodb';
import { ChangeDocument, changeId, FeedArchive, RowDocument, rowId } from './feed-archive';
import { naturalKeyOf, publishedRow, rowHash } from './published-row';

/** About 256 KiB of changes per FeedRowsChanged (issue 10 §1), well under Kafka's 1 MB message. */
export const MAX_CHUNK_BYTES = 256 * 1024;
/** Rows compared with the feed's current rows per round trip (one `_id $in` lookup, one insert). */
const BATCH = 1_000;

interface NewRow { key: string; row: PublishedRow; h: string }

/**
 * One kind's rows of a file, compared by natural key with the feed's current version as they are
 * read, in batches: only the difference is staged (feed_changes), each change already placed in
 * its chunk (≤ MAX_ROWS_PER_CHUNK rows and ≤ MAX_CHUNK_BYTES). Nothing here changes the feed's
 * current rows: that happens once the version's events are stored (VersionRecorder).
 */
export class StagedVersion {
  readonly counts = { rows: 0, recorded: 0, corrected: 0, withdrawn: 0 };
  /** The last change of each chunk. */
  readonly chunkEnds: number[] = [];
  private seq = 0;
  private chunkRows = 0;
  private chunkBytes = 0;
  private buffer: NewRow[] = [];
  /** Every key of the new version, to find the withdrawn rows (only when there is a version to withdraw from). */
  private readonly keys?: Set<string>;

  constructor(
    private readonly archive: FeedArchive,
    readonly submissionId: string,
    readonly kind: FeedKind,
    readonly feed: string,
    readonly baseVersion: number,
  ) {
    if (baseVersion > 0) this.keys = new Set();
  }

  async add(data: object): Promise<void> {
    const row = publishedRow(this.kind, data);
    const key = naturalKeyOf(this.kind, row);
    this.buffer.push({ key, row, h: rowHash(row) });
    this.counts.rows += 1;
    this.keys?.add(key);
    if (this.buffer.length >= BATCH) await this.flush();
  }

  /** The rest of the rows, then every current row the new version no longer has, as withdrawn. */
  async finish(): Promise<void> {
    await this.flush();
    if (this.keys) await this.withdrawRest(this.keys);
    if (this.chunkRows > 0) this.chunkEnds.push(this.seq);
  }

  private async withdrawRest(keys: Set<string>): Promise<void> {
    let withdrawn: ChangeDocument[] = [];
    for await (const current of this.archive.rows.find({ feed: this.feed }, { projection: { key: 1, row: 1 } })) {
      if (keys.has(current.key)) continue;
      withdrawn.push(this.place({ key: current.key, change: 'withdrawn', previous: current.row }));
      if (withdrawn.length >= BATCH) {
        await this.insert(withdrawn);
        withdrawn = [];
      }
    }
    await this.insert(withdrawn);
  }

  get changeCount(): number {
    return this.seq;
  }

  private async flush(): Promise<void> {
    const batch = this.buffer;
    this.buffer = [];
    if (batch.length === 0) return;
    const current = new Map<string, string>();
    if (this.baseVersion > 0) {
      const found = this.archive.rows.find({ _id: { $in: batch.map((r) => rowId(this.feed, r.key)) } }, { projection: { key: 1, h: 1 } });
      for await (const doc of found) current.set(doc.key, doc.h);
    }
    const corrected = batch.filter((r) => current.has(r.key) && current.get(r.key) !== r.h);
    const previous = await this.previousRows(corrected);
    const staged: ChangeDocument[] = [];
    for (const r of batch) {
      const before = current.get(r.key);
      if (before === r.h) continue;
      staged.push(this.place({ key: r.key, change: before === undefined ? 'recorded' : 'corrected', h: r.h, row: r.row, previous: previous.get(r.key) }));
    }
    await this.insert(staged);
  }

  private async previousRows(rows: NewRow[]): Promise<Map<string, PublishedRow>> {
    const previous = new Map<string, PublishedRow>();
    if (rows.length === 0) return previous;
    for await (const doc of this.archive.rows.find({ _id: { $in: rows.map((r) => rowId(this.feed, r.key)) } }, { projection: { key: 1, row: 1 } })) {
      previous.set(doc.key, doc.row);
    }
    return previous;
  }

  /** Gives the change its sequence number and its chunk, closing the chunk at either bound. */
  private place(change: Omit<ChangeDocument, '_id' | 's' | 'n' | 'c'>): ChangeDocument {
    // UTF-8 bytes, not characters: a Chinese character is three bytes in the Kafka message.
    const size = Buffer.byteLength(JSON.stringify({ change: change.change, key: change.key, row: change.row })) + 1;
    if (this.chunkRows > 0 && (this.chunkRows >= MAX_ROWS_PER_CHUNK || this.chunkBytes + size > MAX_CHUNK_BYTES)) {
      this.chunkEnds.push(this.seq);
      this.chunkRows = 0;
      this.chunkBytes = 0;
    }
    this.seq += 1;
    this.chunkRows += 1;
    this.chunkBytes += size;
    this.counts[change.change] += 1;
    const doc: ChangeDocument = { _id: changeId(this.submissionId, this.seq), s: this.submissionId, n: this.seq, c: this.chunkEnds.length + 1, ...change };
    for (const field of ['h', 'row', 'previous'] as const) if (doc[field] === undefined) delete doc[field];
    return doc;
  }

  private async insert(docs: ChangeDocument[]): Promise<void> {
    for (let i = 0; i < docs.length; i += 500) await this.archive.changes.insertMany(docs.slice(i, i + 500), { ordered: false });
  }
}

/** The feed's current rows become the version's: recorded and corrected rows written, withdrawn ones removed. */
export function promotion(feed: string, version: number, changes: ChangeDocument[]): AnyBulkWriteOperation<RowDocument>[] {
  return changes.map((c) => c.change === 'withdrawn'
    ? { deleteOne: { filter: { _id: rowId(feed, c.key) } } }
    : { replaceOne: { filter: { _id: rowId(feed, c.key) }, replacement: { feed, key: c.key, h: c.h ?? '', row: c.row ?? {}, version }, upsert: true } });
}
