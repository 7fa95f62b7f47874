import type { Role, SessionUser } from '../../auth/roles';
import { actionsOf, maySubmitFor } from './requisition-roles';
import type { Requisition } from './requisition-types';

const user = (roles: Role[], dealerCode: string | null = null): SessionUser => ({ id: 'u', username: 'u', roles, dealerCode, source: 'password' });
const clerk = user(['parts-clerk']);
const finance = user(['finance']);
const dealer = user(['dealer'], 'D0001');
const auditor = user(['auditor']);

const base: Requisition = {
  requisitionId: 'REQ-1', dealerCode: 'D0001', urgency: 'monthly', carrier: 'standard', status: 'submitted', submittedOn: '2026-11-25',
  lines: [
    { lineNo: 1, code: 'P-1', name: 'Part', quantity: 2, purpose: 'stock', supply: 'sale', unitPriceFen: 1_000, shippedQuantity: 0 },
    { lineNo: 2, code: 'P-2', name: 'Part', quantity: 1, purpose: 'repair', repairRecordNo: 'R-1', supply: 'warranty', unitPriceFen: 500, shippedQuantity: 0 },
  ],
  saleDueFen: 0, paidFen: 0, awaitingPayment: false, awaitingCheck: false, payments: [], checks: [], shipments: [],
};
const approved: Requisition = {
  ...base, status: 'approved', reviewedOn: '2026-11-26', shipBy: '2026-11-29', saleDueFen: 2_000, awaitingPayment: true, awaitingCheck: true,
  lines: base.lines.map((line) => ({ ...line, approvedQuantity: line.quantity })),
};
const shipped: Requisition = {
  ...approved, status: 'shipped', paidFen: 2_000, awaitingPayment: false, awaitingCheck: false,
  checks: [{ checkedOn: '2026-11-26', passed: true, note: 'ok' }],
  lines: approved.lines.map((line) => ({ ...line, shippedQuantity: line.quantity })),
  shipments: [{ shipmentId: 'S-1', carrier: 'standard', waybillNo: 'SF1', shippedOn: '2026-11-27', lines: [], freightDifferenceFen: 0, late: false }],
};

describe('what a requisition offers each role', () => {
  it('the parts clerk reviews a submitted one; nobody else', () => {
    expect(actionsOf(clerk, base)).toEqual({ review: true, pay: false, check: false, ship: false, receive: false });
    expect(actionsOf(user(['admin']), base).review).toBe(true);
    for (const other of [finance, dealer, auditor]) expect(actionsOf(other, base).review).toBe(false);
  });

  it('once approved: finance or the clerk record the payment, the clerk checks and ships', () => {
    expect(actionsOf(clerk, approved)).toEqual({ review: false, pay: true, check: true, ship: true, receive: false });
    expect(actionsOf(finance, approved)).toEqual({ review: false, pay: true, check: false, ship: false, receive: false });
    expect(actionsOf(dealer, approved)).toEqual({ review: false, pay: false, check: false, ship: false, receive: false });
  });

  it('nothing is paid or checked again once done; nothing ships once all shipped; the dealer confirms its receipt', () => {
    expect(actionsOf(clerk, shipped)).toEqual({ review: false, pay: false, check: false, ship: false, receive: true });
    expect(actionsOf(dealer, shipped).receive).toBe(true);
    expect(actionsOf(user(['dealer'], 'D0002'), shipped).receive).toBe(false);
    expect(actionsOf(auditor, shipped).receive).toBe(false);
    const received = { ...shipped, shipments: shipped.shipments.map((s) => ({ ...s, receivedOn: '2026-11-28' })) };
    expect(actionsOf(dealer, received).receive).toBe(false);
  });

  it('a refused requisition offers nothing', () => {
    const refused = { ...approved, status: 'refused' as const, saleDueFen: 0, lines: base.lines.map((line) => ({ ...line, approvedQuantity: 0 })) };
    expect(actionsOf(clerk, refused)).toEqual({ review: false, pay: false, check: false, ship: false, receive: false });
  });

  it('a dealer user submits for its own dealer only; the clerk and admin for any; finance for none', () => {
    expect(maySubmitFor(dealer, 'D0001')).toBe(true);
    expect(maySubmitFor(dealer)).toBe(true);
    expect(maySubmitFor(dealer, 'D0001-S1')).toBe(false);
    expect(maySubmitFor(clerk, 'D0005')).toBe(true);
    expect(maySubmitFor(user(['admin']))).toBe(true);
    expect(maySubmitFor(finance)).toBe(false);
  });
});
