import { rebuildProjection } from '@aftersales/event-store-mongo';
import { connectionOn } from '@aftersales/mongo';
import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import { Db } from 'mongodb';
import request from 'supertest';
import { ContractsModule } from './contracts.module';
import { AGREEMENT_VIEW, ContractsProjection, DEALER_VIEW } from './projection/contracts.projection';

jest.setTimeout(120_000);

const sorted = (db: Db, name: string) => db.collection(name).find().sort({ _id: 1 }).toArray();
const indexKeys = async (db: Db, name: string) => (await db.collection(name).listIndexes().toArray()).map((i) => i.key);
const agreement = { validFrom: '2026-01-01', validTo: '2026-12-31', fundModel: 'revenue-share', fundRateBp: 300, partsQuotaBp: 200, carryAcrossYear: true };

describe('contracts: rebuilding the read model while the service runs', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;

  beforeAll(async () => {
    ctx = await createTestContext('contracts-rebuild');
    svc = await startService(ctx, 'contracts', ContractsModule.register);
    // A dealer without a parent leaves optional fields out: the read model must not hold them as null.
    await request(svc.http).post('/dealers').send({ code: 'R0001', name: '華北總店', region: 'north' }).expect(201);
    await request(svc.http).post('/dealers').send({ code: 'R0001-S1', name: '分店', region: 'north', parentDealerCode: 'R0001' }).expect(201);
    await request(svc.http).post('/dealers/R0001/agreements').send(agreement).expect(201);
    await eventually(() => svc.infra.db.collection(AGREEMENT_VIEW).countDocuments(), (n) => n === 1);
    await eventually(() => svc.infra.db.collection(DEALER_VIEW).countDocuments(), (n) => n === 2);
  });
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('rebuilds dealer_view and agreement_view into the same documents, with their indexes, and the queries still answer', async () => {
    const before = { dealers: await sorted(svc.infra.db, DEALER_VIEW), agreements: await sorted(svc.infra.db, AGREEMENT_VIEW) };
    const indexes = { dealers: await indexKeys(svc.infra.db, DEALER_VIEW), agreements: await indexKeys(svc.infra.db, AGREEMENT_VIEW) };
    const started = await request(svc.http).post('/admin/rebuilds').send({ projection: 'read-model' }).expect(202);
    const done = await eventually(async () => (await request(svc.http).get(`/admin/rebuilds/${started.body._id}`)).body,
      (r) => r.state === 'succeeded' || r.state === 'failed', 60_000);

    expect(done).toMatchObject({ state: 'succeeded', source: 'store', eventsReplayed: 3, collections: [DEALER_VIEW, AGREEMENT_VIEW] });
    expect({ dealers: await sorted(svc.infra.db, DEALER_VIEW), agreements: await sorted(svc.infra.db, AGREEMENT_VIEW) }).toEqual(before);
    expect({ dealers: await indexKeys(svc.infra.db, DEALER_VIEW), agreements: await indexKeys(svc.infra.db, AGREEMENT_VIEW) }).toEqual(indexes);
    expect(indexes.dealers.length).toBeGreaterThan(1);
    await request(svc.http).get('/dealers/R0001-S1').expect(200);
  });

  it('gives the same documents when a plain client (no ignoreUndefined) rebuilds from the store', async () => {
    const plain = ctx.mongo.db(`${ctx.dbName}_plain`);
    await rebuildProjection(svc.infra.store, ContractsProjection.on(connectionOn(plain)));
    for (const name of [DEALER_VIEW, AGREEMENT_VIEW]) expect(await sorted(plain, name)).toStrictEqual(await sorted(svc.infra.db, name));
    expect((await plain.collection(DEALER_VIEW).findOne({ _id: 'R0001' as never }))).not.toHaveProperty('parentDealerCode');
  });
});
