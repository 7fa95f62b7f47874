// The requisitions' demo (parts-logistics, 維修配件備料單), after the price list: each dealer's
// requisitions at each step, so the clerk's queues and the dealers' pages have something in them.
// D0001: one shipped and received (a sale paid first, an in-warranty replacement checked first),
// one approved in part that waits for its payment; D0002: an urgent one by EMS, shipped with the
// freight difference; D0003: an in-warranty replacement whose check failed (told to the dealer);
// D0005: one waiting for the review. Idempotent: a step the requisition shows done is skipped
// (its days are the day the demo first ran).
import { call, expectOk, until } from './http.mjs';

const line = (code, quantity, more = {}) => ({ code, quantity, purpose: 'stock', supply: 'sale', ...more });
const repair = (code, quantity, repairRecordNo) => ({ code, quantity, purpose: 'repair', repairRecordNo, supply: 'warranty' });

export const DEMO_REQUISITIONS = [
  { dealer: 'D0001', id: 'REQ-D0001-0001', urgency: 'monthly', lines: [line('P-HEAD-630', 2), repair('P-BELT-630', 1, 'D0001-2026-09-001')],
    review: [2, 1], pay: true, check: { passed: true, note: '更換清單與舊件運單相符', waybillNo: 'SF-RET-0001' }, ship: [[1, 2], [2, 1]], receive: true },
  { dealer: 'D0001', id: 'REQ-D0001-0002', urgency: 'monthly', lines: [line('C-RIBBON-630', 20), line('P-ROLLER-3100', 4)],
    review: [12, 4], reason: '色帶庫存不足，先發 12 條' },
  { dealer: 'D0002', id: 'REQ-D0002-0001', urgency: 'urgent', carrier: 'ems', lines: [line('P-MB-2200', 1)], review: [1], pay: true, ship: [[1, 1]] },
  { dealer: 'D0003', id: 'REQ-D0003-0001', urgency: 'monthly', lines: [repair('P-FUSER-2200', 1, 'D0003-2026-09-004')],
    review: [1], check: { passed: false, note: '更換清單中沒有此維修記錄，請補報零件月報' } },
  { dealer: 'D0005', id: 'REQ-D0005-0001', urgency: 'monthly', lines: [line('C-TONER-2200', 10), line('P-CIS-500', 1)] },
];

async function step(base, r) {
  const path = `/dealers/${r.dealer}/requisitions`;
  // parts-logistics learns the dealers from contracts through Kafka: a 404 is retried for a while.
  const submitted = await until(() => call(base, 'POST', path, { requisitionId: r.id, urgency: r.urgency, ...(r.carrier ? { carrier: r.carrier } : {}), lines: r.lines }),
    (res) => res.status !== 404, `dealer ${r.dealer} in parts-logistics`);
  expectOk(submitted, `requisition ${r.id}`);
  let now = submitted.body;
  const at = `${path}/${r.id}`;
  if (r.review && !now.reviewedOn) {
    const decisions = r.review.map((approvedQuantity, i) => ({ lineNo: i + 1, approvedQuantity, ...(approvedQuantity < r.lines[i].quantity ? { reason: r.reason ?? '庫存不足' } : {}) }));
    const reviewed = await call(base, 'POST', `${at}/review`, { decisions });
    // No agreement in force today (the demo's agreements end with 2026): the requisition stays submitted.
    if (reviewed.status === 422) return `${r.id} stays submitted: ${reviewed.body.problems?.[0]?.reason ?? reviewed.body.message}`;
    expectOk(reviewed, `review of ${r.id}`);
    now = reviewed.body;
  }
  if (r.pay && now.paidFen < now.saleDueFen) now = (await call(base, 'POST', `${at}/payments`, { paymentRef: `PAY-${r.id}`, amountFen: now.saleDueFen, receivedOn: now.reviewedOn })).body;
  if (r.check && now.checks.length === 0) now = (await call(base, 'POST', `${at}/replacement-checks`, r.check)).body;
  if (r.ship && now.shipments.length === 0) {
    const shipment = { shipmentId: `SHIP-${r.id}`, waybillNo: `SF${r.id.replace(/\D/g, '')}`, shippedOn: now.reviewedOn, lines: r.ship.map(([lineNo, quantity]) => ({ lineNo, quantity })) };
    const res = await call(base, 'POST', `${at}/shipments`, shipment);
    expectOk(res, `shipment of ${r.id}`);
    now = res.body;
  }
  if (r.receive && !now.shipments[0]?.receivedOn) expectOk(await call(base, 'POST', `${at}/shipments/SHIP-${r.id}/receipt`, { receivedOn: now.shipments[0].shippedOn }), `receipt of ${r.id}`);
}

export default async function seedRequisitions(urls, log = console.log) {
  const base = urls['parts-logistics'];
  for (const r of DEMO_REQUISITIONS) {
    const note = await step(base, r);
    if (note) log(`requisitions: ${note}`);
  }
  log(`requisitions: ${DEMO_REQUISITIONS.length}, from submitted to shipped and received`);
}
