import { fifteenDigits, formatNumber, hasMoreThanCents } from './number-format';
import { chooseSheetKind, isDefaultSheetName } from './sheet-kind';

describe('a number as its cell format shows it', () => {
  it.each([
    [100 / 3, '0.00', '33.33'],
    [1234.5678, '#,##0.00', '1,234.57'],
    [1234.5678, '"¥"#,##0.00', '¥1,234.57'],
    [1234.5678, '[$¥-804]#,##0.00', '¥1,234.57'],
    [33.333, '#,##0.00"元"', '33.33元'],
    [-2.345, '0.00;[Red]-0.00', '-2.35'],
    [0.12345, '0.0%', '12.3%'],
    [2.5, '0', '3'],
  ])('%d in %s shows %s', (value, format, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });

  it('General or no format shows nothing of its own', () => {
    expect(formatNumber(1.2345, 'General')).toBeUndefined();
    expect(formatNumber(1.2345, undefined)).toBeUndefined();
  });

  it('an amount holding more than cents is told from one that does not, and shown as a spreadsheet shows it', () => {
    expect([hasMoreThanCents(1234.56), hasMoreThanCents(120.5), hasMoreThanCents(100 / 3)]).toEqual([false, false, true]);
    expect(fifteenDigits(33.33333333333334)).toBe('33.3333333333333');
  });
});

describe('which sheets of a workbook are read', () => {
  const sheet = (name: string, extra: { hidden?: boolean; kind?: 'repairs'; workbookSheets?: string[] } = {}) => ({
    sheet: name,
    records: [],
    workbookSheets: extra.workbookSheets ?? [name],
    ...extra,
  });

  it.each(['Sheet1', '工作表1', '工作表 2', 'sheet 3'])('%s is an office suite’s default name', (name) => {
    expect(isDefaultSheetName(name)).toBe(true);
  });

  it('a default-named sheet without a kind is read as the kind its header names; another name is skipped', () => {
    expect(chooseSheetKind(sheet('工作表1'), {}, 0)).toEqual({ read: true });
    expect(chooseSheetKind(sheet('備註'), {}, 0)).toEqual({ read: false, because: 'sheet-ignored' });
  });

  it('a hidden sheet is skipped, even named after a form, unless the caller names it', () => {
    expect(chooseSheetKind(sheet('維修月報表', { hidden: true, kind: 'repairs' }), {}, 0)).toEqual({ read: false, because: 'sheet-hidden' });
    expect(chooseSheetKind(sheet('舊資料', { hidden: true }), { sheets: { 舊資料: 'repairs' } }, 0)).toEqual({ read: true, kind: 'repairs' });
  });

  it('when the uploader chose a kind and no sheet is named after a form, then only the first sheet is read as it', () => {
    expect(chooseSheetKind(sheet('Sheet1'), { kind: 'parts' }, 0)).toEqual({ read: true, kind: 'parts' });
    expect(chooseSheetKind(sheet('Sheet2'), { kind: 'parts' }, 1)).toEqual({ read: false, because: 'sheet-ignored' });
  });
});
