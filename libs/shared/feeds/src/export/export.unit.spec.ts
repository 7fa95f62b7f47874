import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvTemplate, escapeFormula, FEED_KINDS, readRawRows, validateFeed, writeErrorReport, xlsxTemplate } from '../index';
import { bytesOf, csv } from '../testing/feed-fixtures';

async function toBuffer(write: (target: PassThrough) => Promise<void>): Promise<Buffer> {
  const target = new PassThrough();
  const collected = bytesOf(target);
  await write(target);
  target.end();
  return collected;
}

describe('formula escaping', () => {
  it.each([['=1+1', "'=1+1"], ['+86 138', "'+86 138"], ['+86', '+86'], ['@x', "'@x"], ['\tx', "'\tx"], ['\rx', "'\rx"], ['-5.00', '-5.00'], ['王', '王']])(
    '%p is exported as %p',
    (text, escaped) => expect(escapeFormula(text)).toBe(escaped),
  );
});

describe.each(FEED_KINDS)('the %s templates', (kind) => {
  it('as CSV: UTF-8 with BOM, required columns marked, and their example row is valid', async () => {
    const file = csvTemplate(kind);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.toString('utf8')).toMatch(/^\ufeff\*\S+ \w+/);
    expect(await validateFeed(file, { kind })).toMatchObject({ ok: true, summary: { rows: 1 } });
  });

  it('as XLSX (simplified): readable by the reader, with one valid example row', async () => {
    const file = await toBuffer((target) => xlsxTemplate(kind, target, 'simplified'));
    expect(await validateFeed(file)).toMatchObject({ ok: true, summary: { rows: 1, sections: [{ kind }] } });
  });
});

describe('the error report', () => {
  it('given a file with problems, then it lists every problem and shows them beside the offending row', async () => {
    const file = csv([['record_no', 'part_no', 'qty'], ['R-1', 'P-1', '1'], ['=HYPERLINK("x")', 'P-1', 'x']]);
    const { problems } = await validateFeed(file, { kind: 'parts' });
    const report = await toBuffer((target) => writeErrorReport(target, problems, readRawRows(file)));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(report as never);
    const [list, rows] = workbook.worksheets;
    expect(list.getRow(2).values).toEqual([undefined, 3, 'qty', 'x', 'not-whole-number', '「qty」應為整數:x', '「qty」应为整数:x', 'qty must be a whole number: x']);
    expect(rows.rowCount).toBe(3); // title, header row of the file, the offending row only
    expect(rows.getRow(3).getCell(1).value).toBe(3);
    expect(rows.getRow(3).getCell(3).value).toBe("'=HYPERLINK(\"x\")");
  });
});
