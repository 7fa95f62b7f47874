import { cardReturnRate, monthsBetween } from './return-rate';

describe('the warranty-card return rate (cards received / units sold)', () => {
  it.each([[7, 8, 87.5], [1, 3, 33.3], [2, 3, 66.7], [1, 8, 12.5], [0, 5, 0], [5, 5, 100], [1, 2000, 0.1], [1, 2001, 0]])(
    '%i cards of %i units sold is %d percent, with both counts', (cards, sold, percent) => {
      expect(cardReturnRate(cards, sold)).toEqual({ cards, unitsSold: sold, percent });
    });

  it('is no percent when nothing was sold', () => {
    expect(cardReturnRate(2, 0)).toEqual({ cards: 2, unitsSold: 0, percent: null });
  });
});

describe('the months of a sales report', () => {
  it('runs from the first month through the last, across a year', () => {
    expect(monthsBetween('2026-11', '2027-02', 36)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('refuses a reversed or too long range naming to', () => {
    expect(() => monthsBetween('2026-03', '2026-02', 36)).toThrow(/not be before/);
    expect(() => monthsBetween('2026-01', '2029-01', 36)).toThrow(/at most 36/);
  });
});
