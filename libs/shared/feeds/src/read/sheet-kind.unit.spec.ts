import { chooseSheetKind, isDefaultSheetName } from './sheet-kind';

describe('which sheets of a workbook are read', () => {
  const sheet = (name: string, extra: { hidden?: boolean; kind?: 'repairs'; workbookSheets?: string[] } = {}) => ({
    sheet: name,
    records: (async function* () {
      yield* [];
    })(),
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
