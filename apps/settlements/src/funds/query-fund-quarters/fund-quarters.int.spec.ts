import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { publishContractsEvents, REVENUE_SHARE_TERMS } from '../../../testing/contracts-feed';
import { SettlementsModule } from '../../settlements.module';

const D = 'Q0001';
const pay = (paymentId: string, receivedOn: string, amountFen: number) => ({ paymentId, dealerCode: D, receivedOn, amountFen });

describe("GET /funds/{dealerCode}/quarters: every quarter of a dealer's fund, from its payments", () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  const quarters = (dealerCode = D) => request(svc.http).get(`/funds/${dealerCode}/quarters`);

  beforeAll(async () => {
    ctx = await createTestContext('fundquarters');
    svc = await startService(ctx, 'settlements', SettlementsModule.register);
    const agreement = { terms: REVENUE_SHARE_TERMS, validFrom: '2026-01-01', validTo: '2026-12-31' };
    await publishContractsEvents(ctx, svc.infra, [{ code: D, ...agreement }, { code: 'Q0002', ...agreement }]);
    // Recorded out of quarter order: the answer is in quarter order all the same.
    await eventually(() => request(svc.http).post('/payments').send(pay('FQ-1', '2026-11-02', 200_000)), (r) => r.status === 201);
    await request(svc.http).post('/payments').send(pay('FQ-2', '2026-02-10', 100_000)).expect(201);
    await request(svc.http).post('/payments').send(pay('FQ-3', '2026-08-03', 10_000_000)).expect(201);
    await request(svc.http).post('/payments').send(pay('FQ-4', '2026-09-03', 50)).expect(201);
    await eventually(() => quarters(), (r) => r.body.quarters?.length === 3 && r.body.quarters[1].paymentsFen === 10_000_050);
  }, 90_000);
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('answers the quarters oldest first, each as GET /funds/{dealerCode}?quarter= answers it', async () => {
    const res = await quarters().expect(200);
    expect(res.body.dealerCode).toBe(D);
    expect(res.body.quarters.map((q: { quarter: string }) => q.quarter)).toEqual(['2026Q1', '2026Q3', '2026Q4']);
    expect(res.body.quarters[1]).toEqual({ quarter: '2026Q3', paymentsFen: 10_000_050, accrualFen: 300_002, chargesFen: 0, carriedInFen: 0,
      balanceFen: 300_002, asOf: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    for (const quarter of res.body.quarters) {
      const { dealerCode, ...single } = (await request(svc.http).get(`/funds/${D}?quarter=${quarter.quarter}`).expect(200)).body;
      expect({ dealerCode, ...quarter }).toEqual({ dealerCode: D, ...single });
    }
  });

  it('answers no quarters for a known dealer without accruals, and 404 for an unknown dealer', async () => {
    expect((await quarters('Q0002').expect(200)).body).toEqual({ dealerCode: 'Q0002', quarters: [] });
    const unknown = await quarters('Q9999').expect(404);
    expect(unknown.body.problems).toEqual([{ field: 'dealerCode', reason: expect.stringContaining('not registered') }]);
  });

  it.each([
    ['dealerCode', '/funds/q1/quarters'],
    ['dealerCode', `/funds/${'D'.repeat(40)}/quarters`],
    ['dealerCode', '/funds/%7B%22%24gt%22%3A%22%22%7D/quarters'],
  ])('refuses a bad %s (%s) with 400 naming it', async (field, path) => {
    const res = await request(svc.http).get(path).expect(400);
    expect(res.body.problems.map((p: { field: string }) => p.field)).toContain(field);
  });
});
