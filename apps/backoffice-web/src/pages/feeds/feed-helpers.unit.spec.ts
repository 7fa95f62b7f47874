import { cellText, changedColumns, columnsOf, fileNameOf, filtersOf, inFileOrder, lastMonth, paramsOf, queryOf } from './feed-helpers';
import type { FeedProblem } from './feed-types';

const words = { yes: '是', no: '否' };

describe('the feeds pages’ helpers', () => {
  it('defaults the month to the one before today, across the year', () => {
    expect(lastMonth(new Date(2026, 9, 3))).toBe('2026-09');
    expect(lastMonth(new Date(2027, 0, 5))).toBe('2026-12');
  });

  it('keeps the list’s filters in the address and drops what is no month, form or status', () => {
    expect(filtersOf(new URLSearchParams('period=2026-08&kind=warranty-cards&status=rejected&page=2')))
      .toEqual({ period: '2026-08', kind: 'warranty-cards', status: 'rejected', page: 2 });
    expect(filtersOf(new URLSearchParams('period=2026-13&kind=invoices&status=late&page=x'))).toEqual({ page: 1 });
    expect(paramsOf({ period: '2026-08', kind: 'sales', page: 1 })).toEqual({ period: '2026-08', kind: 'sales' });
  });

  it('leaves unset values out of a query string', () => {
    expect(queryOf({ period: '2026-09', kind: undefined, uploadId: '' , skip: 0 })).toBe('?period=2026-09&skip=0');
    expect(queryOf({})).toBe('');
  });

  it('shows a published cell as the dealer wrote it: yuan from fen, local time from UTC, yes/no', () => {
    expect(cellText('labour_fee', 125000, words)).toBe('1250.00');
    expect(cellText('labour_fee', 5, words)).toBe('0.05');
    expect(cellText('reported_at', '2026-09-01T01:15:00.000Z', words)).toBe('2026-09-01 09:15');
    expect(cellText('loaner', true, words)).toBe('是');
    expect(cellText('sale_date', '2026-08-30', words)).toBe('2026-08-30');
    expect(cellText('comment', undefined, words)).toBe('');
  });

  it('shows a kind’s columns in the order of its form, then any other the rows carry', () => {
    expect(columnsOf('sales', [{ serial_no: 'A', extra_note: 'x' }])).toEqual(['serial_no', 'model', 'sale_date', 'sub_dealer_code', 'invoice_no', 'extra_note']);
  });

  it('names the cells a correction changed, also one it emptied', () => {
    expect([...changedColumns({ qty: 2, part_no: 'P' }, { qty: 1, part_no: 'P', old_part_returned: true })]).toEqual(['qty', 'old_part_returned']);
    expect(changedColumns({ qty: 2 }, undefined).size).toBe(0);
  });

  it('orders problems as the file: the whole file first, then by row, errors before warnings', () => {
    const p = (row: number, severity: FeedProblem['severity']): FeedProblem => ({ row, severity, code: 'x', message: 'm' });
    expect(inFileOrder([p(5, 'warning'), p(5, 'error'), p(0, 'error'), p(3, 'warning')]).map((q) => `${q.row}${q.severity[0]}`))
      .toEqual(['0e', '3w', '5e', '5w']);
  });

  it('takes the file name the server gave, the UTF-8 form first', () => {
    expect(fileNameOf("attachment; filename=\"a.xlsx\"; filename*=UTF-8''%E7%B6%AD%E4%BF%AE.xlsx", 'x')).toBe('維修.xlsx');
    expect(fileNameOf('attachment; filename="repairs.csv"', 'x')).toBe('repairs.csv');
    expect(fileNameOf(null, 'fallback.csv')).toBe('fallback.csv');
  });
});
