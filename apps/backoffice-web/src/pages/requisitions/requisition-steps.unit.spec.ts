import {
  decisionProblem, isOverdue, openUnitsOf, outstandingFen, quotedFen, reviewDefaults, reviewOf, reviewOutcome, shipmentField, shipmentOf, shipmentRows,
  shipmentTotalFen,
} from './requisition-steps';
import type { Requisition, RequisitionLine } from './requisition-types';

const line = (lineNo: number, more: Partial<RequisitionLine> = {}): RequisitionLine => ({
  lineNo, code: `P-${lineNo}`, name: `Part ${lineNo}`, quantity: 4, purpose: 'stock', supply: 'sale', unitPriceFen: 1_000, shippedQuantity: 0, ...more,
});

const requisition = (more: Partial<Requisition> = {}): Requisition => ({
  requisitionId: 'REQ-1', dealerCode: 'D0001', urgency: 'monthly', carrier: 'standard', status: 'approved', submittedOn: '2026-11-25',
  lines: [], saleDueFen: 0, paidFen: 0, awaitingPayment: false, awaitingCheck: false, payments: [], checks: [], shipments: [], ...more,
});

describe('the review', () => {
  const lines = [line(1, { quantity: 20 }), line(2, { quantity: 4 })];

  it('opens with every line approved as asked, without reasons', () => {
    expect(reviewDefaults(lines)).toEqual([{ lineNo: 1, approvedQuantity: 20, reason: '' }, { lineNo: 2, approvedQuantity: 4, reason: '' }]);
    expect(reviewOutcome(lines, reviewDefaults(lines))).toBe('whole');
  });

  it.each([
    [{ approvedQuantity: 20 }, undefined],
    [{ approvedQuantity: 12, reason: '色帶庫存不足' }, undefined],
    [{ approvedQuantity: 0, reason: '停產' }, undefined],
    [{ approvedQuantity: 12 }, 'reason'],
    [{ approvedQuantity: 12, reason: '   ' }, 'reason'],
    [{ approvedQuantity: 21 }, 'range'],
    [{ approvedQuantity: -1 }, 'range'],
    [{ approvedQuantity: 1.5 }, 'range'],
    [{ approvedQuantity: null }, 'required'],
    [{}, 'required'],
  ])('asked 20, decided %j: %s', (decision, problem) => expect(decisionProblem(20, decision)).toBe(problem));

  it('sends one decision per line, a reason only where it was given', () => {
    expect(reviewOf([{ lineNo: 1, approvedQuantity: 12, reason: ' 色帶庫存不足 ' }, { lineNo: 2, approvedQuantity: 4, reason: '' }]))
      .toEqual({ decisions: [{ lineNo: 1, approvedQuantity: 12, reason: '色帶庫存不足' }, { lineNo: 2, approvedQuantity: 4 }] });
  });

  it('says what the review makes of the requisition', () => {
    expect(reviewOutcome(lines, [{ lineNo: 1, approvedQuantity: 12 }, { lineNo: 2, approvedQuantity: 4 }])).toBe('part');
    expect(reviewOutcome(lines, [{ lineNo: 1, approvedQuantity: 0 }, { lineNo: 2, approvedQuantity: 0 }])).toBe('refused');
    expect(reviewOutcome(lines, [{ lineNo: 2, approvedQuantity: 4 }])).toBe('part');
  });
});

describe('shipping', () => {
  const approved = requisition({
    lines: [
      line(1, { approvedQuantity: 4, shippedQuantity: 1 }),
      line(2, { approvedQuantity: 2, shippedQuantity: 2 }),
      line(3, { purpose: 'repair', supply: 'warranty', repairRecordNo: 'R-1', quantity: 1, approvedQuantity: 1 }),
      line(4, { approvedQuantity: 0, reason: '停產' }),
    ],
    shipBy: '2026-11-29',
  });

  it('counts the units approved and not shipped', () => expect(openUnitsOf(approved)).toBe(4));

  it('is overdue when the ship-by day passed with units to ship', () => {
    expect(isOverdue(approved, 4, '2026-11-30')).toBe(true);
    expect(isOverdue(approved, 4, '2026-11-29')).toBe(false);
    expect(isOverdue(approved, 0, '2026-12-30')).toBe(false);
    expect(isOverdue(requisition(), 4, '2026-12-30')).toBe(false);
  });

  it('opens with every open line, all of it when it may ship now and none while it waits', () => {
    expect(shipmentRows({ ...approved, awaitingCheck: true })).toEqual([
      { lineNo: 1, open: 3, quantity: 3 },
      { lineNo: 3, open: 1, quantity: 0, waitsFor: 'check' },
    ]);
    const paidAndChecked = { ...approved, checks: [{ checkedOn: '2026-11-26', passed: false, note: 'no' }, { checkedOn: '2026-11-27', passed: true, note: 'ok' }] };
    expect(shipmentRows(paidAndChecked).map((row) => row.quantity)).toEqual([3, 1]);
    expect(shipmentRows({ ...approved, awaitingPayment: true })[0]).toEqual({ lineNo: 1, open: 3, quantity: 0, waitsFor: 'payment' });
  });

  it('sends only the lines that ship, and puts the API’s problems beside the row they came from', () => {
    const { body, rowOf } = shipmentOf({ shipmentId: 'SHIP-1', waybillNo: ' SF123 ', shippedOn: '2026-12-02',
      rows: [{ lineNo: 1, quantity: 0 }, { lineNo: 3, quantity: 1 }, { lineNo: 5, quantity: 2 }] });
    expect(body).toEqual({ shipmentId: 'SHIP-1', waybillNo: 'SF123', shippedOn: '2026-12-02', lines: [{ lineNo: 3, quantity: 1 }, { lineNo: 5, quantity: 2 }] });
    expect(rowOf).toEqual([1, 2]);
    expect(shipmentField('lines[1].quantity', rowOf)).toBe('rows.2.quantity');
    expect(shipmentField('lines[0].lineNo', rowOf)).toBe('rows.1.quantity');
    expect(shipmentField('lines[7].quantity', rowOf)).toBe('lines[7].quantity');
    expect(shipmentField('waybillNo', rowOf)).toBe('waybillNo');
  });

  it('totals a shipment exactly: its lines and the freight difference', () => {
    const lines = [{ lineNo: 1, code: 'P-1', quantity: 3, supply: 'sale' as const, unitPriceFen: 29, amountFen: 87 }];
    expect(shipmentTotalFen({ lines, freightDifferenceFen: 3_000 })).toBe(3_087n);
    expect(quotedFen({ unitPriceFen: 29 }, 3)).toBe(87n);
  });
});

describe('payment', () => {
  it('leaves what is still due, never below zero', () => {
    expect(outstandingFen({ saleDueFen: 136_000, paidFen: 36_000 })).toBe(100_000);
    expect(outstandingFen({ saleDueFen: 136_000, paidFen: 200_000 })).toBe(0);
  });
});
