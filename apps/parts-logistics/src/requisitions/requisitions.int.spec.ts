import { addDays, dateIn } from '@aftersales/calendar';
import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { importPrices, publishDealers } from '../../testing/parts-network';
import { PartsLogisticsModule } from '../parts-logistics.module';

type Problem = { field: string; reason: string };
const TODAY = () => dateIn(new Date(), 'Asia/Shanghai');
const sale = { code: 'P-HEAD', quantity: 2, purpose: 'stock', supply: 'sale' };
const replacement = { code: 'P-BELT', quantity: 3, purpose: 'repair', repairRecordNo: 'R-0815', supply: 'warranty' };

/** 維修配件備料單 on the real service: from the dealer's request to its receipt, with the clerk's review, the payment and the check between. */
describe('parts-logistics: requisitions and shipments', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  const base = (dealer = 'D0001', id = 'REQ-1') => `/dealers/${dealer}/requisitions/${id}`;
  const submit = (body: object, dealer = 'D0001') => request(svc.http).post(`/dealers/${dealer}/requisitions`).send(body);
  const list = async (query: string) => eventually(async () => (await request(svc.http).get(`/requisitions?${query}`)).body, () => true);
  const listed = (query: string, expected: number) => eventually(async () => (await request(svc.http).get(`/requisitions?${query}`)).body, (b) => b.total === expected);

  beforeAll(async () => {
    ctx = await createTestContext('parts-requisitions');
    svc = await startService(ctx, 'parts-logistics', PartsLogisticsModule.register);
    await publishDealers(ctx, svc, [{ code: 'D0001' }, { code: 'D0001-S1', parentDealerCode: 'D0001' }, { code: 'D0002' }]);
    await importPrices(svc);
  }, 120_000);
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('a dealer submits a requisition, quoted at today\'s prices and readable at its Location at once; the same request again changes nothing', async () => {
    const res = await submit({ requisitionId: 'REQ-1', urgency: 'monthly', lines: [sale, replacement] }).expect(201);
    expect(res.headers['location']).toBe(base());
    expect(res.body).toMatchObject({ status: 'submitted', carrier: 'standard', submittedOn: TODAY(), lines: [{ lineNo: 1, unitPriceFen: 68_000, shippedQuantity: 0 }, { lineNo: 2, supply: 'warranty' }] });
    await request(svc.http).get(base()).expect(200);
    await submit({ requisitionId: 'REQ-1', urgency: 'monthly', lines: [sale, replacement] }).expect(200);
    await submit({ requisitionId: 'REQ-1', urgency: 'monthly', lines: [sale] }).expect(409);
  });

  it('the clerk approves in part with a reason; approved lines ship by the agreement\'s shipping days', async () => {
    const res = await request(svc.http).post(`${base()}/review`).send({ decisions: [{ lineNo: 1, approvedQuantity: 1, reason: '庫存不足' }, { lineNo: 2, approvedQuantity: 3 }] }).expect(200);
    expect(res.body).toMatchObject({ status: 'approved', reviewedOn: TODAY(), shipBy: addDays(TODAY(), 3), saleDueFen: 68_000, awaitingPayment: true, awaitingCheck: true });
  });

  it('款到發貨: the sale line waits for a payment covering it; the in-warranty line for the check', async () => {
    const ship = (shipmentId: string, lines: object[]) => request(svc.http).post(`${base()}/shipments`).send({ shipmentId, waybillNo: `WB-${shipmentId}`, shippedOn: TODAY(), lines });
    const waiting = await ship('S-1', [{ lineNo: 1, quantity: 1 }]).expect(409);
    expect(waiting.body.message).toMatch(/款到發貨/);
    await request(svc.http).post(`${base()}/payments`).send({ paymentRef: 'BANK-1', amountFen: 68_000, receivedOn: TODAY() }).expect(200);
    const shipped = await ship('S-1', [{ lineNo: 1, quantity: 1 }]).expect(201);
    expect(shipped.body.shipments).toEqual([expect.objectContaining({ shipmentId: 'S-1', late: false, freightDifferenceFen: 0,
      lines: [{ lineNo: 1, code: 'P-HEAD', quantity: 1, supply: 'sale', unitPriceFen: 68_000, amountFen: 68_000 }] })]);
    await ship('S-2', [{ lineNo: 2, quantity: 3 }]).expect(409);
    const failed = await request(svc.http).post(`${base()}/replacement-checks`).send({ passed: false, note: '更換清單缺少 R-0815' }).expect(200);
    expect(failed.body).toMatchObject({ awaitingCheck: true, checks: [{ passed: false, note: '更換清單缺少 R-0815' }] });
    await request(svc.http).post(`${base()}/replacement-checks`).send({ passed: true, note: '清單與運單相符', waybillNo: 'SF-OLD-1' }).expect(200);
    const more = await ship('S-2', [{ lineNo: 2, quantity: 4 }]).expect(422);
    expect(more.body.problems).toEqual([expect.objectContaining({ field: 'lines[0].quantity' })]);
    const all = await ship('S-2', [{ lineNo: 2, quantity: 3 }]).expect(201);
    expect(all.body.status).toBe('shipped');
    const received = await request(svc.http).post(`${base()}/shipments/S-2/receipt`).send({ receivedOn: TODAY() }).expect(200);
    expect(received.body.shipments.map((s: { receivedOn?: string }) => s.receivedOn)).toEqual([undefined, TODAY()]);
  });

  it('an urgent requisition names its carrier; each of its shipments carries the freight difference on the price list', async () => {
    await submit({ requisitionId: 'REQ-URGENT', urgency: 'urgent', carrier: 'ems', lines: [sale] }, 'D0002').expect(201);
    await request(svc.http).post(`${base('D0002', 'REQ-URGENT')}/review`).send({ decisions: [{ lineNo: 1, approvedQuantity: 2 }] }).expect(200);
    await request(svc.http).post(`${base('D0002', 'REQ-URGENT')}/payments`).send({ paymentRef: 'BANK-9', amountFen: 136_000, receivedOn: TODAY() }).expect(200);
    const res = await request(svc.http).post(`${base('D0002', 'REQ-URGENT')}/shipments`).send({ shipmentId: 'S-9', waybillNo: 'EMS-1', shippedOn: TODAY(), lines: [{ lineNo: 1, quantity: 2 }] }).expect(201);
    expect(res.body.shipments[0]).toMatchObject({ carrier: 'ems', freightDifferenceFen: 3_000 });
  });

  it('lists the queues: a dealer\'s own (with its sub-dealers\'), waiting for payment, and the overdue on a later day', async () => {
    await submit({ requisitionId: 'REQ-SUB', urgency: 'monthly', lines: [sale] }, 'D0001-S1').expect(201);
    await request(svc.http).post(`${base('D0001-S1', 'REQ-SUB')}/review`).send({ decisions: [{ lineNo: 1, approvedQuantity: 2 }] }).expect(200);
    const within = await listed('within=D0001', 2);
    expect(within.requisitions.map((r: { requisitionId: string }) => r.requisitionId).sort()).toEqual(['REQ-1', 'REQ-SUB']);
    expect((await listed('dealerCode=D0001', 1)).requisitions[0]).toMatchObject({ requisitionId: 'REQ-1', status: 'shipped', openUnits: 0, lineCount: 2 });
    expect((await listed('waiting=payment', 1)).requisitions[0]).toMatchObject({ requisitionId: 'REQ-SUB', awaitingPayment: true });
    expect((await list('overdue=true')).total).toBe(0);
    const later = await list(`overdue=true&on=${addDays(TODAY(), 4)}`);
    expect(later.requisitions).toEqual([expect.objectContaining({ requisitionId: 'REQ-SUB', overdue: true, openUnits: 2 })]);
  });

  it('another dealer\'s requisition, or none, is a 404', async () => {
    await request(svc.http).get(base('D0002', 'REQ-1')).expect(404);
    await request(svc.http).post(`${base('D0002', 'REQ-1')}/review`).send({ decisions: [{ lineNo: 1, approvedQuantity: 1 }] }).expect(404);
    await submit({ requisitionId: 'REQ-X', urgency: 'monthly', lines: [sale] }, 'D9999').expect(404);
  });

  it.each([
    ['a labour line', { requisitionId: 'R-B1', urgency: 'monthly', lines: [{ ...sale, code: 'L-HEAD' }] }, 422, 'lines[0].code'],
    ['an urgent one by air, unpriced', { requisitionId: 'R-B2', urgency: 'urgent', carrier: 'air', lines: [sale] }, 422, 'carrier'],
    ['a repair line without its record', { requisitionId: 'R-B3', urgency: 'monthly', lines: [{ ...replacement, repairRecordNo: undefined }] }, 422, 'lines[0].repairRecordNo'],
    ['no line', { requisitionId: 'R-B4', urgency: 'monthly', lines: [] }, 400, 'lines'],
    ['a quantity of 0', { requisitionId: 'R-B5', urgency: 'monthly', lines: [{ ...sale, quantity: 0 }] }, 400, 'lines.0.quantity'],
    ['an id with spaces', { requisitionId: 'R B6', urgency: 'monthly', lines: [sale] }, 400, 'requisitionId'],
    ['another urgency', { requisitionId: 'R-B7', urgency: 'soon', lines: [sale] }, 400, 'urgency'],
  ])('refuses %s, naming the field, and records nothing', async (_what, body, status, field) => {
    const before = await svc.infra.store.commits.countDocuments({});
    const res = await submit(body);
    expect(res.status).toBe(status);
    expect(res.body.problems.map((p: Problem) => p.field)).toContain(field);
    expect(await svc.infra.store.commits.countDocuments({})).toBe(before);
  });

  it('a rebuild of the requisitions list from the events equals the live one', async () => {
    await listed('dealerCode=D0002', 1);
    const live = () => svc.infra.db.collection('requisitions').find().sort({ _id: 1 }).toArray();
    const before = await eventually(live, (docs) => docs.every((d) => d['version'] > 0) && docs.length === 3);
    const started = await request(svc.http).post('/admin/rebuilds').send({ projection: 'requisitions' }).expect(202);
    const done = await eventually(async () => (await request(svc.http).get(`/admin/rebuilds/${started.body._id}`)).body, (r) => r.state !== 'running', 60_000);
    expect(done.state).toBe('succeeded');
    expect(await live()).toEqual(before);
  });
});
