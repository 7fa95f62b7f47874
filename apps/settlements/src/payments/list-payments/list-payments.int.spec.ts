import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { publishContractsEvents, REVENUE_SHARE_TERMS } from '../../../testing/contracts-feed';
import { SettlementsModule } from '../../settlements.module';

const agreement = { terms: REVENUE_SHARE_TERMS, validFrom: '2026-01-01', validTo: '2026-12-31' };
// Recorded in this order; received on other days than recorded, so the orders differ.
const PAID = [
  { paymentId: 'LP-1', dealerCode: 'L0001', receivedOn: '2026-05-20', amountFen: 30_000 },
  { paymentId: 'LP-2', dealerCode: 'L0002', receivedOn: '2026-08-03', amountFen: 10_000 },
  { paymentId: 'LP-3', dealerCode: 'L0001', receivedOn: '2026-07-01', amountFen: 50_000 },
  { paymentId: 'LP-4', dealerCode: 'L0001', receivedOn: '2026-09-30', amountFen: 20_000 },
  { paymentId: 'LP-5', dealerCode: 'L0003', receivedOn: '2026-04-01', amountFen: 40_000 },
];
const ids = (res: request.Response) => (res.body.payments as { paymentId: string }[]).map((p) => p.paymentId);

describe('GET /payments: the recorded payments, from PaymentRecorded through the payments read model', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  const list = (query = '') => request(svc.http).get(`/payments${query}`);

  beforeAll(async () => {
    ctx = await createTestContext('listpayments');
    svc = await startService(ctx, 'settlements', SettlementsModule.register);
    // L0003 is a sub-dealer of L0001.
    await publishContractsEvents(ctx, svc.infra, [{ code: 'L0001', ...agreement }, { code: 'L0002', ...agreement },
      { code: 'L0003', parentDealerCode: 'L0001', ...agreement }]);
    // Each dealer's agreement arrives on its own partition (keyed by dealer): each payment waits for its dealer's.
    for (const payment of PAID) await eventually(() => request(svc.http).post('/payments').set('x-actor', 'finance.li').send(payment), (r) => r.status === 201);
    await eventually(() => list(), (r) => r.body.total === PAID.length);
  }, 90_000);
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('lists every payment newest received first, with its terms, when it was recorded and by whom', async () => {
    const res = await list().expect(200);
    expect(ids(res)).toEqual(['LP-4', 'LP-2', 'LP-3', 'LP-1', 'LP-5']);
    expect(res.body.payments[0]).toEqual({
      paymentId: 'LP-4', dealerCode: 'L0001', receivedOn: '2026-09-30', amountFen: 20_000, quarter: '2026Q3', agreementVersion: 1,
      fundModel: 'revenue-share', fundRateBp: 300, recordedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), actor: 'finance.li',
    });
    expect(res.body.total).toBe(5);
    expect(res.body.payments[4]).toMatchObject({ paymentId: 'LP-5', dealerCode: 'L0003', parentDealerCode: 'L0001' });
  });

  it('lists a dealer with its sub-dealers (within), or one dealer alone (dealerCode)', async () => {
    expect(ids(await list('?within=L0001').expect(200))).toEqual(['LP-4', 'LP-3', 'LP-1', 'LP-5']);
    expect(ids(await list('?within=L0003').expect(200))).toEqual(['LP-5']);
    expect(ids(await list('?within=L0001&dealerCode=L0003').expect(200))).toEqual(['LP-5']);
    expect(ids(await list('?within=L0002&dealerCode=L0003').expect(200))).toEqual([]);
  });

  it('filters by dealer, quarter and received dates (inclusive), combined', async () => {
    expect(ids(await list('?dealerCode=L0001').expect(200))).toEqual(['LP-4', 'LP-3', 'LP-1']);
    expect(ids(await list('?quarter=2026Q3').expect(200))).toEqual(['LP-4', 'LP-2', 'LP-3']);
    expect(ids(await list('?quarter=2026Q2').expect(200))).toEqual(['LP-1', 'LP-5']);
    expect(ids(await list('?from=2026-07-01&to=2026-08-03').expect(200))).toEqual(['LP-2', 'LP-3']);
    expect((await list('?dealerCode=L0001&quarter=2026Q3&to=2026-08-03').expect(200)).body).toMatchObject({ total: 1, payments: [{ paymentId: 'LP-3' }] });
    expect((await list('?from=2026-09-01&to=2026-08-01').expect(200)).body).toEqual({ payments: [], total: 0 });
    expect((await list('?dealerCode=Z9999').expect(200)).body).toEqual({ payments: [], total: 0 });
  });

  it('sorts by received date, record time or amount either way, and pages with the total of all pages', async () => {
    expect(ids(await list('?sort=receivedOn'))).toEqual(['LP-5', 'LP-1', 'LP-3', 'LP-2', 'LP-4']);
    expect(ids(await list('?sort=-recordedAt'))).toEqual(['LP-5', 'LP-4', 'LP-3', 'LP-2', 'LP-1']);
    expect(ids(await list('?sort=recordedAt'))).toEqual(['LP-1', 'LP-2', 'LP-3', 'LP-4', 'LP-5']);
    expect(ids(await list('?sort=-amountFen'))).toEqual(['LP-3', 'LP-5', 'LP-1', 'LP-4', 'LP-2']);
    expect(ids(await list('?sort=amountFen'))).toEqual(['LP-2', 'LP-4', 'LP-1', 'LP-5', 'LP-3']);
    const page = await list('?skip=1&limit=2').expect(200);
    expect({ ids: ids(page), total: page.body.total }).toEqual({ ids: ['LP-2', 'LP-3'], total: 5 });
  });

  it('lists a payment once however often its event is delivered', async () => {
    await svc.infra.store.commits.updateMany({}, { $set: { published: false } }); // the relay "crashed" before marking
    svc.infra.relay.nudge();
    await eventually(() => svc.infra.store.commits.countDocuments({ published: false }), (n) => n === 0);
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await list().expect(200)).body.total).toBe(5);
  });

  it.each([
    ['dealerCode', '?dealerCode=d1'],
    ['dealerCode[$gt]', '?dealerCode[$gt]='],
    ['within', '?within=l1'],
    ['quarter', '?quarter=2026Q5'],
    ['from', '?from=2026-02-30'],
    ['to', '?to=yesterday'],
    ['skip', '?skip=-1'],
    ['skip', '?skip=1e3'],
    ['limit', '?limit=0'],
    ['limit', '?limit=501'],
    ['sort', '?sort=paymentId'],
    ['colour', '?colour=red'],
  ])('refuses a bad %s (%s) with 400 naming it', async (field, query) => {
    const res = await list(query).expect(400);
    expect(res.body.problems.map((p: { field: string }) => p.field)).toContain(field);
  });
});
