import { DEFAULT_TERMS, withDefaultTerms } from './agreement-defaults';

const REVENUE_SHARE = { fundModel: 'revenue-share', fundRateBp: 300, partsQuotaBp: 200, carryAcrossYear: true } as const;

describe('the terms an agreement leaves out are the agreements\' defaults (docs/domain.md "Agreements and their versions")', () => {
  const terms = withDefaultTerms(REVENUE_SHARE);

  it('given an agreement that states only its fund terms, then its fund terms are those it states', () => {
    expect(terms).toMatchObject({ fundModel: 'revenue-share', fundRateBp: 300, partsQuotaBp: 200, carryAcrossYear: true });
  });

  it('given no warranty stated, then a unit has 12 months from the sale, new spare parts 12, used parts and consumables none (第四條 1)', () => {
    expect(terms.warranty).toEqual({ defaultMonths: 12, newSparePartsMonths: 12, componentOverrides: [], excludedCategories: ['used-parts', 'consumables'] });
  });

  it('given no service levels stated, then: an answer within 30 minutes, resolved in 8 working hours (complex: 3 working days), on site in 2/12/48 hours by region class, a loaner after 2 working days for at most 15', () => {
    expect(terms.serviceLevels).toEqual({ firstResponseMinutes: 30, resolutionWorkingHours: 8, complexResolutionWorkingDays: 3,
      arrivalHours: { local: 2, near: 12, far: 48 }, loanerAfterWorkingDays: 2, loanerMaxDays: 15 });
  });

  it('given no working calendar stated, then Monday to Friday 09:00-18:00 in Asia/Shanghai, without holidays until they are configured', () => {
    expect(terms.calendar).toEqual({ workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '18:00', holidays: [], adjustedWorkingDays: [], timeZone: 'Asia/Shanghai' });
  });

  it('given no fee schedule stated, then a reinstall costs 300.00 (single user) or 500.00 (network), the first one free, and a training place beyond the free ones 800.00', () => {
    expect(terms.feeSchedule).toEqual([
      { operation: 'reinstall-single-user', feeFen: 30_000, freeQuota: 1 }, { operation: 'reinstall-network', feeFen: 50_000, freeQuota: 1 },
      { operation: 'training-place', feeFen: 80_000, freeQuota: 0 }]);
  });

  it('given an agreement that states some service levels, then those replace the defaults and the others stay', () => {
    const stated = withDefaultTerms(REVENUE_SHARE, { serviceLevels: { firstResponseMinutes: 60, arrivalHours: { local: 2, near: 12, far: 72 } } });
    expect(stated.serviceLevels).toEqual({ ...DEFAULT_TERMS.serviceLevels, firstResponseMinutes: 60, arrivalHours: { local: 2, near: 12, far: 72 } });
  });

  it('given an agreement that states a list (territory, holidays), then the list replaces the default whole', () => {
    const stated = withDefaultTerms(REVENUE_SHARE, { territory: ['廣州'], calendar: { holidays: ['2026-10-01', '2026-10-02'] } });
    expect({ territory: stated.territory, holidays: stated.calendar.holidays }).toEqual({ territory: ['廣州'], holidays: ['2026-10-01', '2026-10-02'] });
  });

  it('given a per-unit agreement, then it holds its allowance and none of the revenue-share terms', () => {
    const perUnit = withDefaultTerms({ fundModel: 'per-unit', allowancePerUnitFen: 5_000 });
    expect({ fundModel: perUnit.fundModel, allowancePerUnitFen: perUnit.allowancePerUnitFen, fundRateBp: perUnit.fundRateBp })
      .toEqual({ fundModel: 'per-unit', allowancePerUnitFen: 5_000, fundRateBp: undefined });
  });

  it('never shares a default with the agreement it fills: changing one agreement\'s terms leaves the defaults as they were', () => {
    const filled = withDefaultTerms(REVENUE_SHARE);
    filled.serviceLevels.arrivalHours.far = 1;
    expect(DEFAULT_TERMS.serviceLevels.arrivalHours.far).toBe(48);
  });
});
