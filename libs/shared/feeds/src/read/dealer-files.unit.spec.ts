import { join } from 'node:path';
import { readFeed, ReadFeedOptions, readRawRows } from '../index';

/**
 * Files as dealers' office suites make them (issue 10 §1b), written by openpyxl and saved
 * again by LibreOffice Calc (src/testing/corpus/make-corpus.py), not by our own writer.
 */
const CORPUS = join(__dirname, '../testing/corpus');
const PRODUCERS = ['openpyxl', 'libreoffice'] as const;

async function read(file: string, options: ReadFeedOptions = {}) {
  const reading = readFeed(join(CORPUS, file), { period: '2026-09', ...options });
  const rows = [];
  for await (const record of reading) rows.push(record);
  const summary = await reading.summary();
  const problems = summary.problems.map(({ row, code, column, header, value, params }) => ({ row, code, column, header, value, params }));
  return { rows, summary, problems };
}

describe.each(PRODUCERS)('given a workbook written by %s', (producer) => {
  const file = (name: string) => `${producer}/${name}.xlsx`;

  it('when a formula saved an error (#N/A, #VALUE!, #DIV/0!), then each is an error naming it, in any column', async () => {
    const { problems, summary } = await read(file(producer === 'libreoffice' ? 'formula-errors' : 'formula-error-values'));
    expect(summary).toMatchObject({ ok: false, validRows: 1 });
    expect(problems).toEqual([
      expect.objectContaining({ row: 2, code: 'formula-error', column: 'model', header: '型號', value: '#N/A' }),
      expect.objectContaining({ row: 2, code: 'formula-error', column: 'description', header: '故障描述', value: '#VALUE!' }),
      expect.objectContaining({ row: 2, code: 'formula-error', column: 'labour_fee', header: '工時費', value: '#DIV/0!' }),
    ]);
  });

  it('when a title row and merged group headers stand above the header, then the header is found below them', async () => {
    const { rows, summary } = await read(file('title-rows'));
    expect(summary).toMatchObject({ ok: true, problems: [], sections: [{ kind: 'repairs', sheet: '維修月報表', rows: 2 }] });
    expect(rows.map((r) => [r.row, (r.data as { record_no: string }).record_no])).toEqual([[4, 'R2609-1'], [5, 'R2609-2']]);
  });

  it("when last month's sheet is left hidden, then it is skipped with a warning naming it", async () => {
    const { rows, problems } = await read(file('hidden-sheet'));
    expect(rows.map((r) => r.sheet)).toEqual(['維修記錄表']);
    expect(problems).toEqual([expect.objectContaining({ row: 0, code: 'sheet-hidden', value: '維修月報表' })]);
  });

  it('when a total line, a signature line and empty formatted rows follow the data, then they are ignored with warnings', async () => {
    const { rows, summary, problems } = await read(file('totals'));
    expect(summary).toMatchObject({ ok: true, rows: 2, errors: 0, warnings: 2 });
    expect(rows).toHaveLength(2);
    expect(problems.map((p) => [p.row, p.code, p.value])).toEqual([[4, 'summary-line', '合計'], [6, 'summary-line', '製表人:王小明']]);
  });

  it('when a time is typed without a date, then the error says so and shows the time as typed', async () => {
    const { problems } = await read(file('time-without-date'));
    expect(problems).toEqual([expect.objectContaining({ row: 2, code: 'time-without-date', header: '報修時間', value: '09:15' })]);
  });

  it('when an amount shows 33.33 but holds 100/3, then the problem shows 33.33 and says it holds more', async () => {
    const { problems } = await read(file('hidden-decimals'), { language: 'en' });
    expect(problems).toEqual([
      expect.objectContaining({ code: 'money-hidden-decimals', header: '工時費', value: '33.33', params: { held: '33.3333333333333' } }),
    ]);
  });

  it('when uploaded without a kind and its sheet has the default name 工作表1, then the header gives the kind', async () => {
    const { summary } = await read(file('default-sheet'));
    expect(summary).toMatchObject({ ok: true, sections: [{ kind: 'repairs', sheet: '工作表1', rows: 1, validRows: 1 }] });
  });
});

describe('given a workbook whose formulas were never computed (openpyxl writes no results)', () => {
  it('then each formula cell is an error saying the file saved no result, never "required"', async () => {
    const { problems } = await read('openpyxl/formula-errors.xlsx');
    expect(problems.map((p) => [p.code, p.column])).toEqual([
      ['formula-without-result', 'model'],
      ['formula-without-result', 'description'],
      ['formula-without-result', 'labour_fee'],
    ]);
  });
});

describe('given the rows of such a workbook as sent (for the error report and the imports)', () => {
  it('then cells are plain values: a formula error as its text, an amount as the whole number it holds', async () => {
    const cells = async (name: string) => {
      for await (const row of readRawRows(join(CORPUS, 'libreoffice', name))) if (row.row === 2) return row.cells;
      return [];
    };
    expect((await cells('formula-errors.xlsx')).slice(2, 3)).toEqual(['#N/A']);
    expect((await cells('hidden-decimals.xlsx'))[9]).toBeCloseTo(100 / 3, 12);
  });
});

describe('given files of other spreadsheet formats saved by LibreOffice', () => {
  it.each([
    ['title-rows.ods', 'ods-file', /LibreOffice Calc.*Excel 2007-365 \(\.xlsx\)/],
    ['title-rows.xls', 'xls-file', /Excel Workbook \(\*\.xlsx\)/],
  ])('%s is refused by name, with how to save it as XLSX', async (name, code, how) => {
    const { summary } = await read(`libreoffice/${name}`);
    expect(summary.problems).toEqual([expect.objectContaining({ code, row: 0 })]);
    expect(summary.problems[0].message.en).toMatch(how);
    expect(summary.problems[0].message['zh-Hant']).toMatch(/另存新檔/);
  });
});

describe.each([
  ['repairs-zh-TW.big5.csv', 'big5', '完成時間', '2026/9/4 上午 10:00:00', '2026年9月4日 14時00分', ['合計', '製表人:王小明']],
  ['repairs-zh-CN.gbk.csv', 'gb18030', '完成时间', '2026年9月4日 10时00分', '2026/9/4 14:00', ['合计', '制表人:王小明']],
])('given %s as LibreOffice saves it in its locale', (name, encoding, header, typed, reported, lines) => {
  it('then its dates, times and amounts (1,250.00, ￥1,250.00) are read, in the dealer’s time zone', async () => {
    const { rows, summary } = await read(`libreoffice/${name}`);
    expect(summary).toMatchObject({ format: 'csv', encoding, rows: 3, validRows: 2 });
    expect(rows.map((r) => r.data)).toEqual([
      expect.objectContaining({ reported_at: new Date('2026-09-01T01:15:00Z'), resolved_at: new Date('2026-09-01T08:30:00Z'), labour_fee: 125000 }),
      expect.objectContaining({ reported_at: new Date('2026-09-03T01:15:00Z'), resolved_at: new Date('2026-09-03T07:45:00Z'), labour_fee: 8000 }),
    ]);
  });

  it('then a problem names the column as its header wrote it and shows both times as typed, local', async () => {
    const { problems } = await read(`libreoffice/${name}`, { language: 'zh-Hant' });
    expect(problems).toEqual([
      { row: 4, code: 'before-reported', column: 'resolved_at', header, value: typed, params: { against: reported } },
      expect.objectContaining({ row: 6, code: 'summary-line', value: lines[0] }),
      expect.objectContaining({ row: 7, code: 'summary-line', value: lines[1] }),
    ]);
  });
});
