import { filtersOf, isFiltered, paramsOf, queryOf, requisitionPath } from './requisition-filters';

describe('the requisition queue’s filters in the address', () => {
  it('reads the filters and page, leaving out what is malformed', () => {
    expect(filtersOf(new URLSearchParams('dealer=d0001&status=approved&waiting=payment&overdue=true&page=2&size=50')))
      .toEqual({ dealerCode: 'D0001', status: 'approved', waiting: 'payment', overdue: true, page: 2, pageSize: 50 });
    expect(filtersOf(new URLSearchParams('dealer=$ne&status=lost&waiting=godot&overdue=yes&page=-1&size=7')))
      .toEqual({ overdue: false, page: 1, pageSize: 20 });
  });

  it('writes back only what differs from the defaults, and reads it again the same', () => {
    expect(paramsOf({ overdue: false, page: 1, pageSize: 20 })).toEqual({});
    const filters = { dealerCode: 'D0002', status: 'partly-shipped' as const, waiting: 'shipment' as const, overdue: true, page: 3, pageSize: 100 };
    const params = paramsOf(filters);
    expect(params).toEqual({ dealer: 'D0002', status: 'partly-shipped', waiting: 'shipment', overdue: 'true', page: '3', size: '100' });
    expect(filtersOf(new URLSearchParams(params))).toEqual(filters);
  });

  it('asks the server for the dealer with its sub-dealers (within), the page as skip and limit', () => {
    expect(queryOf({ dealerCode: 'D0001', waiting: 'check', overdue: true, page: 2, pageSize: 20 }))
      .toEqual({ within: 'D0001', waiting: 'check', overdue: 'true', skip: 20, limit: 20 });
    expect(queryOf({ overdue: false, page: 1, pageSize: 50 })).toEqual({ skip: 0, limit: 50 });
  });

  it('keeps a dealer’s own queue to the dealer its address names', () => {
    expect(queryOf({ dealerCode: 'D0009', overdue: false, page: 1, pageSize: 20 }, 'D0001')).toEqual({ within: 'D0001', skip: 0, limit: 20 });
  });

  it('says when a filter narrows the queue', () => {
    expect(isFiltered({ overdue: false, page: 4, pageSize: 20 })).toBe(false);
    expect(isFiltered({ overdue: true, page: 1, pageSize: 20 })).toBe(true);
    expect(isFiltered({ status: 'shipped', overdue: false, page: 1, pageSize: 20 })).toBe(true);
  });

  it('leads to a requisition by its dealer and id', () => {
    expect(requisitionPath('D0001', 'REQ-D0001-0001')).toBe('/dealers/D0001/requisitions/REQ-D0001-0001');
    expect(requisitionPath('D0001', 'REQ/2026:1')).toBe('/dealers/D0001/requisitions/REQ%2F2026%3A1');
  });
});
