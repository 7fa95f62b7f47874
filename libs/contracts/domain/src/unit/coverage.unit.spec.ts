import { AgreementTerms } from '../agreement-terms';
import { coverageOn } from './coverage';
import { addDays, lastDayOfDays, lastDayOfMonths } from './warranty-calendar';

describe('the end of a clock of months (the sale day is covered, so is the day before its anniversary)', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-14'], ['2026-01-31', 1, '2026-02-28'], ['2026-01-29', 1, '2026-02-28'], ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'], ['2026-03-10', 12, '2027-03-09'], ['2026-11-30', 3, '2027-02-28'], ['2026-12-01', 1, '2026-12-31'], ['2026-03-10', 0, '2026-03-09'],
  ])('a clock started %s of %i months runs through %s', (start, months, end) => {
    expect(lastDayOfMonths(start, months)).toBe(end);
  });

  it('a window of days counts its first day: 7 days from 2026-02-26 run through 2026-03-04', () => {
    expect(lastDayOfDays('2026-02-26', 7)).toBe('2026-03-04');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

const TERMS: Pick<AgreementTerms, 'warranty' | 'returns'> = {
  warranty: { defaultMonths: 12, newSparePartsMonths: 3, componentOverrides: [{ component: 'print-head', months: 3 }], excludedCategories: ['used-parts', 'consumables'] },
  returns: { doaWindowDays: 7, qualityWindowDays: 15 },
};
const DELIVERY = { receivedOn: '2026-03-02' };
const SALE = { saleDate: '2026-03-10' };
const running = (on: string, terms = TERMS) => Object.fromEntries(coverageOn(on, DELIVERY, SALE, terms, undefined).clocks
  .map((c) => [c.component ?? c.clock, c.running]));

describe('a unit sold on 2026-03-10 under 12 months, print head 3 months, DOA 7 days, quality 15 days', () => {
  it('on the sale day every clock runs but the DOA window, which ran out 2026-03-08', () => {
    expect(running('2026-03-10')).toEqual({ doa: false, standard: true, 'print-head': true, quality: true });
  });

  it('the DOA window runs from the receipt through its 7th day', () => {
    expect(running('2026-03-08').doa).toBe(true);
    expect(running('2026-03-09').doa).toBe(false);
  });

  it('the quality window runs through 2026-03-24, not 03-25', () => {
    expect(running('2026-03-24').quality).toBe(true);
    expect(running('2026-03-25').quality).toBe(false);
  });

  it('the print head is covered through 2026-06-09, the unit through 2027-03-09', () => {
    expect(running('2026-06-09')['print-head']).toBe(true);
    expect(running('2026-06-10')['print-head']).toBe(false);
    expect(running('2027-03-09').standard).toBe(true);
    expect(running('2027-03-10').standard).toBe(false);
  });

  it('names new spare parts (from their fitting) and the exclusions', () => {
    const coverage = coverageOn('2026-04-01', DELIVERY, SALE, TERMS, undefined);
    expect(coverage).toMatchObject({ warrantyStarted: true, newSpareParts: { months: 3, from: 'fitting' }, excludedCategories: ['used-parts', 'consumables'] });
    expect(coverage.clocks.find((c) => c.clock === 'standard')).toEqual({ clock: 'standard', start: '2026-03-10', end: '2027-03-09', running: true, months: 12 });
  });
});

describe('a unit delivered and not sold', () => {
  it('shows the DOA window under the terms at the receipt, and says the warranty has not started', () => {
    const coverage = coverageOn('2026-03-03', DELIVERY, undefined, undefined, TERMS);
    expect(coverage.warrantyStarted).toBe(false);
    expect(coverage.clocks).toEqual([{ clock: 'doa', start: '2026-03-02', end: '2026-03-08', running: true, days: 7 }]);
  });
});
