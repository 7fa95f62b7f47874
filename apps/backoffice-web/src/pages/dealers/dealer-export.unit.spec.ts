import { TFunction } from 'i18next';
import { dealersTable, exportFileName } from './dealer-export';
import type { Dealer } from './dealer-api';

const t = ((key: string) => `«${key}»`) as unknown as TFunction;

describe('the dealers export', () => {
  it('has every field, headers in the UI language, one dealer a row, missing fields empty', () => {
    const dealers = [
      { code: 'D0001', name: '北京華信', region: 'north', serviceClass: 'local', timeZone: 'Asia/Shanghai', registeredAt: '2026-12-01T06:06:26.000Z' },
      { code: 'D0001-S1', name: '分銷商', region: 'north', parentDealerCode: 'D0001', hotline: '010-1', address: '北京', timeZone: 'Asia/Shanghai' },
    ] as Dealer[];
    const table = dealersTable(dealers, t);
    expect(table.sheetName).toBe('«dealers:export.sheet»');
    expect(table.headers[0]).toBe('«dealers:fields.code»');
    expect(table.rows).toEqual([
      ['D0001', '北京華信', 'north', 'local', null, null, null, 'Asia/Shanghai', '2026-12-01T06:06:26.000Z'],
      ['D0001-S1', '分銷商', 'north', null, 'D0001', '北京', '010-1', 'Asia/Shanghai', null],
    ]);
  });

  it('names the file with the day of the export', () => {
    expect(exportFileName('xlsx', new Date('2026-12-01T10:00:00Z'))).toBe('dealers-2026-12-01.xlsx');
  });
});
