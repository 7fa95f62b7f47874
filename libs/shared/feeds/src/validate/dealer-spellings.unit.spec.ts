import { readFeed, validateFeed } from '../index';
import { csv } from '../testing/feed-fixtures';

const HEADERS = ['維修單號', '序列號', '型號', '報修時間', '完成時間', '故障級別', '故障代碼', '維修員證號', '工時費', '銷售日期'];
const GOOD = ['R-1', 'SN-1', 'LX-300', '2026-09-01 09:15', '2026-09-30 23:00', '2', 'E-1', 'T-1', '120.50', '2026-08-01'];

async function repair(changes: Record<string, string>) {
  const row = HEADERS.map((h, i) => changes[h] ?? GOOD[i]).map((cell) => (cell.includes(',') ? `"${cell}"` : cell));
  const reading = readFeed(csv([HEADERS, row]), { kind: 'repairs', period: '2026-09' });
  const rows = [];
  for await (const record of reading) rows.push(record.data as unknown as Record<string, unknown>);
  const { problems } = await reading.summary();
  return { row: rows[0], problems: problems.map((p) => ({ code: p.code, header: p.header, value: p.value })) };
}

describe('given times as office suites in zh-TW and zh-CN write them in CSV (Asia/Shanghai, UTC+8)', () => {
  it.each([
    ['2026年9月1日 09時15分', '2026-09-01T01:15:00Z'],
    ['2026年9月1日 9时15分', '2026-09-01T01:15:00Z'],
    ['2026/9/3 9:15', '2026-09-03T01:15:00Z'],
    ['2026/9/3 上午 09:15:00', '2026-09-03T01:15:00Z'],
    ['2026/9/3 下午 03:15:00', '2026-09-03T07:15:00Z'],
    ['2026/9/3 下午 12:05', '2026-09-03T04:05:00Z'],
    ['2026/9/3 上午 12:05', '2026-09-02T16:05:00Z'],
    ['2026/9/3 3:15 PM', '2026-09-03T07:15:00Z'],
    ['２０２６/９/３ ９:１５', '2026-09-03T01:15:00Z'],
  ])('%s is read as the local time it says', async (typed, instant) => {
    const { row, problems } = await repair({ 報修時間: typed });
    expect(problems).toEqual([]);
    expect(row.reported_at).toEqual(new Date(instant));
  });

  it.each([
    ['2026年8月1日', '2026-08-01'],
    ['２０２６年８月１日', '2026-08-01'],
    ['2026.8.1', '2026-08-01'],
  ])('the date %s is %s', async (typed, day) => {
    expect((await repair({ 銷售日期: typed })).row.sale_date).toBe(day);
  });
});

describe('given a date or time that is not whole', () => {
  it.each([
    ['報修時間', '9:15', 'time-without-date'],
    ['報修時間', '下午 3:15', 'time-without-date'],
    ['報修時間', '26/9/1 09:15', 'two-digit-year'],
    ['銷售日期', '26-08-01', 'two-digit-year'],
    ['銷售日期', '8/1/26', 'two-digit-year'],
    ['報修時間', '2026/9/3 下午 13:15', 'bad-datetime'],
    ['報修時間', '2026年2月30日 09時15分', 'bad-datetime'],
  ])('when %s is %p, then the error is %s and shows it as typed', async (header, typed, code) => {
    expect((await repair({ [header]: typed })).problems).toEqual([{ code, header, value: typed }]);
  });
});

describe('given amounts as dealers write them', () => {
  it.each([
    ['1,250.00', 125000],
    ['¥1,250.00', 125000],
    ['￥1,250.50', 125050],
    ['１２５０', 125000],
    ['1250元', 125000],
    ['RMB 1,250', 125000],
  ])('%s is %i fen', async (typed, fen) => {
    expect((await repair({ 工時費: typed })).row.labour_fee).toBe(fen);
  });

  it.each(['1,25,0.00', '¥1,250.005'])('%s is refused as written', async (typed) => {
    const { problems } = await repair({ 工時費: typed });
    expect(problems).toEqual([expect.objectContaining({ header: '工時費', value: typed })]);
  });
});

describe('given a CSV file as a dealer lays out its form', () => {
  it('when a title row stands above the header and a total line below the data, then the rows between are read', async () => {
    const file = csv([['維修月報表 2026年9月'], [], HEADERS, GOOD, ['合計', '', '', '', '', '', '', '', '120.50', ''], ['製表人:王小明']]);
    const { summary } = await validateFeed(file, { kind: 'repairs', period: '2026-09' });
    expect(summary).toMatchObject({ ok: true, rows: 1, validRows: 1 });
    expect(summary.problems.map((p) => [p.row, p.code])).toEqual([[5, 'summary-line'], [6, 'summary-line']]);
  });

  it('when no row of the first ten is a header, then one error names the missing columns', async () => {
    const file = csv([['維修月報表'], ...Array.from({ length: 12 }, () => ['R-1', 'x'])]);
    const { problems } = await validateFeed(file, { kind: 'parts' });
    expect(problems.map((p) => p.code)).toEqual(['missing-columns']);
  });

  it('when a cell holds the text of a formula error (#N/A), then it is that error, never a value', async () => {
    const { problems } = await repair({ 型號: '#N/A' });
    expect(problems).toEqual([{ code: 'formula-error', header: '型號', value: '#N/A' }]);
  });
});
