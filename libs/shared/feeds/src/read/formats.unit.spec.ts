import { FEED_KINDS, FeedKind, readFeed, validateFeed, writeFeedCsv, writeFeedJsonl } from '../index';
import { bytesOf, csv, PERIOD, sampleRows, xlsxBytes } from '../testing/feed-fixtures';
import type { HeaderStyle } from '../export/row.formatter';

async function readAll(input: Buffer, options: Parameters<typeof readFeed>[1] = {}) {
  const reading = readFeed(input, { period: PERIOD, ...options });
  const records = [];
  for await (const record of reading) records.push(record);
  return { records, summary: await reading.summary() };
}

const ENCODINGS: [string, 'utf-8' | 'gbk' | 'big5', HeaderStyle][] = [
  ['UTF-8 with BOM, English headers', 'utf-8', 'english'],
  ['GBK, simplified headers', 'gbk', 'simplified'],
  ['Big5, traditional headers', 'big5', 'traditional'],
];

describe('given a dealer file of each kind, format and encoding', () => {
  describe.each(FEED_KINDS)('%s', (kind: FeedKind) => {
    const rows = sampleRows(kind, 3);

    it.each(ENCODINGS)('when sent as CSV in %s, then its rows come back typed and the encoding is detected', async (_, encoding, headers) => {
      const file = await bytesOf(writeFeedCsv(kind, rows, { encoding, headers }));
      const { records, summary } = await readAll(file, { kind });
      expect(summary).toMatchObject({ ok: true, format: 'csv', rows: 3, validRows: 3 });
      expect(summary.encoding === 'gb18030' ? 'gbk' : summary.encoding).toBe(encoding);
      expect(records.map((r) => r.data)).toEqual(rows);
      expect(records.map((r) => r.row)).toEqual([2, 3, 4]);
    });

    it('when sent as an XLSX sheet named after its form, then its rows come back', async () => {
      const { records, summary } = await readAll(await xlsxBytes([{ kind, rows }]));
      expect(summary).toMatchObject({ ok: true, format: 'xlsx', sections: [{ kind, rows: 3, validRows: 3 }] });
      expect(records.map((r) => r.data)).toEqual(rows);
    });

    it('when sent as JSON Lines, then its rows come back', async () => {
      const { records, summary } = await readAll(await bytesOf(writeFeedJsonl(kind, rows)), { kind });
      expect(summary).toMatchObject({ ok: true, format: 'jsonl', rows: 3 });
      expect(records.map((r) => r.data)).toEqual(rows);
      expect(records[0].row).toBe(1);
    });
  });
});

describe('headers', () => {
  it('given shuffled, odd-cased, spaced, traditional and simplified headers, then all are recognised', async () => {
    const file = csv([
      ['  數量 ', 'PART_NO', '维修单号', 'Old Part Returned'],
      ['2', 'P-1', 'R-1', '是'],
    ]);
    const { records, summary } = await readAll(file, { kind: 'parts' });
    expect(summary).toMatchObject({ ok: true, problems: [] });
    expect(records[0].data).toEqual({ record_no: 'R-1', part_no: 'P-1', qty: 2, old_part_returned: true });
  });

  it('given an unknown column, then it is a warning and the rows are still read', async () => {
    const { records, summary } = await readAll(csv([['record_no', 'part_no', 'qty', '備註'], ['R-1', 'P-1', '1', 'x']]), { kind: 'parts' });
    expect(records).toHaveLength(1);
    expect(summary).toMatchObject({ ok: true, warnings: 1, problems: [{ code: 'unknown-column', severity: 'warning', value: '備註' }] });
  });

  it('given missing required columns, then one error names them all and no row is read', async () => {
    const { records, summary } = await readAll(csv([['record_no'], ['R-1']]), { kind: 'parts' });
    expect(records).toHaveLength(0);
    expect(summary.rows).toBe(0);
    expect(summary.problems).toEqual([expect.objectContaining({ code: 'missing-columns', row: 1 })]);
    expect(summary.problems[0].message.en).toMatch(/part_no \(配件編號\), qty \(數量\)/);
    expect(summary.problems[0].message['zh-Hant']).toMatch(/配件編號\(part_no\)、數量\(qty\)/);
  });

  it('given no kind, then it is guessed from the headers', async () => {
    const { summary } = await readAll(csv([['序列號', '型號', '銷售日期'], ['SN-1', 'M', '2024-03-01']]));
    expect(summary).toMatchObject({ ok: true, sections: [{ kind: 'sales' }] });
  });
});

describe('workbooks', () => {
  it('given a workbook with two forms and a stray sheet, then each form is a section and the stray one a warning', async () => {
    const file = await xlsxBytes([
      { kind: 'repairs', rows: sampleRows('repairs', 2), name: '维修记录表' },
      { kind: 'opinions', rows: sampleRows('opinions', 1), name: 'Notes' },
      { kind: 'parts', rows: sampleRows('parts', 1), name: 'parts' },
    ]);
    const { summary } = await validateFeed(file, { period: PERIOD });
    expect(summary.sections.map((s) => [s.sheet, s.kind, s.rows])).toEqual([['维修记录表', 'repairs', 2], ['parts', 'parts', 1]]);
    expect(summary.problems).toEqual([expect.objectContaining({ code: 'sheet-ignored', value: 'Notes' })]);
  });

  it('given a kind from the uploader and a sheet named Sheet1, then the sheet is read as that kind', async () => {
    const file = await xlsxBytes([{ kind: 'sales', rows: sampleRows('sales', 2), name: 'Sheet1' }]);
    const { summary } = await validateFeed(file, { kind: 'sales', period: PERIOD });
    expect(summary).toMatchObject({ ok: true, sections: [{ sheet: 'Sheet1', kind: 'sales', rows: 2 }] });
  });
});
