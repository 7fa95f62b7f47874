import { readCell, setPath } from './import-cells';
import { AGREEMENT_COLUMNS, DEALER_COLUMNS, headerOf } from './import-columns';
import { columnLetter } from './import-problem';

/** How a person's cell becomes the value of a request field, or the problem of that cell. */
describe('import cells', () => {
  it.each([
    ['text', ' 華南 ', '華南'],
    ['text', 1001, '1001'],
    ['integer', 300, 300],
    ['integer', ' 300 ', 300],
    ['boolean', '是', true],
    ['boolean', 'FALSE', false],
    ['boolean', true, true],
    ['date', new Date(Date.UTC(2026, 0, 31)), '2026-01-31'],
    ['date', '2026-01-31', '2026-01-31'],
    ['clock', new Date(Date.UTC(1899, 11, 30, 9, 30)), '09:30'],
    ['texts', '北京、上海, 廣州；深圳', ['北京', '上海', '廣州', '深圳']],
    ['integers', '1,2,3', [1, 2, 3]],
    ['dates', '2026-10-01, 2026-10-02', ['2026-10-01', '2026-10-02']],
    ['overrides', 'print-head=3; fuser = 6', [{ component: 'print-head', months: 3 }, { component: 'fuser', months: 6 }]],
    ['fees', 'reinstall-network=50000/1', [{ operation: 'reinstall-network', feeFen: 50_000, freeQuota: 1 }]],
  ] as const)('a %s cell %j reads as %j', (kind, cell, value) => {
    expect(readCell(kind, cell)).toEqual({ ok: true, value });
  });

  it.each([
    ['integer', '3%', 'not-an-integer'],
    ['integer', 1.5, 'not-an-integer'],
    ['integer', '1e3', 'not-an-integer'],
    ['integer', '99999999999999999', 'not-an-integer'],
    ['boolean', 'maybe', 'not-a-boolean'],
    ['integers', '1,two', 'not-a-list-item'],
    ['overrides', 'print-head', 'not-a-list-item'],
    ['fees', 'x=1', 'not-a-list-item'],
  ] as const)('a %s cell %j is a %s problem', (kind, cell, code) => {
    expect(readCell(kind, cell)).toMatchObject({ ok: false, code });
  });

  it('an empty cell leaves the field out', () => {
    expect([readCell('text', undefined), readCell('integer', '  '), readCell('texts', '')]).toEqual([undefined, undefined, undefined]);
  });

  it('sets a section field, making the sections on the way, beside the others', () => {
    const request: Record<string, unknown> = { fundModel: 'per-unit' };
    setPath(request, 'serviceLevels.arrivalHours.local', 2);
    setPath(request, 'serviceLevels.loanerMaxDays', 15);
    expect(request).toEqual({ fundModel: 'per-unit', serviceLevels: { arrivalHours: { local: 2 }, loanerMaxDays: 15 } });
  });

  it('writes headers with the label, * when required, and the key; columns by letter', () => {
    expect(headerOf(DEALER_COLUMNS[0]!, 'zh-Hant')).toBe('經銷商代碼 * (code)');
    expect(headerOf(AGREEMENT_COLUMNS.find((c) => c.key === 'noticeDays')!, 'en')).toBe('Notice days (noticeDays)');
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
