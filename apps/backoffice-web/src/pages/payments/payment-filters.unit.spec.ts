import { filtersOf, paramsOf, quarterOfDate, queryOf, sortOf } from './payment-filters';

describe('the payments list’s filters in the address', () => {
  it('reads the filters and page, ignoring what is no dealer code, quarter or page size', () => {
    expect(filtersOf(new URLSearchParams('dealer=d0001&quarter=2026q4&page=3&size=50')))
      .toEqual({ dealerCode: 'D0001', quarter: '2026Q4', page: 3, pageSize: 50 });
    expect(filtersOf(new URLSearchParams('dealer=$ne&quarter=2026Q5&page=-2&size=7')))
      .toEqual({ dealerCode: undefined, quarter: undefined, page: 1, pageSize: 20 });
  });

  it('writes back only what differs from the defaults', () => {
    expect(paramsOf({ page: 1, pageSize: 20 })).toEqual({});
    expect(paramsOf({ dealerCode: 'D0001', quarter: '2026Q4', page: 2, pageSize: 100 }))
      .toEqual({ dealer: 'D0001', quarter: '2026Q4', page: '2', size: '100' });
  });

  it('keeps a known order in the address and asks the server for it', () => {
    const filters = filtersOf(new URLSearchParams('sort=-amountFen'));
    expect(filters.sort).toBe('-amountFen');
    expect(paramsOf(filters)).toEqual({ sort: '-amountFen' });
    expect(queryOf(filters)).toEqual({ sort: '-amountFen', skip: 0, limit: 20 });
    expect(filtersOf(new URLSearchParams('sort=paymentId')).sort).toBeUndefined();
  });

  it.each([
    ['amountFen', 'descend', '-amountFen'], ['receivedOn', 'ascend', 'receivedOn'], ['receivedOn', null, undefined], ['paymentId', 'ascend', undefined],
  ] as const)('the column %s sorted %s asks for %s', (field, order, sort) => expect(sortOf(field, order)).toBe(sort));

  it('asks the server for the page as skip and limit', () => {
    expect(queryOf({ dealerCode: 'D0001', page: 3, pageSize: 50 })).toEqual({ dealerCode: 'D0001', skip: 100, limit: 50 });
  });

  it.each([['2026-01-01', '2026Q1'], ['2026-03-31', '2026Q1'], ['2026-04-01', '2026Q2'], ['2026-12-01', '2026Q4']])(
    '%s is in %s', (date, quarter) => expect(quarterOfDate(date)).toBe(quarter));
});
