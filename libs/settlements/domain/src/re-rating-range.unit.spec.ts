import { quartersToReRate } from './re-rating-range';

const v = (agreementVersion: number, validFrom: string, validTo: string) => ({ agreementVersion, validFrom, validTo });

describe('the quarters a newly signed version can re-rate', () => {
  it('given v1 for 2026-2027, when v2 starts 2026-07-01, then every quarter from 2026Q3 to the end of v1 (v2 supersedes v1 for good)', () => {
    expect(quartersToReRate([v(1, '2026-01-01', '2027-12-31'), v(2, '2026-07-01', '2026-12-31')], 2))
      .toEqual(['2026Q3', '2026Q4', '2027Q1', '2027Q2', '2027Q3', '2027Q4']);
  });

  it('none for the first version: no payment was recorded before it', () => {
    expect(quartersToReRate([v(1, '2026-01-01', '2026-12-31')], 1)).toEqual([]);
  });

  it('none for a renewal that starts after every earlier version ended', () => {
    expect(quartersToReRate([v(1, '2026-01-01', '2026-12-31'), v(2, '2027-01-01', '2027-12-31')], 2)).toEqual([]);
  });

  it('from the first earlier validFrom when the new version starts before it', () => {
    expect(quartersToReRate([v(1, '2026-07-01', '2027-03-31'), v(2, '2026-01-01', '2026-12-31')], 2))
      .toEqual(['2026Q3', '2026Q4', '2027Q1']);
  });

  it('reads only the versions up to the one signed, whatever else the list holds', () => {
    const versions = [v(1, '2026-01-01', '2026-12-31'), v(2, '2026-10-01', '2026-12-31'), v(3, '2027-01-01', '2029-12-31')];
    expect(quartersToReRate(versions, 2)).toEqual(['2026Q4']);
  });
});

describe('a version signed with a validity in an early year', () => {
  it('names the quarters from there on, not a RangeError (the re-rating consumer dead-lettered it)', () => {
    const versions = [
      { agreementVersion: 1, validFrom: '0561-09-30', validTo: '0562-03-31' },
      { agreementVersion: 2, validFrom: '0561-12-01', validTo: '0562-06-30' },
    ];
    expect(quartersToReRate(versions, 2)).toEqual(['0561Q4', '0562Q1']);
  });
});
