import { classifyReturn, needsFailedRepair, ReturnFacts } from './return-class';
import { payerOf, ReturnCost } from './return-costs';

/** A unit received by the dealer on 2026-03-02 (DOA 7 days), sold 2026-03-10 (quality 15 days, warranty 12 months). */
const unit: Omit<ReturnFacts, 'reportedOn'> = {
  doa: { start: '2026-03-02', end: '2026-03-08' },
  quality: { start: '2026-03-10', end: '2026-03-24' },
  warranty: { start: '2026-03-10', end: '2027-03-09' },
  transportDamage: false,
};

describe('第五條: the class of a returned unit, from its coverage clocks', () => {
  it('is DOA within the DOA window, its last day included, unless damaged in transport', () => {
    expect(classifyReturn({ ...unit, reportedOn: '2026-03-02' })).toBe('doa');
    expect(classifyReturn({ ...unit, reportedOn: '2026-03-08' })).toBe('doa');
    expect(classifyReturn({ ...unit, reportedOn: '2026-03-08', transportDamage: true })).toBe('out-of-warranty');
  });

  it('is quality within the quality window from the sale, its last day included', () => {
    expect(classifyReturn({ ...unit, reportedOn: '2026-03-10' })).toBe('quality');
    expect(classifyReturn({ ...unit, reportedOn: '2026-03-24' })).toBe('quality');
    expect(classifyReturn({ ...unit, reportedOn: '2026-03-25' })).toBe('in-warranty');
  });

  it('is in warranty until the warranty\'s last day, out of warranty the day after', () => {
    expect(classifyReturn({ ...unit, reportedOn: '2027-03-09' })).toBe('in-warranty');
    expect(classifyReturn({ ...unit, reportedOn: '2027-03-10' })).toBe('out-of-warranty');
  });

  it('is out of warranty for a unit never sold, after its DOA window', () => {
    expect(classifyReturn({ doa: unit.doa, transportDamage: false, reportedOn: '2026-03-09' })).toBe('out-of-warranty');
  });

  it('returns DOA and quality units only after a failed repair the manufacturer confirmed', () => {
    expect([needsFailedRepair('doa'), needsFailedRepair('quality'), needsFailedRepair('in-warranty'), needsFailedRepair('out-of-warranty')]).toEqual([true, true, false, false]);
  });
});

describe('第五條: who pays each cost of a return', () => {
  const costs: ReturnCost[] = ['repair', 'freightToManufacturer', 'freightBack', 'refurbishmentParts'];
  it.each([
    ['doa', ['manufacturer', 'manufacturer', 'manufacturer', 'manufacturer']],
    ['quality', ['manufacturer', 'manufacturer', 'manufacturer', 'manufacturer']],
    ['in-warranty', ['none', 'dealer-fund', 'manufacturer', 'dealer-fund']],
    ['out-of-warranty', ['none', 'dealer-fund', 'dealer-fund', 'dealer-fund']],
  ] as const)('%s: repair, freight to the manufacturer, freight back, refurbishment parts', (returnClass, payers) => {
    expect(costs.map((cost) => payerOf(returnClass, cost))).toEqual(payers);
  });
});
