import { evidenceLink, filtersOf, paramsOf, queryOf } from './flag-filters';

const FLAG = '3f1c0a9e2b7d4c5a6e8f9012';

describe('the flags list in the address', () => {
  it('reads the dealer, month, rule, status, page and open flag, and writes them back the same', () => {
    const params = new URLSearchParams(`dealer=d0001&period=2026-09&rule=parts-without-repair&status=open&page=3&flag=D0001~${FLAG}`);
    const filters = filtersOf(params);
    expect(filters).toEqual({ dealerCode: 'D0001', period: '2026-09', rule: 'parts-without-repair', status: 'open', page: 3, open: { dealerCode: 'D0001', flagId: FLAG } });
    expect(paramsOf(filters)).toEqual({ dealer: 'D0001', period: '2026-09', rule: 'parts-without-repair', status: 'open', page: '3', flag: `D0001~${FLAG}` });
  });

  it('leaves out what is malformed rather than sending it', () => {
    expect(filtersOf(new URLSearchParams('dealer=d 1&period=2026-13&rule=other&status=closed&page=-2&flag=D0001~xyz'))).toEqual({ page: 1 });
  });

  it('asks the server for one page of 20', () => {
    expect(queryOf({ status: 'open', page: 2 })).toEqual({ status: 'open', skip: 20, limit: 20 });
  });
});

describe('an evidence row leads', () => {
  it('to the submission of the dealer that holds the row', () => {
    expect(evidenceLink({ source: 'feed', dealerCode: 'D0004', submissionId: 'S-1', key: 'C-9' }, 'D0001', true)).toBe('/dealers/D0004/feeds/S-1');
    expect(evidenceLink({ source: 'feed', submissionId: 'S-1', key: 'C-9' }, 'D0001', true)).toBe('/dealers/D0001/feeds/S-1');
  });
  it('to the unit for a contracts fact about a serial, nowhere for a record number', () => {
    expect(evidenceLink({ source: 'contracts', key: 'SN 1' }, 'D0001', true)).toBe('/units/SN%201');
    expect(evidenceLink({ source: 'contracts', key: 'R-7' }, 'D0001', false)).toBeUndefined();
  });
});
