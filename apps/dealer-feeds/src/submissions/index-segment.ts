/** Where a row's published form is kept: change `n` of chunk `c` of submission `s`. */
export interface RowRef { s: string; c: number; n: number }

/**
 * A segment of a version's key index: every row of the version in file order, its hash (to tell
 * a changed row in the next version) and where its published form is kept (this version's chunk,
 * or the older version's that last changed it). Segments of INDEX_SEGMENT entries.
 */
export interface IndexEntries {
  keys: string[];
  hashes: string[];
  refs: RowRef[];
}

/**
 * A segment as stored: its entries as one JSON text (`entries`, the refs as [submission, chunk,
 * change] numbers into `subs`), for the same reason as a chunk's changes: 5,000 refs as nested
 * documents cost FerretDB several times more to write and to read. Segments written before
 * the text form keep `keys`, `hashes` and `refs` as arrays, and are read as they are.
 */
export interface IndexSegment extends Partial<IndexEntries> {
  _id: string; // segmentId(s, seg)
  s: string;
  seg: number;
  entries?: string;
}

interface PackedEntries { keys: string[]; hashes: string[]; subs: string[]; refs: number[] }

export function packedEntries(entries: IndexEntries): string {
  const subs: string[] = [];
  const at = new Map<string, number>();
  const refs: number[] = [];
  for (const { s, c, n } of entries.refs) {
    let i = at.get(s);
    if (i === undefined) at.set(s, (i = subs.push(s) - 1));
    refs.push(i, c, n);
  }
  return JSON.stringify({ keys: entries.keys, hashes: entries.hashes, subs, refs } satisfies PackedEntries);
}

/** A stored segment's entries, whichever form it was written in. */
export function segmentEntries(segment: IndexSegment): IndexEntries {
  if (segment.entries === undefined) return { keys: segment.keys ?? [], hashes: segment.hashes ?? [], refs: segment.refs ?? [] };
  const { keys, hashes, subs, refs } = JSON.parse(segment.entries) as PackedEntries;
  const unpacked: RowRef[] = [];
  for (let i = 0; i < refs.length; i += 3) unpacked.push({ s: subs[refs[i] as number] as string, c: refs[i + 1] as number, n: refs[i + 2] as number });
  return { keys, hashes, refs: unpacked };
}
