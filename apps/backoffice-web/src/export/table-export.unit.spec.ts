import { toCsv } from './table-export';

describe('a table exported to CSV', () => {
  const table = {
    sheetName: 'dealers',
    headers: ['代碼', '名稱', 'region'],
    rows: [
      ['D0001', '華南辦公設備有限公司', 'south'],
      ['D0002', 'Smith, "Jones" & Co', null],
    ],
  };

  it('is UTF-8 text that starts with a byte order mark, so Excel keeps the Chinese', () => {
    const csv = toCsv(table);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1).split('\r\n')).toEqual(['代碼,名稱,region', 'D0001,華南辦公設備有限公司,south', 'D0002,"Smith, ""Jones"" & Co",']);
  });

  it('never lets a cell run as a spreadsheet formula', () => {
    const csv = toCsv({ sheetName: 'x', headers: ['name'], rows: [['=HYPERLINK("http://evil")'], ['+1'], ['@SUM(A1)']] });
    expect(csv.slice(1).split('\r\n').slice(1)).toEqual([`"'=HYPERLINK(""http://evil"")"`, `"'+1"`, `"'@SUM(A1)"`]);
  });
});
