import { dealersQueryOf, listStateOf, searchParamsOf, sortOf, sortOrderOf } from './dealer-query';

describe('the dealers list state', () => {
  it('reads the URL, keeping only what the API accepts', () => {
    expect(listStateOf(new URLSearchParams('q=華南&region=south&sort=-name&page=3&pageSize=50'))).toEqual({
      q: '華南',
      region: 'south',
      sort: '-name',
      page: 3,
      pageSize: 50,
    });
    expect(listStateOf(new URLSearchParams('sort=--code&page=-1&pageSize=7'))).toEqual({ q: '', region: '', sort: 'code', page: 1, pageSize: 20 });
  });

  it('writes only what differs from the defaults', () => {
    expect(searchParamsOf({ q: '', region: 'east', sort: 'code', page: 1, pageSize: 20 }).toString()).toBe('region=east');
  });

  it('asks the API for the page as skip and limit, the search trimmed', () => {
    expect(dealersQueryOf({ q: ' D00 ', region: '', sort: '-registeredOn', page: 3, pageSize: 20 })).toEqual({
      q: 'D00',
      sort: '-registeredOn',
      skip: 40,
      limit: 20,
    });
  });

  it('maps the table sorter to the API sort and back', () => {
    expect(sortOf('name', 'descend')).toBe('-name');
    expect(sortOf('region', 'ascend')).toBe('region');
    expect(sortOf('name', null)).toBe('code');
    expect(sortOf('password', 'ascend')).toBe('code');
    expect(sortOrderOf('-name', 'name')).toBe('descend');
    expect(sortOrderOf('-name', 'code')).toBeNull();
  });
});
