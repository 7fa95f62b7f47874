import { knownReason, namePathOf, placeProblems } from './problem-reasons';
import { problemOf } from './problem';

describe('API problems in the UI', () => {
  it('recognises the validators reasons people meet most', () => {
    expect(knownReason({ field: 'name', reason: 'name is required' })).toEqual({ key: 'problems:required', values: { field: 'name' } });
    expect(knownReason({ field: 'amountFen', reason: 'amountFen must not be less than 1' })).toEqual({
      key: 'problems:min',
      values: { field: 'amountFen', limit: '1' },
    });
    expect(knownReason({ field: 'name', reason: 'name must not be blank' })?.key).toBe('problems:blank');
    expect(knownReason({ field: 'hotline', reason: 'hotline must be at most 50 characters' })).toEqual({
      key: 'problems:maxLength',
      values: { field: 'hotline', limit: '50' },
    });
    expect(knownReason({ field: 'region', reason: 'region zz is not a configured region (north, east)' })?.key).toBe('problems:region');
    expect(knownReason({ field: 'code', reason: 'code must be a dealer code: 2-32 upper-case letters, digits or dashes' })?.key).toBe(
      'problems:dealerCode',
    );
  });

  it('recognises the dealer refusals of the contracts domain, with the dealer they name', () => {
    expect(knownReason({ field: 'parentDealerCode', reason: 'parent dealer D9999 is not registered' })).toEqual({
      key: 'problems:notRegistered',
      values: { field: 'parentDealerCode', code: 'D9999' },
    });
    expect(knownReason({ field: 'code', reason: 'dealer D0001 is already registered with other details' })?.key).toBe('problems:registeredOtherwise');
    expect(knownReason({ field: 'file', reason: 'the file is not a readable XLSX workbook (corrupt-xlsx: not a zip archive)' })?.key).toBe('problems:notXlsx');
  });

  it('recognises a version dated before the latest one (the price list), with that version and its day', () => {
    const reason = 'effectiveFrom 2026-05-01 is before 2026-11-01, when version 3 took effect: a new version takes effect on or after the latest one';
    expect(knownReason({ field: 'effectiveFrom', reason })).toEqual({
      key: 'problems:beforeLatestVersion',
      values: { field: 'effectiveFrom', latest: '2026-11-01', version: '3' },
    });
  });

  it('leaves any other reason to be shown as the server wrote it', () => {
    expect(knownReason({ field: 'validTo', reason: 'validTo must follow validFrom' })).toBeUndefined();
  });

  it('puts problems beside the form fields they name and the rest in the banner', () => {
    const problems = [
      { field: 'name', reason: 'name is required' },
      { field: 'terms.fundRateBp', reason: 'x' },
      { field: 'signedAt', reason: 'y' },
    ];
    expect(placeProblems(problems, ['name', 'terms.fundRateBp'])).toEqual({ beside: problems.slice(0, 2), banner: problems.slice(2) });
  });

  it('turns an API field into an antd name path', () => {
    expect(namePathOf('name')).toEqual(['name']);
    expect(namePathOf('terms.fundRateBp')).toEqual(['terms', 'fundRateBp']);
    expect(namePathOf('rows[2].code')).toEqual(['rows', 2, 'code']);
  });

  it('reads a problem body, and makes one from the status when the body is none', () => {
    const body = { statusCode: 400, message: 'The request is invalid', problems: [{ field: 'code', reason: 'r' }, { nonsense: 1 }] };
    expect(problemOf(400, body)).toEqual({ statusCode: 400, message: 'The request is invalid', problems: [{ field: 'code', reason: 'r' }] });
    expect(problemOf(502, '<html>')).toEqual({ statusCode: 502, message: 'HTTP 502', problems: [] });
  });
});
