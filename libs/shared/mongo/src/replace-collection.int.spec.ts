import { createTestContext, TestContext } from '@aftersales/testing';
import { Db } from 'mongodb';
import { dropLeftoverCopies, replaceCollection } from './replace-collection';

const names = async (db: Db) => (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort();
const indexKeys = async (db: Db, name: string) => (await db.collection(name).listIndexes().toArray()).map((i) => i.key);

describe('replaceCollection on a real MongoDB-wire server', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await createTestContext('replace-coll')));
  afterAll(() => ctx.dispose());

  it('gives the target the documents and indexes of the source, drops the old target, and leaves nothing aside', async () => {
    const db = ctx.mongo.db(`${ctx.dbName}_a`);
    await db.collection('view').insertMany([{ _id: 'old-1' as never }, { _id: 'old-2' as never }]);
    await db.collection('view').createIndex({ stale: 1 });
    await db.collection('view__rebuild_1').insertOne({ _id: 'new' as never, region: 'north' });
    await db.collection('view__rebuild_1').createIndex({ region: 1, _id: 1 });

    await replaceCollection(db, 'view__rebuild_1', 'view');

    expect(await db.collection('view').find().toArray()).toEqual([{ _id: 'new', region: 'north' }]);
    expect(await indexKeys(db, 'view')).toEqual([{ _id: 1 }, { region: 1, _id: 1 }]);
    expect(await names(db)).toEqual(['view']);
    await db.dropDatabase();
  });

  it('works when the target does not exist yet', async () => {
    const db = ctx.mongo.db(`${ctx.dbName}_b`);
    await db.collection('fresh').insertOne({ _id: 'x' as never });
    await replaceCollection(db, 'fresh', 'view');
    expect(await names(db)).toEqual(['view']);
    await db.dropDatabase();
  });

  it('moves aside, and tries again, a target that a writer elsewhere created between the two renames', async () => {
    const db = ctx.mongo.db(`${ctx.dbName}_c`);
    await db.collection('view').insertOne({ _id: 'old' as never });
    await db.collection('next').insertOne({ _id: 'new' as never });
    const rename = db.renameCollection.bind(db);
    let writes = 0;
    // The real renames run; after the live name is moved aside, another process writes to it once.
    jest.spyOn(db, 'renameCollection').mockImplementation(async (from, to, options) => {
      const result = await rename(from, to, options);
      if (from === 'view' && writes++ === 0) await db.collection('view').insertOne({ _id: 'late' as never });
      return result;
    });

    await replaceCollection(db, 'next', 'view');

    expect(await db.collection('view').find().toArray()).toEqual([{ _id: 'new' }]);
    expect(await names(db)).toEqual(['view']);
    await db.dropDatabase();
  });
});

describe('dropLeftoverCopies', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await createTestContext('leftover-copies')));
  afterAll(() => ctx.dispose());

  it('drops the rebuild and set-aside copies of the names given, and nothing else', async () => {
    for (const name of ['view', 'view__rebuild_mx1a2b', 'view__old_mx1a2b1', 'other__rebuild_mx1a2b', 'view__notes']) {
      await ctx.db.collection(name).insertOne({ _id: 'x' as never });
    }
    await dropLeftoverCopies(ctx.db, ['view']);
    expect(await names(ctx.db)).toEqual(['other__rebuild_mx1a2b', 'view', 'view__notes']);
  });
});
