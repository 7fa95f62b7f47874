import { rebuildProjection } from '@aftersales/event-store-mongo';
import { connectionOn } from '@aftersales/mongo';
import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { publishContractsEvents, REVENUE_SHARE_TERMS } from '../../../testing/contracts-feed';
import { SettlementsModule } from '../../settlements.module';
import { FUND_BALANCES, FundBalanceProjection } from '../fund-balance.projection';

const agreement = { terms: REVENUE_SHARE_TERMS, validFrom: '2026-01-01', validTo: '2026-12-31' };
const DEALERS = [{ code: 'N0001', region: 'north' }, { code: 'N0002', region: 'north' }, { code: 'N0003', region: 'south' }, { code: 'N0004', region: 'east' }];
const PAID = [
  { paymentId: 'NB-1', dealerCode: 'N0001', receivedOn: '2026-07-15', amountFen: 10_000_000 },
  { paymentId: 'NB-2', dealerCode: 'N0002', receivedOn: '2026-08-15', amountFen: 33_333 },
  { paymentId: 'NB-3', dealerCode: 'N0002', receivedOn: '2026-09-15', amountFen: 33_333 },
  { paymentId: 'NB-4', dealerCode: 'N0003', receivedOn: '2026-09-30', amountFen: 50_000 },
  { paymentId: 'NB-5', dealerCode: 'N0004', receivedOn: '2026-06-30', amountFen: 70_000 },
];
const sums = (dealers: number, paymentsFen: number, accrualFen: number) => ({ dealers, paymentsFen, accrualFen, chargesFen: 0, balanceFen: accrualFen });

describe("GET /fund-balances: the network's funds in a quarter by region, from the fund balances and contracts' regions", () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  const balances = (query: string) => request(svc.http).get(`/fund-balances${query}`);

  beforeAll(async () => {
    ctx = await createTestContext('networkbalances');
    svc = await startService(ctx, 'settlements', SettlementsModule.register);
    await publishContractsEvents(ctx, svc.infra, DEALERS.map((d) => ({ ...d, ...agreement })));
    // Each dealer's agreement arrives on its own partition (keyed by dealer): each payment waits for its dealer's.
    for (const payment of PAID) await eventually(() => request(svc.http).post('/payments').send(payment), (r) => r.status === 201);
    await eventually(() => svc.infra.db.collection(FUND_BALANCES).countDocuments({ paymentsFen: { $gt: 0 } }), (n) => n === 4);
    await eventually(() => balances('?quarter=2026Q3'), (r) => r.body.totals?.paymentsFen === 10_116_666);
  }, 90_000);
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('sums each region exactly in fen (3% of each fund, rounded once per fund), with the totals', async () => {
    // north: 3,000,000 + round(3% of 666.66) = 300,000 + 2,000; south: 1,500.
    expect((await balances('?quarter=2026Q3').expect(200)).body).toEqual({
      quarter: '2026Q3',
      regions: [{ region: 'north', ...sums(2, 10_066_666, 302_000) }, { region: 'south', ...sums(1, 50_000, 1_500) }],
      totals: sums(3, 10_116_666, 303_500),
    });
    expect((await balances('?quarter=2026Q2').expect(200)).body.regions).toEqual([{ region: 'east', ...sums(1, 70_000, 2_100) }]);
  });

  it('answers no regions and zero totals for a quarter without funds', async () => {
    expect((await balances('?quarter=2031Q1').expect(200)).body).toEqual({ quarter: '2031Q1', regions: [], totals: sums(0, 0, 0) });
  });

  it('places a fund kept without a region (written before balances had regions) by its dealer, or under (unknown)', async () => {
    const fund = (dealerCode: string) => ({ _id: `${dealerCode}|2026Q4`, dealerCode, quarter: '2026Q4', paymentsFen: 1_000, accrualFen: 30,
      chargesFen: 0, carriedInFen: 0, balanceFen: 30, version: 1, asOf: '2026-10-02T00:00:00.000Z' });
    await svc.infra.db.collection(FUND_BALANCES).insertMany([fund('N0003'), fund('X0404')] as never[]);
    expect((await balances('?quarter=2026Q4').expect(200)).body).toEqual({
      quarter: '2026Q4', regions: [{ region: '(unknown)', ...sums(1, 1_000, 30) }, { region: 'south', ...sums(1, 1_000, 30) }], totals: sums(2, 2_000, 60),
    });
    await svc.infra.db.collection(FUND_BALANCES).deleteMany({ quarter: '2026Q4' });
  });

  it('sums exactly up to 2^53−1 fen, past the 32-bit integers the server stores small amounts as', async () => {
    const fund = (dealerCode: string, paymentsFen: number) => ({ _id: `${dealerCode}|2027Q1`, dealerCode, quarter: '2027Q1', region: 'west',
      paymentsFen, accrualFen: 0, chargesFen: 0, carriedInFen: 0, balanceFen: 0, version: 1, asOf: '2027-01-02T00:00:00.000Z' });
    await svc.infra.db.collection(FUND_BALANCES).insertMany([fund('W0001', 9_007_199_254_740_000), fund('W0002', 990), fund('W0003', 1)] as never[]);
    const res = await balances('?quarter=2027Q1').expect(200);
    expect(res.body.regions).toEqual([{ region: 'west', ...sums(3, Number.MAX_SAFE_INTEGER, 0) }]);
    await svc.infra.db.collection(FUND_BALANCES).deleteMany({ quarter: '2027Q1' });
  });

  it("rebuilds the balances from events alone into the same documents, regions included", async () => {
    const scratch = ctx.mongo.db(`${ctx.dbName}_scratch`);
    await rebuildProjection(svc.infra.store, FundBalanceProjection.on(connectionOn(scratch), svc.infra.connection));
    const all = (db: typeof scratch) => db.collection(FUND_BALANCES).find({}).sort({ _id: 1 }).toArray();
    const live = await all(svc.infra.db);
    expect(await all(scratch)).toEqual(live);
    expect(live.map((f) => f['region'])).toEqual(['north', 'north', 'south', 'east']);
    await scratch.dropDatabase();
  });

  it.each([
    ['quarter', ''],
    ['quarter', '?quarter=2026Q5'],
    ['quarter', '?quarter=26Q1'],
    ['quarter[$gt]', '?quarter[$gt]='],
    ['region', '?quarter=2026Q3&region=north'],
  ])('refuses a bad %s (%j) with 400 naming it', async (field, query) => {
    const res = await balances(query).expect(400);
    expect(res.body.problems.map((p: { field: string }) => p.field)).toContain(field);
  });
});
