import { addMonths, matrixStateOf, monthsBetween, searchParamsOf, submissionsLink } from './matrix-range';

const state = (query: string) => matrixStateOf(new URLSearchParams(query), '2026-12-01');

describe('the matrix page\'s address', () => {
  it('shows the last six months up to this one when it names no range', () => {
    expect(state('')).toEqual({ from: '2026-07', to: '2026-12', page: 1 });
  });

  it('keeps the range, the region and the page it names', () => {
    expect(state('from=2026-01&to=2026-12&region=south&page=3')).toEqual({ from: '2026-01', to: '2026-12', region: 'south', page: 3 });
  });

  it('starts six months before a `to` alone, and ends six months after a `from` alone', () => {
    expect(state('to=2026-03')).toMatchObject({ from: '2025-10', to: '2026-03' });
    expect(state('from=2026-11')).toMatchObject({ from: '2026-11', to: '2027-04' });
  });

  it('cuts a range longer than twelve months, or backwards, to end at `to`; a malformed month is left out', () => {
    expect(state('from=2025-01&to=2026-12')).toMatchObject({ from: '2026-01', to: '2026-12' });
    expect(state('from=2026-12&to=2026-10')).toMatchObject({ from: '2026-10', to: '2026-10' });
    expect(state('from=2026-13&to=2026-12&page=x')).toEqual({ from: '2026-07', to: '2026-12', page: 1 });
  });

  it('writes back only what differs from the defaults, and counts months across a year', () => {
    expect(searchParamsOf({ from: '2026-07', to: '2026-12', page: 1 })).toEqual({ from: '2026-07', to: '2026-12' });
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthsBetween('2025-11', '2026-02')).toBe(4);
  });

  it('links a cell to the dealer\'s submissions of that month and kind', () => {
    expect(submissionsLink('D0001-S1', '2026-09', 'warranty-cards')).toBe('/dealers/D0001-S1/feeds?period=2026-09&kind=warranty-cards');
  });
});
