import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { problemMessage, readRawRows, validateFeed, writeErrorReport } from '../index';
import { bytesOf, csv } from '../testing/feed-fixtures';

const HEADERS = ['维修单号', '序列号', '型号', '报修时间', '完成时间', '故障级别', '故障代码', '维修员证号'];
const NO_SERIAL = ['R-1', '', 'LX-300', '2026/9/1 0:30', '2026/9/1 2:10', '2', 'E-1', 'T-9'];
const RESOLVED_FIRST = ['R-2', 'SN-2', 'LX-300', '2026/9/1 0:30', '2026/9/1 0:10', '2', 'E-1', 'T-9'];
const FILE = csv([HEADERS, NO_SERIAL, RESOLVED_FIRST]);

describe('given a problem of a dealer file', () => {
  it('then it is language-neutral data: the column key, the header as written, the value as typed', async () => {
    const { problems } = await validateFeed(FILE, { kind: 'repairs', period: '2026-09' });
    expect(problems).toEqual([
      expect.objectContaining({ row: 2, code: 'required', column: 'serial_no', header: '序列号' }),
      expect.objectContaining({ row: 3, code: 'before-reported', column: 'resolved_at', header: '完成时间', value: '2026/9/1 0:10', params: { against: '2026/9/1 0:30' } }),
    ]);
  });

  it('when the reader is asked in a language, then each problem also carries its message in it, with no English key inside', async () => {
    const { problems } = await validateFeed(FILE, { kind: 'repairs', period: '2026-09', language: 'zh-Hans' });
    expect(problems.map((p) => p.text)).toEqual(['「序列号」必填', '「完成时间」早于报修时间 2026/9/1 0:30:2026/9/1 0:10']);
  });

  it('when stored and shown later in another language, then problemMessage renders it there', async () => {
    const { problems } = await validateFeed(FILE, { kind: 'repairs', period: '2026-09', language: 'zh-Hans' });
    const stored = JSON.parse(JSON.stringify(problems[1]));
    expect(problemMessage(stored, 'en')).toBe('完成时间 is before the reported time 2026/9/1 0:30: 2026/9/1 0:10');
    expect(problemMessage(stored, 'zh-Hant')).toBe('「完成时间」早於報修時間 2026/9/1 0:30:2026/9/1 0:10');
  });

  it('when required columns are missing, then each language names them in its own labels', async () => {
    const { problems } = await validateFeed(csv([['维修单号'], ['R-1']]), { kind: 'parts' });
    expect(problemMessage(problems[0], 'zh-Hans')).toMatch(/^缺少必填列:配件编号\(part_no\)、数量\(qty\)/);
    expect(problemMessage(problems[0], 'en')).toMatch(/^required columns are missing: part_no \(配件編號\), qty \(數量\)/);
  });

  it('when a choice is wrong, then each language lists the choices in its own words', async () => {
    const file = csv([['意見編號', '日期', '類別', '內容'], ['O-1', '2026-09-12', '感謝', '好']]);
    const [problem] = (await validateFeed(file, { kind: 'opinions' })).problems;
    expect(problemMessage(problem, 'zh-Hant')).toBe('「類別」應為 投訴/建議/表揚 之一:感謝');
    expect(problemMessage(problem, 'zh-Hans')).toBe('「類別」应为 投诉/建议/表扬 之一:感謝');
    expect(problemMessage(problem, 'en')).toBe('類別 must be one of complaint/suggestion/praise: 感謝');
  });

  it('when the language is not one of the three, then the caller is told at once', () => {
    expect(() => validateFeed(FILE, { language: 'fr' as never })).rejects.toThrow(/unknown language fr/);
  });
});

describe('given lookups of the back office', () => {
  it("then technicianStatus is asked about the repair's dealer-local reported date, and the warning names it", async () => {
    const asked: [string, string][] = [];
    const technicianStatus = (id: string, on: string) => (asked.push([id, on]), 'uncertified' as const);
    const row = ['R-1', 'SN-1', 'LX-300', '2026/9/1 0:30', '2026/9/1 2:10', '2', 'E-1', 'T-9'];
    const { problems } = await validateFeed(csv([HEADERS, row]), { kind: 'repairs', lookups: { technicianStatus } });
    expect(asked).toEqual([['T-9', '2026-09-01']]); // 2026-08-31 16:30 UTC
    expect(problems.map((p) => problemMessage(p, 'en'))).toEqual(['technician T-9 had no valid certificate on 2026-09-01']);
  });

  it("then for an opinion it is asked about the opinion's received date", async () => {
    const asked: string[] = [];
    const technicianStatus = (_id: string, on: string) => (asked.push(on), 'certified' as const);
    const file = csv([['意見編號', '日期', '類別', '維修員證號', '內容'], ['O-1', '2026-09-12', '表揚', 'T-1', '好']]);
    await validateFeed(file, { kind: 'opinions', lookups: { technicianStatus } });
    expect(asked).toEqual(['2026-09-12']);
  });
});

describe('given the error report of a rejected file', () => {
  it('when asked in a language, then its problems are listed in that language beside the header as written', async () => {
    const { problems } = await validateFeed(FILE, { kind: 'repairs', period: '2026-09' });
    const target = new PassThrough();
    const bytes = bytesOf(target);
    await writeErrorReport(target, problems, readRawRows(FILE), { language: 'en' });
    const workbook = await new ExcelJS.Workbook().xlsx.load((await bytes) as never);
    const list = workbook.worksheets[0].getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    expect(list).toEqual([
      ['sheet', 'row', 'column', 'value', 'code', 'problem'],
      [undefined, 2, '序列号', undefined, 'required', '序列号 is required'],
      [undefined, 3, '完成时间', '2026/9/1 0:10', 'before-reported', '完成时间 is before the reported time 2026/9/1 0:30: 2026/9/1 0:10'],
    ]);
  });

  it('when the header stands under a title row, then the rows sheet keeps the header row to label the cells', async () => {
    const file = csv([['維修月報表 2026年9月'], HEADERS, NO_SERIAL]);
    const { problems } = await validateFeed(file, { kind: 'repairs', period: '2026-09' });
    const target = new PassThrough();
    const bytes = bytesOf(target);
    await writeErrorReport(target, problems, readRawRows(file), { language: 'zh-Hant' });
    const workbook = await new ExcelJS.Workbook().xlsx.load((await bytes) as never);
    const rows = workbook.worksheets[1].getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 4));
    expect(rows).toEqual([[2, undefined, '维修单号'], [3, '「序列号」必填', 'R-1']]);
  });
});
