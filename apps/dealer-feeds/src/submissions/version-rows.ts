import type { PublishedRow } from '@aftersales/integration-events';
import { Injectable } from '@nestjs/common';
import { chunkId, FeedArchive, INDEX_SEGMENT, RowRef, segmentId, StagedChange } from './feed-archive';
import type { SubmissionRecord } from './submission.record';

export type ChangeKind = StagedChange['change'];
export interface VersionRow { key: string; change?: ChangeKind; row: PublishedRow; previous?: PublishedRow }

/** Chunk documents read to page through one kind of change. */
const CHUNKS_PER_READ = 16;
const refKey = (ref: RowRef) => `${ref.s}#${ref.c}#${ref.n}`;

/**
 * A version's rows as pages, read from its staged chunks and its key index by `_id` (never a
 * whole collection): its difference in order, one kind of change, or every row of the version
 * (each where it is kept: the version's own chunk, or an older version's).
 */
@Injectable()
export class VersionRows {
  constructor(private readonly archive: FeedArchive) {}

  /** Changes skip+1..skip+limit of the version's difference (numbered 1..changeCount). */
  async difference(submission: SubmissionRecord, skip: number, limit: number): Promise<VersionRow[]> {
    const ends = submission.chunkEnds ?? [];
    const first = skip + 1;
    const last = Math.min(submission.changeCount ?? 0, skip + limit);
    const chunks = ends.map((end, i) => ({ c: i + 1, from: (ends[i - 1] ?? 0) + 1, end })).filter(({ from, end }) => end >= first && from <= last);
    const changes = (await this.chunks(submission._id, chunks.map(({ c }) => c))).flatMap((doc) => doc.changes).filter((c) => c.n >= first && c.n <= last);
    return this.withRows(changes);
  }

  /** One kind of change, in order: the chunks are read in turn until the page is full. */
  async ofKind(submission: SubmissionRecord, change: ChangeKind, skip: number, limit: number): Promise<VersionRow[]> {
    const total = (submission.chunkEnds ?? []).length;
    const page: StagedChange[] = [];
    let seen = 0;
    for (let from = 1; from <= total && page.length < limit; from += CHUNKS_PER_READ) {
      const numbers = Array.from({ length: Math.min(CHUNKS_PER_READ, total - from + 1) }, (_, i) => from + i);
      for (const doc of await this.chunks(submission._id, numbers)) {
        for (const c of doc.changes) {
          if (c.change !== change) continue;
          if (seen++ >= skip && page.length < limit) page.push(c);
        }
      }
    }
    return this.withRows(page);
  }

  /** Rows skip+1..skip+limit of the version, in file order. */
  async all(submission: SubmissionRecord, skip: number, limit: number): Promise<VersionRow[]> {
    const last = Math.min(submission.rows, skip + limit);
    if (last <= skip) return [];
    const segments = [];
    for (let seg = Math.floor(skip / INDEX_SEGMENT) + 1; seg <= Math.ceil(last / INDEX_SEGMENT); seg++) segments.push(segmentId(submission._id, seg));
    const found = await this.archive.readSegments(segments);
    const entries = found.flatMap(({ seg, entries: e }) => e.keys.map((key, i) => ({ key, ref: e.refs[i] as RowRef, at: (seg - 1) * INDEX_SEGMENT + i })))
      .filter(({ at }) => at >= skip && at < last);
    const rows = await this.rowsAt(entries.map((e) => e.ref));
    return entries.map(({ key, ref }) => ({ key, row: rows.get(refKey(ref)) ?? {} }));
  }

  private async withRows(changes: StagedChange[]): Promise<VersionRow[]> {
    const previous = await this.rowsAt(changes.flatMap((c) => (c.prev ? [c.prev] : [])));
    return changes.map((c) => {
      const before = c.prev ? previous.get(refKey(c.prev)) : undefined;
      return { key: c.key, change: c.change, row: c.row ?? before ?? {}, ...(c.change === 'corrected' && before ? { previous: before } : {}) };
    });
  }

  /** The published rows kept at these places, each chunk document read once. */
  private async rowsAt(refs: RowRef[]): Promise<Map<string, PublishedRow>> {
    const rows = new Map<string, PublishedRow>();
    const ids = [...new Set(refs.map((r) => chunkId(r.s, r.c)))];
    for (let i = 0; i < ids.length; i += CHUNKS_PER_READ) {
      for (const doc of await this.archive.readChunks(ids.slice(i, i + CHUNKS_PER_READ))) {
        for (const c of doc.changes) if (c.row) rows.set(refKey({ s: doc.s, c: doc.c, n: c.n }), c.row);
      }
    }
    return rows;
  }

  private async chunks(submissionId: string, numbers: number[]) {
    return this.archive.readChunks(numbers.map((c) => chunkId(submissionId, c)));
  }
}
