import { TOPICS } from '@aftersales/integration-events';
import { publishEvents, ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { publishContractsEvents, REVENUE_SHARE_TERMS } from '../../../testing/contracts-feed';
import { SettlementsModule } from '../../settlements.module';

type Line = { lineNo: number; code: string; quantity: number; supply: 'sale' | 'warranty'; unitPriceFen: number; amountFen: number };
const line = (lineNo: number, amountFen: number, supply: 'sale' | 'warranty' = 'warranty'): Line => ({ lineNo, code: `P-${lineNo}`, quantity: 1, supply, unitPriceFen: amountFen, amountFen });
/** parts.PartsShipped as parts-logistics publishes it, on the requisition's stream (the dealer's key). */
const shipped = (shipmentId: string, lines: Line[], freightDifferenceFen = 0) => ({
  streamType: 'requisition', streamId: `requisition-D0001/REQ-${shipmentId}`, dealerCode: 'D0001', type: 'parts.PartsShipped',
  data: { requisitionId: `REQ-${shipmentId}`, shipmentId, carrier: freightDifferenceFen ? 'ems' : 'standard', waybillNo: `WB-${shipmentId}`, shippedOn: '2026-10-20', lines, freightDifferenceFen, late: false },
});

/** 第三條 3 through Kafka: parts-logistics' shipments charge the repair fund within the parts quota, the rest invoiced. */
describe('settlements: parts issued to a dealer are charged to its fund within the parts quota', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  const fund = () => request(svc.http).get('/funds/D0001?quarter=2026Q4');
  const ship = (events: ReturnType<typeof shipped>[]) => publishEvents(ctx.mongo.db(`${ctx.dbName}_parts_feed`), svc.infra, TOPICS.parts, events);

  beforeAll(async () => {
    ctx = await createTestContext('settlements-charges');
    svc = await startService(ctx, 'settlements', SettlementsModule.register);
    await publishContractsEvents(ctx, svc.infra, [{ code: 'D0001', terms: REVENUE_SHARE_TERMS, validFrom: '2026-01-01', validTo: '2026-12-31' }]);
    // 1,000,000.00 yuan received on 2026-10-05: an accrual of 3% (30,000.00) and a parts quota of 2% (20,000.00).
    await eventually(async () => (await request(svc.http).post('/payments').send({ paymentId: 'PAY-Q4', dealerCode: 'D0001', receivedOn: '2026-10-05', amountFen: 100_000_000 })).status,
      (s) => s === 201, 30_000);
    await eventually(async () => (await fund()).body.accrualFen, (a) => a === 3_000_000);
  }, 120_000);
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('charges the in-warranty parts within the quota; sale lines (paid before they shipped) charge nothing', async () => {
    await ship([shipped('S-1', [line(1, 1_500_000), line(2, 900_000, 'sale')])]);
    const body = (await eventually(fund, (r) => r.body.chargesFen > 0)).body;
    expect(body).toMatchObject({ accrualFen: 3_000_000, chargesFen: 1_500_000, balanceFen: 1_500_000 });
  });

  it('invoices what passes the quota and an urgent carrier\'s freight difference; a redelivered shipment is charged once', async () => {
    await ship([shipped('S-2', [line(1, 800_000)], 3_000), shipped('S-1', [line(1, 1_500_000), line(2, 900_000, 'sale')])]);
    const body = (await eventually(fund, (r) => r.body.chargesFen === 2_000_000)).body;
    expect(body).toMatchObject({ chargesFen: 2_000_000, balanceFen: 1_000_000 });
    const stored = await eventually(() => svc.infra.store.readEnvelopes('fund-D0001-2026Q4'), (events) => events.filter((e) => e.type === 'settlements.FundChargedForParts').length === 2);
    expect(stored.filter((e) => e.type === 'settlements.FundChargedForParts').map((e) => e.data)).toEqual([
      expect.objectContaining({ shipmentId: 'S-1', requisitionId: 'REQ-S-1', quotaFen: 2_000_000, issuedFen: 1_500_000, chargedFen: 1_500_000, excessInvoicedFen: 0, freightInvoicedFen: 0 }),
      expect.objectContaining({ shipmentId: 'S-2', issuedFen: 800_000, chargedFen: 500_000, excessInvoicedFen: 300_000, freightInvoicedFen: 3_000, chargesFen: 2_000_000 }),
    ]);
  });

  it('lists what is invoiced to the dealer: the parts beyond the quota and the freight difference, each naming its source and clause', async () => {
    const { body } = await eventually(() => request(svc.http).get('/dealers/D0001/invoice-lines?quarter=2026Q4'), (r) => r.body.lines?.length === 2);
    expect(body).toEqual({ dealerCode: 'D0001', quarter: '2026Q4', totalFen: 303_000, lines: [
      { kind: 'freight', clause: '第四條', quarter: '2026Q4', requisitionId: 'REQ-S-2', shipmentId: 'S-2', shippedOn: '2026-10-20', amountFen: 3_000 },
      { kind: 'parts-excess', clause: '第三條 3', quarter: '2026Q4', requisitionId: 'REQ-S-2', shipmentId: 'S-2', shippedOn: '2026-10-20', amountFen: 300_000 },
    ] });
    await request(svc.http).get('/dealers/D0001/invoice-lines?quarter=2026Q5').expect(400);
  });

  it('a later payment keeps the charges in the balance (every fund event carries them), and a rebuild equals the live balance', async () => {
    await request(svc.http).post('/payments').send({ paymentId: 'PAY-Q4-2', dealerCode: 'D0001', receivedOn: '2026-10-25', amountFen: 10_000 }).expect(201);
    const live = (await eventually(fund, (r) => r.body.paymentsFen === 100_010_000)).body;
    expect(live).toMatchObject({ accrualFen: 3_000_300, chargesFen: 2_000_000, balanceFen: 1_000_300 });
    const started = await request(svc.http).post('/admin/rebuilds').send({ projection: 'fund-balance' }).expect(202);
    const done = await eventually(async () => (await request(svc.http).get(`/admin/rebuilds/${started.body._id}`)).body, (r) => r.state !== 'running', 60_000);
    expect(done.state).toBe('succeeded');
    expect((await fund()).body).toEqual(live);
  });
});
