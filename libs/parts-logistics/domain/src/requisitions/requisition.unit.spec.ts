import { DomainError } from '@aftersales/event-sourcing';
import {
  CheckReplacements, ConfirmReceipt, PricedLine, RecordRequisitionPayment, RequisitionCommand, RequisitionFacts, ReviewRequisition, ShipParts, SubmitRequisition,
} from './requisition.commands';
import { requisitionDecider } from './requisition.decider';
import { RequisitionState, statusOf } from './requisition-state';
import { PartsShippedData, RequisitionEvent } from './requisition.events';

const HEAD: PricedLine = { name: '列印頭', kind: 'part', unitPriceFen: 68_000 };
const BELT: PricedLine = { name: '字車皮帶', kind: 'part', unitPriceFen: 4_500 };
const PRICES = new Map<string, PricedLine>([['P-HEAD', HEAD], ['P-BELT', BELT], ['L-HEAD', { name: '更換列印頭', kind: 'labour', unitPriceFen: 8_000 }],
  ['FREIGHT-EMS', { name: 'EMS', kind: 'freight', unitPriceFen: 3_000 }]]);
const facts = (today: string, prices = PRICES): RequisitionFacts => ({ today, shippingDays: 3, prices });

const sale = { code: 'P-HEAD', quantity: 2, purpose: 'stock' as const, supply: 'sale' as const };
const replacement = { code: 'P-BELT', quantity: 3, purpose: 'repair' as const, repairRecordNo: 'R-0815', supply: 'warranty' as const };
const submit = (lines = [sale, replacement], urgency: 'monthly' | 'urgent' = 'monthly', carrier?: 'ems' | 'air') =>
  new SubmitRequisition('REQ-1', 'D0001', urgency, carrier, lines);
const approveAll = new ReviewRequisition('REQ-1', 'D0001', [{ lineNo: 1, approvedQuantity: 2 }, { lineNo: 2, approvedQuantity: 3 }]);

/** Runs commands in order, each on its day, as the handler would; answers the events and the state. */
function run(...steps: [RequisitionCommand, RequisitionFacts][]): { events: RequisitionEvent[]; state: RequisitionState } {
  let state = requisitionDecider.initialState();
  const events: RequisitionEvent[] = [];
  for (const [command, f] of steps) {
    const decided = requisitionDecider.decide(command, state, f);
    events.push(...decided);
    state = decided.reduce(requisitionDecider.evolve, state);
  }
  return { events, state };
}
const refusal = (steps: [RequisitionCommand, RequisitionFacts][]) => {
  try { run(...steps); } catch (error) { return error instanceof DomainError ? { kind: error.kind, field: error.field, message: error.message } : error; }
  return undefined;
};
const shipped = (events: RequisitionEvent[]) => events.filter((e) => e.type === 'PartsShipped').map((e) => e.data as PartsShippedData);

describe('維修配件備料單: a requisition from the dealer', () => {
  it('is quoted at the price list in force on the day it is submitted; the same request again changes nothing', () => {
    const { events } = run([submit(), facts('2026-11-25')], [submit(), facts('2026-11-26')]);
    expect(events).toHaveLength(1);
    expect(events[0]?.data).toMatchObject({ carrier: 'standard', submittedOn: '2026-11-25', lines: [
      { lineNo: 1, code: 'P-HEAD', name: '列印頭', quantity: 2, supply: 'sale', unitPriceFen: 68_000 },
      { lineNo: 2, code: 'P-BELT', quantity: 3, purpose: 'repair', repairRecordNo: 'R-0815', supply: 'warranty', unitPriceFen: 4_500 },
    ] });
    expect(refusal([[submit(), facts('2026-11-25')], [submit([sale]), facts('2026-11-25')]])).toMatchObject({ kind: 'conflict', field: 'requisitionId' });
  });

  it.each([
    ['a labour operation', [{ ...sale, code: 'L-HEAD' }], 'monthly', undefined, 'lines[0].code'],
    ['a code not on the price list', [{ ...sale, code: 'P-NONE' }], 'monthly', undefined, 'lines[0].code'],
    ['a repair line without its record', [{ ...replacement, repairRecordNo: undefined }], 'monthly', undefined, 'lines[0].repairRecordNo'],
    ['a stock line under warranty', [{ ...sale, supply: 'warranty' as const }], 'monthly', undefined, 'lines[0].supply'],
    ['an urgent one without a carrier', [sale], 'urgent', undefined, 'carrier'],
    ['an urgent one by a carrier the price list has no freight line for', [sale], 'urgent', 'air', 'carrier'],
    ['a monthly one by EMS', [sale], 'monthly', 'ems', 'carrier'],
  ] as const)('refuses %s, naming %s', (_what, lines, urgency, carrier, field) => {
    expect(refusal([[submit(lines as never, urgency, carrier), facts('2026-11-25')]])).toMatchObject({ kind: 'invalid', field });
  });
});

describe('the parts clerk approves, approves in part or refuses each line', () => {
  it('approved lines ship within the agreement\'s shipping days (calendar days from the review)', () => {
    const { events, state } = run([submit(), facts('2026-11-25')], [approveAll, facts('2026-11-28')]);
    expect(events[1]?.data).toMatchObject({ reviewedOn: '2026-11-28', shipBy: '2026-12-01', saleDueFen: 136_000 });
    expect(statusOf(state)).toBe('approved');
  });

  it('a part approval or a refusal gives its reason; what is due covers the approved sale quantity only', () => {
    const review = new ReviewRequisition('REQ-1', 'D0001', [{ lineNo: 1, approvedQuantity: 1, reason: '庫存不足' }, { lineNo: 2, approvedQuantity: 0, reason: '非保修' }]);
    const { events } = run([submit(), facts('2026-11-25')], [review, facts('2026-11-26')]);
    expect(events[1]?.data).toMatchObject({ saleDueFen: 68_000, decisions: [{ lineNo: 1, approvedQuantity: 1, reason: '庫存不足' }, { lineNo: 2, approvedQuantity: 0 }] });
    const allRefused = new ReviewRequisition('REQ-1', 'D0001', [{ lineNo: 1, approvedQuantity: 0, reason: 'x' }, { lineNo: 2, approvedQuantity: 0, reason: 'x' }]);
    expect(statusOf(run([submit(), facts('2026-11-25')], [allRefused, facts('2026-11-26')]).state)).toBe('refused');
  });

  it.each([
    ['more than asked', [{ lineNo: 1, approvedQuantity: 3 }, { lineNo: 2, approvedQuantity: 3 }], 'decisions[0].approvedQuantity'],
    ['less without a reason', [{ lineNo: 1, approvedQuantity: 1 }, { lineNo: 2, approvedQuantity: 3 }], 'decisions[0].reason'],
    ['a line left out', [{ lineNo: 1, approvedQuantity: 2 }], 'decisions'],
    ['a line the requisition has not', [{ lineNo: 1, approvedQuantity: 2 }, { lineNo: 2, approvedQuantity: 3 }, { lineNo: 9, approvedQuantity: 1 }], 'decisions'],
  ])('refuses a review with %s', (_what, decisions, field) => {
    expect(refusal([[submit(), facts('2026-11-25')], [new ReviewRequisition('REQ-1', 'D0001', decisions), facts('2026-11-26')]])).toMatchObject({ kind: 'invalid', field });
  });

  it('another dealer\'s requisition is not found', () => {
    expect(refusal([[submit(), facts('2026-11-25')], [new ReviewRequisition('REQ-1', 'D0002', approveAll.decisions), facts('2026-11-26')]])).toMatchObject({ kind: 'not-found' });
  });
});

describe('two ways to ship', () => {
  const reviewed: [RequisitionCommand, RequisitionFacts][] = [[submit(), facts('2026-11-25')], [approveAll, facts('2026-11-26')]];
  const ship = (lines: { lineNo: number; quantity: number }[], id = 'S-1', on = '2026-11-27') => new ShipParts('REQ-1', 'D0001', id, 'WB-1', on, lines);

  it('款到發貨: a sale line waits until a payment covering it is recorded, then ships', () => {
    expect(refusal([...reviewed, [ship([{ lineNo: 1, quantity: 2 }]), facts('2026-11-27')]])).toMatchObject({ kind: 'conflict', field: 'lines[0].lineNo' });
    const partPaid: [RequisitionCommand, RequisitionFacts] = [new RecordRequisitionPayment('REQ-1', 'D0001', 'BANK-1', 100_000, '2026-11-26'), facts('2026-11-26')];
    expect(refusal([...reviewed, partPaid, [ship([{ lineNo: 1, quantity: 2 }]), facts('2026-11-27')]])).toMatchObject({ kind: 'conflict' });
    const rest: [RequisitionCommand, RequisitionFacts] = [new RecordRequisitionPayment('REQ-1', 'D0001', 'BANK-2', 36_000, '2026-11-27'), facts('2026-11-27')];
    const { events } = run(...reviewed, partPaid, partPaid, rest, [ship([{ lineNo: 1, quantity: 2 }]), facts('2026-11-27')]);
    expect(events.filter((e) => e.type === 'RequisitionPaid')).toHaveLength(2);
    expect(shipped(events)[0]?.lines).toEqual([{ lineNo: 1, code: 'P-HEAD', quantity: 2, supply: 'sale', unitPriceFen: 68_000, amountFen: 136_000 }]);
  });

  it('an in-warranty replacement ships after the replacement list and waybill are checked; a failed check is told and holds it', () => {
    const failed: [RequisitionCommand, RequisitionFacts] = [new CheckReplacements('REQ-1', 'D0001', false, '更換清單缺少 R-0815', 'WB-OLD-1'), facts('2026-11-26')];
    expect(refusal([...reviewed, failed, [ship([{ lineNo: 2, quantity: 3 }]), facts('2026-11-27')]])).toMatchObject({ kind: 'conflict', field: 'lines[0].lineNo' });
    const passed: [RequisitionCommand, RequisitionFacts] = [new CheckReplacements('REQ-1', 'D0001', true, '清單與運單相符', 'WB-OLD-1'), facts('2026-11-27')];
    const { events } = run(...reviewed, failed, passed, [ship([{ lineNo: 2, quantity: 3 }]), facts('2026-11-27')]);
    expect(events.filter((e) => e.type === 'ReplacementsChecked').map((e) => (e.data as { passed: boolean }).passed)).toEqual([false, true]);
    expect(shipped(events)[0]?.lines[0]).toMatchObject({ supply: 'warranty', amountFen: 13_500 });
  });
});

describe('shipments', () => {
  const paidAndChecked: [RequisitionCommand, RequisitionFacts][] = [
    [submit(), facts('2026-11-25')], [approveAll, facts('2026-11-26')],
    [new RecordRequisitionPayment('REQ-1', 'D0001', 'BANK-1', 136_000, '2026-11-26'), facts('2026-11-26')],
    [new CheckReplacements('REQ-1', 'D0001', true, 'ok'), facts('2026-11-26')],
  ];
  const ship = (id: string, on: string, lines: { lineNo: number; quantity: number }[]) => new ShipParts('REQ-1', 'D0001', id, `WB-${id}`, on, lines);

  it('may be partial; each is priced by the price list of its shipping day, and is late after shipBy', () => {
    const later = new Map(PRICES).set('P-BELT', { ...BELT, unitPriceFen: 5_000 });
    const { events, state } = run(...paidAndChecked,
      [ship('S-1', '2026-11-29', [{ lineNo: 1, quantity: 2 }, { lineNo: 2, quantity: 1 }]), facts('2026-11-29')],
      [ship('S-2', '2026-12-02', [{ lineNo: 2, quantity: 2 }]), facts('2026-12-02', later)]);
    expect(shipped(events).map((s) => [s.shipmentId, s.late, s.lines.map((l) => [l.lineNo, l.quantity, l.unitPriceFen])])).toEqual([
      ['S-1', false, [[1, 2, 68_000], [2, 1, 4_500]]], ['S-2', true, [[2, 2, 5_000]]],
    ]);
    expect(statusOf(state)).toBe('shipped');
  });

  it('never ships more than approved and not yet shipped, nor on a day before the review or after today', () => {
    const first: [RequisitionCommand, RequisitionFacts] = [ship('S-1', '2026-11-27', [{ lineNo: 2, quantity: 2 }]), facts('2026-11-27')];
    expect(refusal([...paidAndChecked, first, [ship('S-2', '2026-11-27', [{ lineNo: 2, quantity: 2 }]), facts('2026-11-27')]]))
      .toMatchObject({ kind: 'invalid', field: 'lines[0].quantity', message: 'line 2 has 1 approved and not shipped' });
    expect(refusal([...paidAndChecked, [ship('S-1', '2026-11-25', [{ lineNo: 2, quantity: 1 }]), facts('2026-11-27')]])).toMatchObject({ field: 'shippedOn' });
    expect(refusal([...paidAndChecked, [ship('S-1', '2026-11-28', [{ lineNo: 2, quantity: 1 }]), facts('2026-11-27')]])).toMatchObject({ field: 'shippedOn' });
  });

  it('of an urgent requisition carry the carrier\'s freight difference from the price list, charged to the dealer', () => {
    const { events } = run([submit([sale], 'urgent', 'ems'), facts('2026-11-25')],
      [new ReviewRequisition('REQ-1', 'D0001', [{ lineNo: 1, approvedQuantity: 2 }]), facts('2026-11-25')],
      [new RecordRequisitionPayment('REQ-1', 'D0001', 'BANK-1', 136_000, '2026-11-25'), facts('2026-11-25')],
      [ship('S-1', '2026-11-26', [{ lineNo: 1, quantity: 2 }]), facts('2026-11-26')]);
    expect(shipped(events)[0]).toMatchObject({ carrier: 'ems', freightDifferenceFen: 3_000 });
  });

  it('the dealer confirms receipt of each shipment once, not before it left', () => {
    const shippedS1: [RequisitionCommand, RequisitionFacts] = [ship('S-1', '2026-11-27', [{ lineNo: 1, quantity: 2 }]), facts('2026-11-27')];
    const { events } = run(...paidAndChecked, shippedS1, [new ConfirmReceipt('REQ-1', 'D0001', 'S-1', '2026-11-29'), facts('2026-11-29')],
      [new ConfirmReceipt('REQ-1', 'D0001', 'S-1', '2026-11-29'), facts('2026-11-30')]);
    expect(events.filter((e) => e.type === 'ShipmentReceived')).toHaveLength(1);
    expect(refusal([...paidAndChecked, shippedS1, [new ConfirmReceipt('REQ-1', 'D0001', 'S-1', '2026-11-26'), facts('2026-11-29')]])).toMatchObject({ field: 'receivedOn' });
    expect(refusal([...paidAndChecked, shippedS1, [new ConfirmReceipt('REQ-1', 'D0001', 'S-9', '2026-11-29'), facts('2026-11-29')]])).toMatchObject({ kind: 'not-found' });
  });
});
