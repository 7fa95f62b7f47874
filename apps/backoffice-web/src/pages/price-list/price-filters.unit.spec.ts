import { filtersOf, isCalendarDate, itemsQueryOf, paramsOf, versionsQueryOf } from './price-filters';

describe('the price list\'s filters in the address', () => {
  it('reads the view, search, kind, day, page and open line', () => {
    expect(filtersOf(new URLSearchParams('view=versions&q=%20列印頭%20&kind=labour&on=2026-07-01&page=3&size=50&item=P-1001'))).toEqual({
      view: 'versions', q: '列印頭', kind: 'labour', on: '2026-07-01', page: 3, pageSize: 50, item: 'P-1001',
    });
  });

  it('leaves out what is malformed, never sending it', () => {
    expect(filtersOf(new URLSearchParams('view=all&q=%20%20&kind=tool&on=2026-02-30&page=-2&size=7&item=$ne'))).toEqual({ view: 'items', page: 1, pageSize: 20 });
    expect(filtersOf(new URLSearchParams('on=20260701')).on).toBeUndefined();
    expect(filtersOf(new URLSearchParams(`q=${'x'.repeat(80)}`)).q).toHaveLength(64);
  });

  it('writes back only what differs from the defaults, and reads it again the same', () => {
    expect(paramsOf({ view: 'items', page: 1, pageSize: 20 })).toEqual({});
    const filters = { view: 'versions' as const, q: 'L-', kind: 'part' as const, on: '2027-01-01', page: 2, pageSize: 100, item: 'L-HEAD' };
    const params = paramsOf(filters);
    expect(params).toEqual({ view: 'versions', q: 'L-', kind: 'part', on: '2027-01-01', page: '2', size: '100', item: 'L-HEAD' });
    expect(filtersOf(new URLSearchParams(params))).toEqual(filters);
  });

  it('asks the server for the lines of the page as skip and limit, the day only when one was chosen', () => {
    expect(itemsQueryOf({ view: 'items', q: 'P-', kind: 'part', on: '2026-07-01', page: 3, pageSize: 50 }))
      .toEqual({ q: 'P-', kind: 'part', on: '2026-07-01', skip: 100, limit: 50 });
    expect(itemsQueryOf({ view: 'items', page: 1, pageSize: 20, item: 'P-1001' })).toEqual({ skip: 0, limit: 20 });
  });

  it('asks for the versions of the page', () => {
    expect(versionsQueryOf({ view: 'versions', q: 'ignored', page: 2, pageSize: 20 })).toEqual({ skip: 20, limit: 20 });
  });

  it.each([['2026-07-01', true], ['2028-02-29', true], ['2027-02-29', false], ['2026-13-01', false], ['2026-7-1', false], ['', false]])(
    '%s is a calendar date: %s', (text, yes) => expect(isCalendarDate(text)).toBe(yes));
});
