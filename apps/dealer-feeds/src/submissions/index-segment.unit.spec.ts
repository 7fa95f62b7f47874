import { IndexSegment, packedEntries, segmentEntries } from './index-segment';

describe("a version's key index segment as stored", () => {
  const entries = {
    keys: ['R-1', 'R-2', 'R-3'],
    hashes: ['h1', 'h2', 'h3'],
    // rows kept in this version's chunks and in an older version's
    refs: [{ s: 'sub-new', c: 1, n: 1 }, { s: 'sub-old', c: 4, n: 1_999 }, { s: 'sub-new', c: 1, n: 2 }],
  };

  it('is one JSON text that reads back as the entries written, each submission named once', () => {
    const text = packedEntries(entries);
    expect(text.match(/sub-new/g)).toHaveLength(1);
    expect(segmentEntries({ _id: 'x|0000001', s: 'sub-new', seg: 1, entries: text })).toEqual(entries);
  });

  it('reads a segment written before the text form, its entries as arrays', () => {
    const legacy: IndexSegment = { _id: 'x|0000001', s: 'sub-new', seg: 1, ...entries };
    expect(segmentEntries(legacy)).toEqual(entries);
  });

  it('reads an empty segment as no entries', () => {
    expect(segmentEntries({ _id: 'x|0000001', s: 'sub-new', seg: 1, entries: packedEntries({ keys: [], hashes: [], refs: [] }) })).toEqual({ keys: [], hashes: [], refs: [] });
  });
});
