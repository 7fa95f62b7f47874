import { FeedArchive, IndexEntries, RowRef, segmentId } from './feed-archive';

interface Entry { h: string; ref: RowRef }

/**
 * The key index of the version a new file is compared with, in memory while the file is read
 * (about 150 bytes a row): each row of the file takes its key out; what is left at the end was
 * withdrawn. Read by `_id` (segments of the base submission), never row by row.
 */
export class BaseIndex {
  private constructor(private readonly entries: Map<string, Entry>) {}

  static async load(archive: FeedArchive, submissionId: string, segments: number): Promise<BaseIndex> {
    const entries = new Map<string, Entry>();
    for (let from = 1; from <= segments; from += 20) {
      const ids = [];
      for (let seg = from; seg <= Math.min(segments, from + 19); seg++) ids.push(segmentId(submissionId, seg));
      for (const segment of await archive.readSegments(ids)) add(entries, segment.entries);
    }
    return new BaseIndex(entries);
  }

  /** The key's hash and where its row is kept, no longer counted as left. */
  take(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry) this.entries.delete(key);
    return entry;
  }

  /** The keys no row of the new file took: the withdrawn ones, in the base version's order. */
  rest(): IterableIterator<[string, Entry]> {
    return this.entries.entries();
  }
}

function add(entries: Map<string, Entry>, segment: IndexEntries): void {
  segment.keys.forEach((key, i) => entries.set(key, { h: segment.hashes[i] ?? '', ref: segment.refs[i] as RowRef }));
}
