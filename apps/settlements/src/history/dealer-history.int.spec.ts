import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { SettlementsModule } from '../settlements.module';
import { publishContractsEvents, REVENUE_SHARE_TERMS } from '../../testing/contracts-feed';

const D = 'D0711';
const pay = (paymentId: string, amountFen: number) => ({ paymentId, dealerCode: D, receivedOn: '2026-08-03', amountFen });
type Page = { dealerCode: string; items: { type: string; recordedAt: string; actor: string; streamType: string; data: Record<string, unknown> }[]; next: string | null };

/** GET /history/{dealerCode} of service-kit, on settlements: the same route answers this service's own events. */
describe('settlements: a dealer history', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;

  beforeAll(async () => {
    ctx = await createTestContext('settlements-history');
    svc = await startService(ctx, 'settlements', SettlementsModule.register);
    await publishContractsEvents(ctx, svc.infra, [{ code: D, terms: REVENUE_SHARE_TERMS, validFrom: '2026-01-01', validTo: '2026-12-31' }]);
    await eventually(() => request(svc.http).post('/payments').set('x-actor', 'finance').send(pay('P-1', 100_000)), (r) => r.status === 201);
  }, 90_000);
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it("answers the payment, who recorded it, and the fund's events it caused, newest first; no other service's events", async () => {
    const page = await eventually(() => request(svc.http).get(`/history/${D}`), (r) => r.body.items?.length >= 2);
    const { body } = page as { body: Page };
    const payment = body.items.find((e) => e.type === 'settlements.PaymentRecorded');
    expect(payment).toMatchObject({ actor: 'finance', data: expect.objectContaining({ paymentId: 'P-1', amountFen: 100_000 }) });
    expect(body.items.every((e) => e.type.startsWith('settlements.'))).toBe(true);
    expect(body.items.map((e) => e.type)).toEqual(expect.arrayContaining(['settlements.PaymentRecorded', 'settlements.FundAccrued']));
    // Newest first by when stored; the accrual is stored by the same request, often in the same millisecond.
    const stored = body.items.map((e) => e.recordedAt);
    expect(stored).toEqual([...stored].sort().reverse());
  });

  it('is empty for a dealer it has no event of, and refuses a bad limit by name', async () => {
    expect((await request(svc.http).get('/history/D0798').expect(200)).body).toEqual({ dealerCode: 'D0798', items: [], next: null });
    const res = await request(svc.http).get(`/history/${D}?limit=abc`).expect(400);
    expect(res.body.problems).toEqual([{ field: 'limit', reason: 'limit must be an integer written in decimal digits' }]);
  });
});
