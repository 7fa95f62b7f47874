import 'reflect-metadata';
import { IsInt, Max, Min } from 'class-validator';
import { AgreementTermsV1 } from './contracts/agreement-terms.schema';
import { DealerRegisteredV1 } from './contracts/contracts.events';
import { IsCalendarDate, IsDealerCode, IsQuarter } from './domain-rules.validator';
import { NestedList } from './nested.validator';
import { IsText } from './text.validator';
import { isIanaTimeZone } from './time-zone.validator';
import { validatePlain } from './validation';

class Line { @IsText(100) operation!: string }
class Form {
  @IsText(10) name!: string;
  @IsText(10, { each: true }) tags!: string[];
  @IsInt({ message: 'amountFen must be an integer number of fen' }) @Min(1) @Max(1000) amountFen!: number;
  @NestedList(() => Line, 5) lines!: Line[];
}
const form = { name: 'ok', tags: ['a'], amountFen: 5, lines: [{ operation: 'x' }] };
const problems = (plain: object) => {
  const checked = validatePlain(Form, plain);
  return checked.ok ? [] : checked.problems;
};

describe('field rules shared by requests and published schemas', () => {
  it.each([
    ['NUL', 'a\u0000'], ['a tab', 'a\tb'], ['a line break', 'a\nb'], ['DEL', 'a\u007f'], ['a C1 control', 'a\u0085'], ['U+2028', 'a\u2028'],
  ])('text refuses %s', (_name, name) => {
    expect(problems({ ...form, name })).toEqual([{ field: 'name', reason: expect.stringMatching(/control characters/) }]);
  });

  it.each(['', ' ', '\u3000', ' \u00a0 '])('text refuses the blank %j', (name) => {
    expect(problems({ ...form, name })).toEqual([{ field: 'name', reason: 'name must not be blank' }]);
  });

  it('text in a list names the item', () => {
    expect(problems({ ...form, tags: ['a', ' '] })).toEqual([{ field: 'tags', reason: 'item 1 of tags must not be blank' }]);
  });

  it('a wrong type gets its one reason, a missing field "is required"', () => {
    expect(problems({ ...form, amountFen: 'abc' })).toEqual([{ field: 'amountFen', reason: 'amountFen must be an integer number of fen' }]);
    expect(problems({ ...form, amountFen: 5000 })).toEqual([{ field: 'amountFen', reason: 'amountFen must not be greater than 1000' }]);
    expect(problems({ ...form, amountFen: undefined })).toEqual([{ field: 'amountFen', reason: 'amountFen is required' }]);
    expect(problems({ ...form, name: 7 })).toEqual([{ field: 'name', reason: 'name must be text' }]);
  });

  it('a list of objects refuses a nested list and a list of scalars', () => {
    expect(problems({ ...form, lines: [[]] })).toEqual([{ field: 'lines', reason: 'each value in lines must be an object' }]);
    expect(problems({ ...form, lines: [1] }).map((p) => p.field)).toEqual(['lines']);
    expect(problems({ ...form, lines: [{ operation: ' ' }] })).toEqual([{ field: 'lines.0.operation', reason: 'operation must not be blank' }]);
  });

  it.each([['Asia/Shanghai', true], ['UTC', true], ['Etc/GMT-8', true], ['America/Argentina/Buenos_Aires', true],
    ['Mars/Base', false], ['+08:00', false], ['asia/shanghai', false], ['', false], [8, false]])('%j is an IANA time zone: %s', (zone, ok) => {
    expect(isIanaTimeZone(zone)).toBe(ok);
  });

  it('the published schemas use them: a section given as a list, an unknown zone', () => {
    const dealer = validatePlain(DealerRegisteredV1, { code: 'D1', name: 'x', region: 'north', timeZone: 'Mars/Base' });
    expect(dealer.ok ? [] : dealer.problems.map((p) => p.field)).toEqual(['timeZone']);
    const terms = validatePlain(AgreementTermsV1, { fundModel: 'per-unit', allowancePerUnitFen: 1, returns: [] });
    expect(terms.ok ? [] : terms.problems.find((p) => p.field === 'returns')).toEqual({ field: 'returns', reason: 'returns must be an object' });
  });

  it('a dealer code, a quarter and a date are refused with the one reason each rule gives, wherever they are used', () => {
    class Dated {
      @IsDealerCode() code!: string;
      @IsQuarter() quarter!: string;
      @IsCalendarDate() on!: string;
      @IsCalendarDate({ each: true }) holidays!: string[];
    }
    const checked = validatePlain(Dated, { code: 'd1', quarter: '2026Q5', on: '2026-02-30', holidays: ['2026-01-01', '2026-13-01'] });
    expect(checked.ok ? [] : checked.problems).toEqual([
      { field: 'code', reason: 'code must be a dealer code: 2-32 upper-case letters, digits or dashes' },
      { field: 'quarter', reason: 'quarter must be a quarter written like 2026Q3' },
      { field: 'on', reason: 'on must be a real date written YYYY-MM-DD' },
      { field: 'holidays', reason: 'each value in holidays must be a real date written YYYY-MM-DD' },
    ]);
    const valid = validatePlain(Dated, { code: 'D-1', quarter: '2026Q3', on: '2028-02-29', holidays: [] });
    expect(valid.ok ? [] : valid.problems).toEqual([]);
  });
});
