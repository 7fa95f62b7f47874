import { rebuildProjection } from '@aftersales/event-store-mongo';
import { connectionOn } from '@aftersales/mongo';
import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { FUND_BALANCES, FundBalanceProjection } from './funds/fund-balance.projection';
import { PAYMENTS, PaymentsProjection } from './payments/payments.projection';
import { SettlementsModule } from './settlements.module';
import { publishContractsEvents, REVENUE_SHARE_TERMS } from '../testing/contracts-feed';

const D = 'D0201';
const pay = (paymentId: string, amountFen: number, receivedOn = '2026-08-03') => ({ paymentId, dealerCode: D, receivedOn, amountFen });

describe('settlements: payments accrue the repair fund (第三條 1), on real Kafka and a Mongo-wire server', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  const fund = (quarter = '2026Q3') => request(svc.http).get(`/funds/${D}?quarter=${quarter}`);
  const commits = () => svc.infra.store.commits.countDocuments({});

  beforeAll(async () => {
    ctx = await createTestContext('settlements');
    svc = await startService(ctx, 'settlements', SettlementsModule.register);
    await publishContractsEvents(ctx, svc.infra, [{ code: D, terms: REVENUE_SHARE_TERMS, validFrom: '2026-01-01', validTo: '2026-12-31' }]);
    await eventually(() => request(svc.http).post('/payments').send(pay('P-probe', 1, '2026-04-01')), (r) => r.status === 201);
  }, 90_000);
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('given a 3% fund rate, when the dealer pays 100,000.00 and twice 0.50 in Q3, then 3,000.03 accrues, rounded once', async () => {
    const recorded = await request(svc.http).post('/payments').send(pay('P-1', 10_000_000)).expect(201);
    expect(recorded.headers['location']).toBe(`/funds/${D}?quarter=2026Q3`); // the fund it accrues to: a payment has no read of its own
    await request(svc.http).post('/payments').send(pay('P-2', 50)).expect(201);
    await request(svc.http).post('/payments').send(pay('P-3', 50)).expect(201);
    // Each 0.50 alone is 1.5 fen (→ 2); the exact quarter total 100,001.00 × 3% is 3,000.03.
    const res = await eventually(() => fund(), (r) => r.body.paymentsFen === 10_000_100);
    expect(res.body).toEqual({ dealerCode: D, quarter: '2026Q3', paymentsFen: 10_000_100, accrualFen: 300_003,
      chargesFen: 0, carriedInFen: 0, balanceFen: 300_003, asOf: expect.any(String) });
  });

  it('answers the same payment again with the same answer, and a different body under its id with 409', async () => {
    const again = await request(svc.http).post('/payments').send(pay('P-1', 10_000_000)).expect(200);
    expect(again.headers['location']).toBeUndefined();
    expect(again.body).toMatchObject({ paymentId: 'P-1', amountFen: 10_000_000, quarter: '2026Q3', fundRateBp: 300 });
    const clash = await request(svc.http).post('/payments').send(pay('P-1', 9_999)).expect(409);
    expect(clash.body.problems[0].field).toBe('paymentId');
  });

  it('counts nothing twice when every event is delivered again', async () => {
    const before = (await fund()).body;
    const commitsBefore = await commits();
    await svc.infra.store.commits.updateMany({}, { $set: { published: false } }); // the relay "crashed" before marking
    svc.infra.relay.nudge();
    await eventually(() => svc.infra.store.commits.countDocuments({ published: false }), (n) => n === 0);
    await new Promise((r) => setTimeout(r, 1_500)); // give the consumers time to (not) act on the duplicates
    expect((await fund()).body).toEqual(before);
    expect(await commits()).toBe(commitsBefore);
  });

  it('rebuilds the fund balances and the payments from events alone into the same documents as the live projections', async () => {
    const rebuiltDb = ctx.mongo.db(`${ctx.dbName}_rebuild`);
    await rebuildProjection(svc.infra.store, FundBalanceProjection.on(connectionOn(rebuiltDb), svc.infra.connection));
    await rebuildProjection(svc.infra.store, PaymentsProjection.on(connectionOn(rebuiltDb), svc.infra.connection));
    for (const name of [FUND_BALANCES, PAYMENTS]) {
      const live = await svc.infra.db.collection(name).find({}).sort({ _id: 1 }).toArray();
      expect(await rebuiltDb.collection(name).find({}).sort({ _id: 1 }).toArray()).toEqual(live);
      expect(live.length).toBeGreaterThan(0);
    }
    await rebuiltDb.dropDatabase();
  });

  describe('bad input gets a 4xx naming the field, and writes nothing', () => {
    const cases: [string, object, number, string][] = [
      ['unknown dealer', { ...pay('B-1', 100), dealerCode: 'NOPE' }, 422, 'dealerCode'],
      ['no agreement in force on the date', pay('B-2', 100, '2027-01-05'), 422, 'receivedOn'],
      ['negative amount', pay('B-3', -100), 400, 'amountFen'],
      ['zero amount', pay('B-4', 0), 400, 'amountFen'],
      ['fractional fen', pay('B-5', 100.5), 400, 'amountFen'],
      ['amount as text', { ...pay('B-6', 1), amountFen: '100' }, 400, 'amountFen'],
      ['malformed date', pay('B-7', 100, '2026/08/03'), 400, 'receivedOn'],
      ['impossible date', pay('B-8', 100, '2026-02-30'), 400, 'receivedOn'],
      ['unknown field', { ...pay('B-9', 100), note: 'x' }, 400, 'note'],
      ['operator injection', { ...pay('B-10', 100), dealerCode: { $gt: '' } }, 400, 'dealerCode'],
      ['operator as payment id', { ...pay('B-11', 100), paymentId: { $ne: null } }, 400, 'paymentId'],
      ['missing paymentId', { dealerCode: D, receivedOn: '2026-08-03', amountFen: 1 }, 400, 'paymentId'],
    ];

    it.each(cases)('%s', async (_name, body, status, field) => {
      const before = await commits();
      const res = await request(svc.http).post('/payments').send(body).expect(status);
      expect(res.body.problems.map((p: { field: string }) => p.field)).toContain(field);
      expect(await commits()).toBe(before);
    });

    it('refuses a malformed quarter or an operator in the query, and an unknown dealer', async () => {
      expect((await fund('2026Q5').expect(400)).body.problems[0].field).toBe('quarter');
      await request(svc.http).get(`/funds/${D}?quarter[$gt]=`).expect(400);
      await request(svc.http).get('/funds/NOPE?quarter=2026Q3').expect(404);
    });
  });
});
