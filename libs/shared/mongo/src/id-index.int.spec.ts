import { createTestContext, TestContext } from '@aftersales/testing';

/**
 * The hot paths find documents by _id: the store's commit chain, the projections' guarded
 * upserts, the relay's marks and the consumers' processed-event checks. On MongoDB the _id
 * index answers them; on the deploy/local FerretDB only thanks to its patches 0002 and 0003
 * (upstream v1.24 scanned the whole table). A plan that scans fails here.
 */
interface Doc {
  _id: string;
  version: number;
}

describe('lookups by _id use the _id index', () => {
  let ctx: TestContext;
  const docs = () => ctx.db.collection<Doc>('docs');
  beforeAll(async () => {
    ctx = await createTestContext('id-index');
    await docs().insertMany(Array.from({ length: 200 }, (_, i) => ({ _id: `s@${i}`, version: i })));
  });
  afterAll(() => ctx.dispose());

  it.each([
    ['_id equality', { _id: 's@5' }],
    ['_id equality beside other conditions', { _id: 's@5', version: { $lt: 9 } }],
    ['_id $in', { _id: { $in: ['s@1', 's@2', 'missing'] } }],
  ])('%s', async (_, filter) => {
    const plan = JSON.stringify(await docs().find(filter).explain());
    // MongoDB says COLLSCAN for a full scan; FerretDB's SQLite plan says "SCAN <table>" (an index is "SEARCH … USING INDEX").
    expect(plan).not.toMatch(/COLLSCAN|\bSCAN\b/);
    expect(plan).toMatch(/USING INDEX|IXSCAN|IDHACK|EXPRESS/);
  });

  it('still applies the whole filter to what the index finds', async () => {
    expect(await docs().countDocuments({ _id: 's@5', version: { $lt: 9 } })).toBe(1);
    expect(await docs().countDocuments({ _id: 's@5', version: { $lt: 5 } })).toBe(0);
    const found = await docs().find({ _id: { $in: ['s@1', 's@2', 'missing'] } }).sort({ _id: 1 }).toArray();
    expect(found.map((d) => d._id)).toEqual(['s@1', 's@2']);
  });
});
