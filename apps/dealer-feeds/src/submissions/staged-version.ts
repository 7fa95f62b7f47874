import type { FeedKind } from '@aftersales/feeds';
import { MAX_ROWS_PER_CHUNK } from '@aftersales/integration-events';
import { BaseIndex } from './base-index';
import { FeedArchive, INDEX_SEGMENT, IndexEntries, RowRef, StagedChange } from './feed-archive';
import { naturalKeyOf, publishedRow, rowHash } from './published-row';

/** About 256 KiB of changes per FeedRowsChanged (issue 10 §1), well under Kafka's 1 MB message. */
export const MAX_CHUNK_BYTES = 256 * 1024;

/**
 * One kind's rows of a file, compared by natural key with the version before (its key index, in
 * memory) as they are read: only the difference is staged, a document per chunk as its
 * FeedRowsChanged will carry it (≤ MAX_ROWS_PER_CHUNK rows and ≤ MAX_CHUNK_BYTES), and the new
 * version's key index is written beside it in segments, each row pointing at where its row is
 * kept. Memory stays one chunk and one segment, plus the base version's index for a resubmission.
 * Nothing here is a version until VersionRecorder records it; a rejected file's documents are removed.
 */
export class StagedVersion {
  readonly counts = { rows: 0, recorded: 0, corrected: 0, withdrawn: 0 };
  /** The last change of each chunk. */
  readonly chunkEnds: number[] = [];
  private seq = 0;
  private chunk: StagedChange[] = [];
  private chunkBytes = 0;
  private segment: IndexEntries = { keys: [], hashes: [], refs: [] };
  private segments = 0;

  constructor(
    private readonly archive: FeedArchive,
    readonly submissionId: string,
    readonly kind: FeedKind,
    readonly feed: string,
    readonly baseVersion: number,
    private readonly base?: BaseIndex,
  ) {}

  async add(data: object): Promise<void> {
    const row = publishedRow(this.kind, data);
    const key = naturalKeyOf(this.kind, row);
    const h = rowHash(row);
    this.counts.rows += 1;
    const before = this.base?.take(key);
    const ref = before?.h === h ? before.ref : await this.place({ key, change: before ? 'corrected' : 'recorded', row, ...(before ? { prev: before.ref } : {}) });
    await this.indexed(key, h, ref);
  }

  /** The rest of the rows, then every row of the base version the file no longer has, as withdrawn. */
  async finish(): Promise<void> {
    for (const [key, { ref }] of this.base?.rest() ?? []) await this.place({ key, change: 'withdrawn', prev: ref });
    await this.closeChunk();
    await this.closeSegment();
  }

  get changeCount(): number {
    return this.seq;
  }

  get indexSegments(): number {
    return this.segments;
  }

  /** Gives the change its number and its chunk, closing the chunk at either bound. */
  private async place(change: Omit<StagedChange, 'n'>): Promise<RowRef> {
    // UTF-8 bytes, not characters: a Chinese character is three bytes in the Kafka message.
    const size = Buffer.byteLength(JSON.stringify({ change: change.change, key: change.key, row: change.row })) + 1;
    if (this.chunk.length >= MAX_ROWS_PER_CHUNK || (this.chunk.length > 0 && this.chunkBytes + size > MAX_CHUNK_BYTES)) await this.closeChunk();
    this.seq += 1;
    this.counts[change.change] += 1;
    this.chunk.push({ n: this.seq, ...change });
    this.chunkBytes += size;
    return { s: this.submissionId, c: this.chunkEnds.length + 1, n: this.seq };
  }

  private async closeChunk(): Promise<void> {
    if (this.chunk.length === 0) return;
    const c = this.chunkEnds.length + 1;
    this.chunkEnds.push(this.seq);
    const changes = this.chunk;
    this.chunk = [];
    this.chunkBytes = 0;
    await this.archive.stageChunk({ s: this.submissionId, c, changes });
  }

  private async indexed(key: string, h: string, ref: RowRef): Promise<void> {
    this.segment.keys.push(key);
    this.segment.hashes.push(h);
    this.segment.refs.push(ref);
    if (this.segment.keys.length >= INDEX_SEGMENT) await this.closeSegment();
  }

  private async closeSegment(): Promise<void> {
    if (this.segment.keys.length === 0) return;
    const seg = ++this.segments;
    const entries = this.segment;
    this.segment = { keys: [], hashes: [], refs: [] };
    await this.archive.writeSegment(this.submissionId, seg, entries);
  }
}
