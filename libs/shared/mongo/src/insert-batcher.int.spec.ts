import { createTestContext, TestContext } from '@aftersales/testing';
import { MongoClient } from 'mongodb';
import { isDuplicateKey } from './duplicate-key';
import { InsertBatcher } from './insert-batcher';

interface Doc {
  _id: string;
  n: number;
}

/** Why each refused insert was refused: 'duplicate key', or the error itself. */
const refusals = (outcomes: PromiseSettledResult<unknown>[]) =>
  outcomes.flatMap((o) => (o.status === 'rejected' ? [isDuplicateKey(o.reason) ? 'duplicate key' : String(o.reason)] : []));

describe('InsertBatcher on a real MongoDB-wire server', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await createTestContext('insert-batcher')));
  afterAll(() => ctx.dispose());

  it('sends a lone insert at once, and groups the inserts asked for while one is in flight', async () => {
    const collection = ctx.db.collection<Doc>('grouped');
    const calls = jest.spyOn(collection, 'insertMany'); // counts the real calls; the server still does the work
    const batcher = new InsertBatcher(collection);
    await batcher.insert({ _id: 'alone', n: 0 });
    expect(calls).toHaveBeenCalledTimes(1);

    await Promise.all(Array.from({ length: 20 }, (_, n) => batcher.insert({ _id: `d${n}`, n })));
    // The first goes alone; the 19 asked for meanwhile share the next command.
    expect(calls).toHaveBeenCalledTimes(3);
    expect(await collection.countDocuments()).toBe(21);
  });

  it('tells each caller its own outcome: a duplicate fails alone, the others land', async () => {
    const collection = ctx.db.collection<Doc>('outcomes');
    await collection.insertOne({ _id: 'taken', n: 0 });
    const batcher = new InsertBatcher(collection);
    const outcomes = await Promise.allSettled(['first', 'a', 'taken', 'b', 'a'].map((_id, n) => batcher.insert({ _id, n })));

    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'rejected']);
    expect(refusals(outcomes)).toEqual(['duplicate key', 'duplicate key']);
    const stored = await collection.find().sort({ _id: 1 }).toArray();
    expect(stored).toEqual([{ _id: 'a', n: 1 }, { _id: 'b', n: 3 }, { _id: 'first', n: 0 }, { _id: 'taken', n: 0 }]);
  });

  it('keeps at most maxBatch documents per command', async () => {
    const collection = ctx.db.collection<Doc>('bounded');
    const calls = jest.spyOn(collection, 'insertMany');
    const batcher = new InsertBatcher(collection, 4);
    await Promise.all(Array.from({ length: 10 }, (_, n) => batcher.insert({ _id: `d${n}`, n })));
    expect(calls.mock.calls.map(([docs]) => docs.length)).toEqual([1, 4, 4, 1]);
  });

  it('gives every caller of a failed command the error, and keeps answering after it', async () => {
    const client = await new MongoClient(ctx.mongoUrl).connect();
    const collection = client.db(ctx.dbName).collection<Doc>('unreachable');
    const batcher = new InsertBatcher(collection);
    await client.close(); // the server is gone for this client: nothing is known to be written
    const outcomes = await Promise.allSettled(['x', 'y', 'z'].map((_id, n) => batcher.insert({ _id, n })));
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(refusals(outcomes).filter((r) => r === 'duplicate key')).toEqual([]);
    await expect(batcher.insert({ _id: 'w', n: 3 })).rejects.toThrow(); // a fresh command, not a hang
    expect(await ctx.db.collection<Doc>('unreachable').countDocuments()).toBe(0);
  });
});
