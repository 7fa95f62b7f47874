import { dateIn, quarterOf } from '@aftersales/calendar';
import { loadServiceConfig, serviceMongo } from '@aftersales/service-kit';
import { createTestContext, TestContext } from '@aftersales/testing';
import { Test, TestingModule } from '@nestjs/testing';
import { PORTS, READ_MODELS } from '../../settlements.module';
import { DEALERS } from '../../terms/terms.projection';
import { FUND_BALANCES } from '../fund-balance.projection';
import { QueryFund, QueryFundHandler } from './query-fund.handler';

const balance = { _id: 'F0001|2026Q3', dealerCode: 'F0001', quarter: '2026Q3', paymentsFen: 10_000, accrualFen: 300, chargesFen: 0,
  carriedInFen: 0, balanceFen: 300, version: 1, asOf: '2026-08-03T02:00:00.000Z' };

/** The fund query on the service's own connection (serviceMongo) and read models, without HTTP or Kafka. */
describe('fund query', () => {
  let ctx: TestContext;
  let module: TestingModule;
  let query: QueryFundHandler;

  beforeAll(async () => {
    ctx = await createTestContext('queryfund');
    const config = loadServiceConfig('settlements', 0, { MONGO_URL: ctx.mongoUrl, MONGO_DB: ctx.dbName });
    module = await Test.createTestingModule({ imports: [serviceMongo(config), READ_MODELS], providers: [...PORTS, QueryFundHandler] }).compile();
    await module.init();
    query = module.get(QueryFundHandler);
    await ctx.db.collection(DEALERS).insertOne({ _id: 'F0001', region: 'north', timeZone: 'America/Los_Angeles' } as never);
    await ctx.db.collection(FUND_BALANCES).insertOne(balance as never);
  });
  afterAll(async () => {
    await module?.close();
    await ctx?.dispose();
  });

  it("answers the dealer's fund in a quarter", async () => {
    expect(await query.execute(new QueryFund('F0001', '2026Q3'))).toEqual({ dealerCode: 'F0001', quarter: '2026Q3', paymentsFen: 10_000,
      accrualFen: 300, chargesFen: 0, carriedInFen: 0, balanceFen: 300, asOf: '2026-08-03T02:00:00.000Z' });
  });

  it('answers zeros and no asOf for a quarter without accruals, by default the current quarter in the dealer time zone', async () => {
    const fund = await query.execute(new QueryFund('F0001'));
    expect(fund).toMatchObject({ paymentsFen: 0, balanceFen: 0, asOf: null });
    expect([quarterOf(dateIn(new Date(), 'America/Los_Angeles'))]).toContain(fund.quarter);
  });

  it('refuses an unknown dealer as not found', async () => {
    await expect(query.execute(new QueryFund('F9999', '2026Q3'))).rejects.toMatchObject({ kind: 'not-found', field: 'dealerCode' });
  });

  it('matches no dealer for an operator object as the dealer code (as if validation had been bypassed)', async () => {
    const operator = { $gt: '' } as unknown as string;
    expect(await ctx.db.collection(DEALERS).findOne({ _id: operator as never })).not.toBeNull(); // what the driver would match
    await expect(query.execute(new QueryFund(operator, '2026Q3'))).rejects.toMatchObject({ kind: 'not-found' });
  });
});
