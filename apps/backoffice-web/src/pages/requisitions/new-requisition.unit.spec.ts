import { dottedField, estimateOf, newLine, newRequisitionId, newShipmentId, PartPrice, submissionOf, withPurpose } from './new-requisition';
import { CLIENT_ID } from './requisition-types';

const PRICES = new Map<string, PartPrice>([
  ['P-BELT-630', { name: '字車皮帶', unitPriceFen: 4_529 }],
  ['P-HEAD-630', { name: '列印頭', unitPriceFen: 48_000 }],
  ['C-RIBBON', { name: '色帶', unitPriceFen: 29 }],
]);

describe('a new requisition', () => {
  it('makes its id once, from the day and random letters, as the API takes it', () => {
    const random = jest.fn().mockReturnValueOnce(0).mockReturnValueOnce(0.5).mockReturnValue(0.999);
    const id = newRequisitionId('2026-12-02', random);
    expect(id).toMatch(/^REQ-20261202-[0-9A-Z]{6}$/);
    expect(id).toBe('REQ-20261202-0HZZZZ');
    expect(CLIENT_ID.test(id)).toBe(true);
    expect(newShipmentId('2026-12-02')).toMatch(/^SHIP-20261202-[0-9A-Z]{6}$/);
    expect(newRequisitionId('2026-12-02')).not.toBe(newRequisitionId('2026-12-02'));
  });

  it('adds a part as one unit for stock, sold', () => {
    expect(newLine('P-BELT-630')).toEqual({ code: 'P-BELT-630', quantity: 1, purpose: 'stock', supply: 'sale' });
  });

  it('makes a stock line a sale without a repair record when its purpose changes', () => {
    const repair = { code: 'P-BELT-630', quantity: 1, purpose: 'repair' as const, repairRecordNo: 'R-1', supply: 'warranty' as const };
    expect(withPurpose(repair, 'stock')).toEqual({ code: 'P-BELT-630', quantity: 1, purpose: 'stock', supply: 'sale', repairRecordNo: undefined });
    expect(withPurpose(newLine('P-BELT-630'), 'repair')).toEqual({ ...newLine('P-BELT-630'), purpose: 'repair' });
  });

  it('sends the carrier only when urgent, the note and record numbers trimmed, a stock line always a sale', () => {
    const lines = [
      { code: 'P-HEAD-630', quantity: 2, purpose: 'stock' as const, repairRecordNo: 'left over', supply: 'warranty' as const },
      { code: 'P-BELT-630', quantity: 1, purpose: 'repair' as const, repairRecordNo: ' D0001-2026-09-001 ', supply: 'warranty' as const },
    ];
    expect(submissionOf({ requisitionId: 'REQ-1', dealerCode: 'D0001', urgency: 'monthly', carrier: 'ems', note: '  ', lines })).toEqual({
      requisitionId: 'REQ-1', urgency: 'monthly',
      lines: [
        { code: 'P-HEAD-630', quantity: 2, purpose: 'stock', supply: 'sale' },
        { code: 'P-BELT-630', quantity: 1, purpose: 'repair', repairRecordNo: 'D0001-2026-09-001', supply: 'warranty' },
      ],
    });
    expect(submissionOf({ requisitionId: 'REQ-2', dealerCode: 'D0002', urgency: 'urgent', carrier: 'ems', note: ' 急 ', lines: [] }))
      .toEqual({ requisitionId: 'REQ-2', urgency: 'urgent', carrier: 'ems', note: '急', lines: [] });
  });

  it('estimates exactly in fen: sale lines and one shipment’s freight; in-warranty replacements apart', () => {
    const estimate = estimateOf([
      { code: 'P-HEAD-630', quantity: 2, purpose: 'stock', supply: 'sale' },
      { code: 'P-BELT-630', quantity: 1, purpose: 'repair', supply: 'warranty' },
      { code: 'P-BELT-630', quantity: 3, purpose: 'repair', supply: 'sale' },
    ], PRICES, 3_000);
    expect(estimate).toEqual({ saleFen: 96_000n + 13_587n, warrantyFen: 4_529n, freightFen: 3_000n, totalFen: 96_000n + 13_587n + 3_000n, unpriced: 0 });
  });

  it('is exact where a float is not (29 fen times 3), and counts what it cannot price', () => {
    expect(estimateOf([{ code: 'C-RIBBON', quantity: 3, purpose: 'stock', supply: 'sale' }], PRICES).saleFen).toBe(87n);
    const estimate = estimateOf([{ code: 'P-UNKNOWN', quantity: 1 }, { code: 'P-HEAD-630', quantity: null }, {}], PRICES);
    expect(estimate).toEqual({ saleFen: 0n, warrantyFen: 0n, freightFen: 0n, totalFen: 0n, unpriced: 2 });
  });

  it('names a line’s problem as the form names its field', () => {
    expect(dottedField('lines[0].code')).toBe('lines.0.code');
    expect(dottedField('lines[12].repairRecordNo')).toBe('lines.12.repairRecordNo');
    expect(dottedField('carrier')).toBe('carrier');
  });
});
