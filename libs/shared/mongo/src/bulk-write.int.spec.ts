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
