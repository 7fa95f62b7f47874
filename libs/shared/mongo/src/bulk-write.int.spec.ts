import { createTestContext, TestContext } from '@aftersales/testing';
import { bulkWriteInChunks } from './bulk-write';

interface Doc {
  _id: string;
  code: string;
  parent?: string;
  terms?: { rateBp?: number; model: string };
  version?: number;
}

describe('bulkWriteInChunks on a plain client (no ignoreUndefined)', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await createTestContext('bulk-write')));
  afterAll(() => ctx.dispose());

  it('writes no field for an undefined value, at any depth, in inserts, replacements and $set', async () => {
    const collection = ctx.db.collection<Doc>('absent');
    await bulkWriteInChunks(collection, [
      { insertOne: { document: { _id: 'i', code: 'I', parent: undefined, terms: { model: 'per-unit', rateBp: undefined } } } },
      { replaceOne: { filter: { _id: 'r' }, replacement: { code: 'R', parent: undefined, terms: { model: 'm', rateBp: undefined } }, upsert: true } },
      { updateOne: { filter: { _id: 'u' }, update: { $set: { code: 'U', parent: undefined, terms: { model: 'm', rateBp: undefined } } }, upsert: true } },
    ]);

    expect(await collection.find().sort({ _id: 1 }).toArray()).toEqual([
      { _id: 'i', code: 'I', terms: { model: 'per-unit' } },
      { _id: 'r', code: 'R', terms: { model: 'm' } },
      { _id: 'u', code: 'U', terms: { model: 'm' } },
    ]);
  });

  it('keeps null, zero, false, empty text and arrays as given', async () => {
    const collection = ctx.db.collection<{ _id: string }>('kept');
    const doc = { n: null, zero: 0, no: false, empty: '', list: [1, { a: 1 }], at: new Date(0) };
    await bulkWriteInChunks(collection, [{ replaceOne: { filter: { _id: 'k' }, replacement: doc, upsert: true } }]);
    expect(await collection.findOne({ _id: 'k' })).toEqual({ _id: 'k', ...doc });
  });
});

describe('bulkWriteInChunks with tolerateDuplicateKeys', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await createTestContext('bulk-dup')));
  afterAll(() => ctx.dispose());

  it('writes every other operation of a bulk in which one upsert meets a newer document (FerretDB stops an unordered bulk at its first error)', async () => {
    const collection = ctx.db.collection<{ _id: string; version: number }>('guarded');
    await collection.insertOne({ _id: 'b', version: 2 });
    const upsert = (_id: string, version: number) =>
      ({ updateOne: { filter: { _id, version: { $lt: version } }, update: { $set: { version } }, upsert: true } });

    await bulkWriteInChunks(collection, [upsert('a', 1), upsert('b', 1), upsert('c', 1), upsert('d', 1)], { tolerateDuplicateKeys: true });

    expect(await collection.find().sort({ _id: 1 }).toArray()).toEqual([
      { _id: 'a', version: 1 }, { _id: 'b', version: 2 }, { _id: 'c', version: 1 }, { _id: 'd', version: 1 },
    ]);
  });

  it('still refuses other errors', async () => {
    const collection = ctx.db.collection<{ _id: string; n: unknown }>('refused');
    await expect(bulkWriteInChunks(collection, [{ updateOne: { filter: { _id: 'x' }, update: { $inc: { n: 'text' } } as never, upsert: true } }],
      { tolerateDuplicateKeys: true })).rejects.toThrow();
  });
});
