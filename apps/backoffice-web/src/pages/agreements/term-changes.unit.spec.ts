import { NEW_AGREEMENT_TERMS } from './agreement-terms';
import { termChanges } from './term-changes';

describe('the terms that changed between two versions', () => {
  it('names nothing when nothing changed', () => {
    expect(termChanges(NEW_AGREEMENT_TERMS, structuredClone(NEW_AGREEMENT_TERMS))).toEqual([]);
  });

  it('names each changed leaf by its path, and a list as one term', () => {
    const after = structuredClone(NEW_AGREEMENT_TERMS);
    after.serviceLevels.arrivalHours.far = 72;
    after.calendar.holidays = ['2027-10-01'];
    after.fundRateBp = 350;
    expect(termChanges(NEW_AGREEMENT_TERMS, after)).toEqual([
      { term: 'fundRateBp', before: 300, after: 350 },
      { term: 'serviceLevels.arrivalHours.far', before: 48, after: 72 },
      { term: 'calendar.holidays', before: [], after: ['2027-10-01'] },
    ]);
  });

  it('names the fund model’s terms that came and went with a switch of model', () => {
    const { fundRateBp: _r, partsQuotaBp: _q, carryAcrossYear: _c, ...common } = NEW_AGREEMENT_TERMS;
    const perUnit = { ...common, fundModel: 'per-unit' as const, allowancePerUnitFen: 15_000 };
    expect(termChanges(NEW_AGREEMENT_TERMS, perUnit).map((c) => c.term)).toEqual(
      ['fundModel', 'fundRateBp', 'partsQuotaBp', 'carryAcrossYear', 'allowancePerUnitFen']);
  });
});
