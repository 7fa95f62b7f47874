import { createTestContext, TestContext } from '@aftersales/testing';
import { Collection } from 'mongodb';
import { Upsert, upsertMany, UPSERT_BATCH } from './upsert-many';

interface Row {
  _id: string;
  version: number;
  text?: string;
}

/** The guarded statement of a versioned row: written only over an older version. */
const upsertOf = (_id: string, version: number, text?: string): Upsert<Row> => ({
  _id,
  document: { _id, version, text },
  op: { updateOne: { filter: { _id, version: { $lte: version } }, update: { $set: { version, text } }, upsert: true } },
});

describe('upsertMany: new documents inserted together, existing ones by their statements', () => {
  let ctx: TestContext;
  let rows: Collection<Row>;
  beforeAll(async () => (ctx = await createTestContext('upsert-many')));
  beforeEach(async () => {
    rows = ctx.db.collection<Row>(`rows_${Date.now()}_${Math.random().toString(36).slice(2)}`);
  });
  afterAll(() => ctx.dispose());

  const all = () => rows.find().sort({ _id: 1 }).toArray();

  it('inserts new documents as they are, without their undefined fields, over more than one batch', async () => {
    const n = UPSERT_BATCH + 20;
    await upsertMany(rows, Array.from({ length: n }, (_, i) => upsertOf(`r${String(i).padStart(4, '0')}`, 1, i === 0 ? undefined : 'a')));
    const found = await all();
    expect(found).toHaveLength(n);
    expect(found[0]).toEqual({ _id: 'r0000', version: 1 });
    expect(found[1]).toEqual({ _id: 'r0001', version: 1, text: 'a' });
  });

  it('writes an existing document by its statement: a newer version replaces, an older one changes nothing', async () => {
    await rows.insertMany([{ _id: 'a', version: 2, text: 'old' }, { _id: 'b', version: 5, text: 'newer' }]);
    await upsertMany(rows, [upsertOf('a', 3, 'new'), upsertOf('b', 4, 'late'), upsertOf('c', 1, 'fresh')], { tolerateDuplicateKeys: true });
    expect(await all()).toEqual([
      { _id: 'a', version: 3, text: 'new' },
      { _id: 'b', version: 5, text: 'newer' },
      { _id: 'c', version: 1, text: 'fresh' },
    ]);
  });

  it('gives the same documents when applied twice (a redelivered batch)', async () => {
    const batch = [upsertOf('a', 1, 'x'), upsertOf('b', 2, 'y')];
    await upsertMany(rows, batch, { tolerateDuplicateKeys: true });
    const once = await all();
    await upsertMany(rows, batch, { tolerateDuplicateKeys: true });
    expect(await all()).toEqual(once);
  });

  it('falls back to the statements when an id repeats in one batch, and the guard keeps the newest', async () => {
    await upsertMany(rows, [upsertOf('a', 2, 'two'), upsertOf('a', 1, 'one'), upsertOf('b', 1, 'b')], { tolerateDuplicateKeys: true });
    expect(await all()).toEqual([{ _id: 'a', version: 2, text: 'two' }, { _id: 'b', version: 1, text: 'b' }]);
  });

  it('runs a statement that creates nothing (a delete) on an existing document', async () => {
    await rows.insertOne({ _id: 'gone', version: 1 });
    await upsertMany(rows, [{ _id: 'gone', op: { deleteOne: { filter: { _id: 'gone' } } } }, { _id: 'never', op: { deleteOne: { filter: { _id: 'never' } } } }]);
    expect(await all()).toEqual([]);
  });

  it('lets an error other than a duplicate key through', async () => {
    await rows.insertOne({ _id: 'x', version: 1, text: 'not a number' });
    const bad: Upsert<Row> = { _id: 'x', op: { updateOne: { filter: { _id: 'x' }, update: { $inc: { text: 1 } as never } } } };
    await expect(upsertMany(rows, [bad])).rejects.toThrow();
  });
});
