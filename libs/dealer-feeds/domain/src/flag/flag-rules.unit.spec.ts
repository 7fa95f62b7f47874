import { knownUnitRepairVerdicts, recordVerdict, RowFact, serialFinding, serialVerdicts, UnitFact } from './flag-rules';

const row = (dealerCode: string, kind: RowFact['kind'], key: string, more: Partial<RowFact> = {}): RowFact => ({
  dealerCode, period: '2026-09', kind, key, submissionId: `feed-${dealerCode}-2026-09-${kind}`, version: 1, withdrawn: false, ...more,
});
const unknown: UnitFact = { serialNo: 'SN-1', registered: false, manualCards: [] };
const deliveredTo = (dealerCode: string, receivedOn = '2026-08-01'): UnitFact => ({ ...unknown, delivery: { dealerCode, receivedOn } });
// D0002-S1 is a sub-dealer of D0002.
const parentOf = (code: string) => (code === 'D0002-S1' ? 'D0002' : undefined);
const keys = (f?: { evidence: { key: string }[] }) => f?.evidence.map((e) => e.key);

describe('repair-on-unknown-serial', () => {
  const repair = row('D0001', 'repairs', 'R-1', { serialNo: 'SN-1', recordNo: 'R-1' });
  it('flags a repair on a serial never delivered nor registered, with the repair row and the missing fact as evidence', () => {
    expect(serialFinding('repair-on-unknown-serial', 'D0001', unknown, [repair], parentOf)).toEqual({ period: '2026-09', evidence: [
      { source: 'feed', dealerCode: 'D0001', submissionId: 'feed-D0001-2026-09-repairs', version: 1, kind: 'repairs', key: 'R-1' },
      { source: 'contracts', key: 'SN-1', detail: 'never delivered nor registered' },
    ] });
  });
  it('is settled by a delivery to any dealer, a registration, or a warranty card in any feed', () => {
    expect(serialFinding('repair-on-unknown-serial', 'D0001', deliveredTo('D0003'), [repair], parentOf)).toBeUndefined();
    expect(serialFinding('repair-on-unknown-serial', 'D0001', { ...unknown, registered: true }, [repair], parentOf)).toBeUndefined();
    expect(serialFinding('repair-on-unknown-serial', 'D0001', unknown, [repair, row('D0004', 'warranty-cards', 'C-1', { serialNo: 'SN-1' })], parentOf)).toBeUndefined();
  });
  it('is settled when the repairs row is withdrawn', () => {
    expect(serialFinding('repair-on-unknown-serial', 'D0001', unknown, [{ ...repair, withdrawn: true }], parentOf)).toBeUndefined();
  });
  it('finds nothing for the dealers that repaired a delivered or registered unit, without their rows', () => {
    const verdicts = [{ flag: { flagId: expect.any(String), dealerCode: 'D0001', rule: 'repair-on-unknown-serial', subject: 'SN-1' } },
      { flag: { flagId: expect.any(String), dealerCode: 'D0004', rule: 'repair-on-unknown-serial', subject: 'SN-1' } }];
    expect(knownUnitRepairVerdicts(deliveredTo('D0003'), ['repair-on-unknown-serial'], ['D0004', 'D0001'])).toEqual(verdicts);
    expect(knownUnitRepairVerdicts({ ...unknown, registered: true }, ['repair-on-unknown-serial'], ['D0004', 'D0001'])).toEqual(verdicts);
    // the same verdicts as on every row of the serial
    expect(knownUnitRepairVerdicts(deliveredTo('D0003'), ['repair-on-unknown-serial'], ['D0001']))
      .toEqual(serialVerdicts(deliveredTo('D0003'), [repair], parentOf, ['repair-on-unknown-serial']));
  });
  it('decides nothing for a serial no rule looks at (a parts row\'s), as the rows would', () => {
    expect(knownUnitRepairVerdicts(unknown, [], ['D0001'])).toEqual([]);
    expect(serialVerdicts(unknown, [row('D0001', 'parts', 'R-1|P-1', { serialNo: 'SN-1' })], parentOf, [])).toEqual([]);
  });
  it('leaves to the rows an unknown unit (a card in a feed may settle it), and the other rules', () => {
    expect(knownUnitRepairVerdicts(unknown, ['repair-on-unknown-serial'], ['D0001'])).toBeUndefined();
    expect(knownUnitRepairVerdicts(deliveredTo('D0003'), ['repair-on-unknown-serial', 'dated-before-delivery'], ['D0001'])).toBeUndefined();
  });
});

describe('card-for-other-dealers-unit', () => {
  const card = (dealerCode: string) => row(dealerCode, 'warranty-cards', 'C-1', { serialNo: 'SN-1', saleDate: '2026-09-02' });
  it('flags a card for a serial delivered to another dealer, naming the delivery', () => {
    expect(serialFinding('card-for-other-dealers-unit', 'D0001', deliveredTo('D0003'), [card('D0001')], parentOf)?.evidence[1])
      .toEqual({ source: 'contracts', key: 'SN-1', detail: 'delivered to D0003 on 2026-08-01' });
  });
  it('does not flag a sub-dealer\'s unit carded by its parent, nor the reverse', () => {
    expect(serialFinding('card-for-other-dealers-unit', 'D0002', deliveredTo('D0002-S1'), [card('D0002')], parentOf)).toBeUndefined();
    expect(serialFinding('card-for-other-dealers-unit', 'D0002-S1', deliveredTo('D0002'), [card('D0002-S1')], parentOf)).toBeUndefined();
  });
});

describe('dated-before-delivery', () => {
  it('flags a sale or a card dated before the unit was delivered, and not one dated on the day', () => {
    const rows = [row('D0001', 'sales', 'SN-1', { serialNo: 'SN-1', saleDate: '2026-07-31' }),
      row('D0001', 'warranty-cards', 'C-1', { serialNo: 'SN-1', saleDate: '2026-08-01' })];
    const f = serialFinding('dated-before-delivery', 'D0001', deliveredTo('D0001'), rows, parentOf);
    expect(f?.evidence[0]).toMatchObject({ kind: 'sales', key: 'SN-1', detail: 'sale_date 2026-07-31' });
    expect(keys(f)).toEqual(['SN-1', 'SN-1']); // the sales row and the delivery
    expect(serialFinding('dated-before-delivery', 'D0001', unknown, rows, parentOf)).toBeUndefined();
  });
});

describe('serial-carded-by-two-dealers', () => {
  const cards = [row('D0001', 'warranty-cards', 'C-1', { serialNo: 'SN-1' }), row('D0004', 'warranty-cards', 'C-9', { serialNo: 'SN-1', period: '2026-10' })];
  it('flags each dealer that carded the serial, its own cards first, in the month of its own card', () => {
    const verdicts = serialVerdicts(unknown, cards, parentOf, ['serial-carded-by-two-dealers']);
    expect(verdicts.map((v) => [v.flag.dealerCode, v.finding?.period, keys(v.finding)])).toEqual([
      ['D0001', '2026-09', ['C-1', 'C-9']], ['D0004', '2026-10', ['C-9', 'C-1']],
    ]);
  });
  it('counts a card entered by hand, and is settled when one card is withdrawn', () => {
    const manual = { ...unknown, manualCards: [{ dealerCode: 'D0005', cardNo: 'M-1', saleDate: '2026-09-05' }] };
    expect(serialFinding('serial-carded-by-two-dealers', 'D0005', manual, cards.slice(0, 1), parentOf)?.period).toBe('2026-09');
    expect(serialFinding('serial-carded-by-two-dealers', 'D0001', unknown, [cards[0], { ...cards[1], withdrawn: true }], parentOf)).toBeUndefined();
  });
});

describe('parts-without-repair', () => {
  const parts = row('D0001', 'parts', 'R-7|P-100', { recordNo: 'R-7' });
  it('flags parts replaced under a record_no no repair of the dealer carries', () => {
    expect(recordVerdict('D0001', 'R-7', [parts]).finding?.evidence).toEqual([expect.objectContaining({ kind: 'parts', key: 'R-7|P-100' })]);
    expect(recordVerdict('D0001', 'R-7', [parts, row('D0002', 'repairs', 'R-7', { recordNo: 'R-7' })]).finding).toBeDefined();
  });
  it('is settled by the dealer\'s repairs row, raised again when that row is withdrawn', () => {
    const repair = row('D0001', 'repairs', 'R-7', { recordNo: 'R-7', period: '2026-08' });
    expect(recordVerdict('D0001', 'R-7', [parts, repair]).finding).toBeUndefined();
    expect(recordVerdict('D0001', 'R-7', [parts, { ...repair, withdrawn: true }]).finding).toBeDefined();
  });
});
