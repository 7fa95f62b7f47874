import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, TestContext } from '@aftersales/testing';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { ContractsModule } from '../contracts.module';

type Problem = { sheet?: string; row: number; column?: string; field: string; value?: string; code: string; reason: string };
type Cells = (string | number | boolean | null)[];

/** A workbook as a person fills it in: header rows by English key, then the rows. */
async function workbook(sheets: Record<string, Cells[]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const DEALER_HEADER = ['code', 'name', 'region', 'parentDealerCode'];
const AGREEMENT_HEADER = ['dealerCode', 'validFrom', 'validTo', 'fundModel', 'fundRateBp', 'partsQuotaBp', 'carryAcrossYear', 'allowancePerUnitFen', 'warranty.defaultMonths', 'feeSchedule'];
const revenueShare = (code: string, from: string, to: string): Cells => [code, from, to, 'revenue-share', 300, 200, true, null, 24, 'reinstall=100/1'];

/** POST /dealer-imports and GET /dealer-imports/template on the real app: all or nothing, and a re-run completes a crashed one. */
describe('contracts: dealer import from XLSX', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  const commits = () => svc.infra.store.commits.countDocuments({});
  const upload = (file: Buffer, name = 'dealers.xlsx') => request(svc.http).post('/dealer-imports').attach('file', file, name);

  beforeAll(async () => {
    process.env['DEALER_IMPORT_MAX_ROWS'] = '20';
    process.env['DEALER_IMPORT_MAX_BYTES'] = '100000';
    ctx = await createTestContext('contracts-import');
    svc = await startService(ctx, 'contracts', ContractsModule.register);
  });
  afterAll(async () => {
    delete process.env['DEALER_IMPORT_MAX_ROWS'];
    delete process.env['DEALER_IMPORT_MAX_BYTES'];
    await svc?.close();
    await ctx?.dispose();
  });

  it.each(['en', 'zh-Hans', 'zh-Hant'])('the %s template imports back as it is; again, it changes nothing', async (lang) => {
    const template = await request(svc.http).get(`/dealer-imports/template?lang=${lang}`).buffer(true)
      .parse((res, done) => { const chunks: Buffer[] = []; res.on('data', (c: Buffer) => chunks.push(c)); res.on('end', () => done(null, Buffer.concat(chunks))); })
      .expect(200);
    expect(template.headers['content-type']).toMatch(/spreadsheetml/);
    const first = lang === 'en';
    const res = await upload(template.body as Buffer).expect(201);
    expect(res.body).toEqual({
      dealers: [{ row: 2, code: 'D9001', created: first }],
      agreements: [{ row: 2, dealerCode: 'D9001', agreementVersion: 1, created: first }],
    });
  });

  it('registers parents before their sub-dealers, then signs, in one request', async () => {
    const file = await workbook({
      dealers: [DEALER_HEADER, ['D9102', '分銷商', 'north', 'D9101'], ['D9101', '經銷商', 'north', null]],
      agreements: [AGREEMENT_HEADER, revenueShare('D9101', '2026-01-01', '2026-12-31'), ['D9102', '2026-01-01', '2026-12-31', 'per-unit', null, null, null, 1500, null, null]],
    });
    const res = await upload(file).expect(201);
    expect(res.body.dealers.map((d: { code: string }) => d.code)).toEqual(['D9101', 'D9102']);
    const [{ data }] = (await svc.infra.store.readEnvelopes('agreements-D9101')) as unknown as { data: { terms: { warranty: { defaultMonths: number }; feeSchedule: unknown[] } } }[];
    expect(data.terms.warranty.defaultMonths).toBe(24);
    expect(data.terms.feeSchedule).toEqual([{ operation: 'reinstall', feeFen: 100, freeQuota: 1 }]);
  });

  it('a re-run after a crash half-way signs only what is missing, doubling nothing', async () => {
    const file = await workbook({
      dealers: [DEALER_HEADER, ['D9201', 'Crash test', 'east', null]],
      agreements: [AGREEMENT_HEADER, revenueShare('D9201', '2026-01-01', '2026-12-31'), revenueShare('D9201', '2027-01-01', '2027-12-31')],
    });
    // What the crashed run had applied: the dealer and the first agreement.
    await request(svc.http).post('/dealers').send({ code: 'D9201', name: 'Crash test', region: 'east' }).expect(201);
    await request(svc.http).post('/dealers/D9201/agreements')
      .send({ validFrom: '2026-01-01', validTo: '2026-12-31', fundModel: 'revenue-share', fundRateBp: 300, partsQuotaBp: 200, carryAcrossYear: true,
        warranty: { defaultMonths: 24 }, feeSchedule: [{ operation: 'reinstall', feeFen: 100, freeQuota: 1 }] }).expect(201);
    const res = await upload(file).expect(201);
    expect(res.body.dealers).toEqual([{ row: 2, code: 'D9201', created: false }]);
    expect(res.body.agreements).toEqual([
      { row: 2, dealerCode: 'D9201', agreementVersion: 1, created: false },
      { row: 3, dealerCode: 'D9201', agreementVersion: 2, created: true },
    ]);
    await upload(file).expect(201);
    expect(await svc.infra.store.readEnvelopes('agreements-D9201')).toHaveLength(2);
  });

  it('a file with problems changes nothing and lists each at its sheet, row and column', async () => {
    await request(svc.http).post('/dealers').send({ code: 'D9301', name: 'Registered', region: 'north' }).expect(201);
    const before = await commits();
    const file = await workbook({
      dealers: [DEALER_HEADER, ['D9302', 'Fine', 'north', null], ['D9302', 'Twice', 'north', null], ['D9301', 'Other name', 'north', null],
        ['D9303', 'Orphan', 'north', 'D9399'], ['d-bad', 'Bad code', 'atlantis', null], ['D9304', 'Nowhere', 'atlantis', null]],
      agreements: [AGREEMENT_HEADER, ['D9302', '2026-12-31', '2026-01-01', 'revenue-share', 300, 200, true, null, null, null],
        ['D9302', '2026-01-01', '2026-12-31', 'revenue-share', 'three', 200, 'maybe', 5, null, 'x'], ['D9398', '2026-01-01', '2026-12-31', 'per-unit', null, null, null, 1, null, null],
        revenueShare('D9302', '2026-01-01', '2026-12-31'), revenueShare('D9302', '2026-01-01', '2026-12-31')],
    });
    const res = await upload(file).expect(422);
    const problems = res.body.problems as Problem[];
    const at = (sheet: string, row: number) => problems.filter((p) => p.sheet === sheet && p.row === row).map((p) => [p.column, p.field, p.code]);
    expect(at('dealers', 3)).toEqual([['A', 'code', 'duplicate-code']]);
    expect(at('dealers', 4)).toEqual([['A', 'code', 'registered']]);
    expect(at('dealers', 5)).toEqual([['D', 'parentDealerCode', 'unknown-parent']]);
    expect(at('dealers', 6)).toEqual(expect.arrayContaining([['A', 'code', 'invalid']]));
    expect(at('dealers', 7)).toEqual([['C', 'region', 'unknown-region']]);
    expect(at('agreements', 2)).toEqual([['C', 'validTo', 'agreement-dates']]);
    expect(at('agreements', 3)).toEqual(expect.arrayContaining([['E', 'fundRateBp', 'not-an-integer'], ['G', 'carryAcrossYear', 'not-a-boolean'], ['J', 'feeSchedule', 'not-a-list-item']]));
    expect(at('agreements', 4)).toEqual([['A', 'dealerCode', 'unknown-dealer']]);
    expect(at('agreements', 6)).toEqual([['A', 'dealerCode', 'duplicate-agreement']]);
    expect(problems.find((p) => p.code === 'duplicate-code')).toMatchObject({ value: 'D9302', reason: expect.stringMatching(/row 2/) });
    expect(await commits()).toBe(before);
  });

  it('names a missing or unknown column, and refuses too many rows', async () => {
    const noName = await upload(await workbook({ dealers: [['code', 'region', 'colour'], ['D9401', 'north', 'red']] })).expect(422);
    expect(noName.body.problems.map((p: Problem) => [p.sheet, p.row, p.field, p.code])).toEqual(expect.arrayContaining([
      ['dealers', 1, 'colour', 'unknown-column'], ['dealers', 1, 'name', 'missing-column'],
    ]));
    const many = Array.from({ length: 21 }, (_, i) => [`D95${String(i).padStart(2, '0')}`, 'Many', 'north']);
    const tooMany = await upload(await workbook({ dealers: [['code', 'name', 'region'], ...many] })).expect(422);
    expect(tooMany.body.problems).toEqual([expect.objectContaining({ code: 'too-many-rows', reason: expect.stringMatching(/20/) })]);
    const empty = await upload(await workbook({ dealers: [['code', 'name', 'region']] })).expect(422);
    expect(empty.body.problems).toEqual([expect.objectContaining({ code: 'no-rows' })]);
  });

  describe('a request that is no workbook upload', () => {
    it.each([
      ['a text file', () => upload(Buffer.from('code,name\nD1,x\n'), 'dealers.csv'), 400, 'file'],
      ['a zip that is no workbook', () => upload(Buffer.from('PK\u0003\u0004garbage'), 'dealers.xlsx'), 400, 'file'],
      ['no file', () => request(svc.http).post('/dealer-imports').field('note', 'x'), 400, 'file'],
      ['an empty form', () => request(svc.http).post('/dealer-imports').set('content-type', 'multipart/form-data; boundary=b').send('--b--\r\n'), 400, 'file'],
      ['another field name', () => request(svc.http).post('/dealer-imports').attach('upload', Buffer.from('x'), 'a.xlsx'), 400, 'upload'],
      ['two files', () => upload(Buffer.from('x')).attach('file', Buffer.from('y'), 'b.xlsx'), 400, 'file'],
      ['a broken form', () => request(svc.http).post('/dealer-imports').set('content-type', 'multipart/form-data; boundary=b').send('--b\r\nxx'), 400, '(body)'],
      ['JSON', () => request(svc.http).post('/dealer-imports').send({ file: 'x' }), 415, 'content-type'],
      ['a file past DEALER_IMPORT_MAX_BYTES', () => upload(Buffer.alloc(100_001, 1)), 413, 'file'],
    ])('%s is refused, never a 500', async (_name, send, status, field) => {
      const before = await commits();
      const res = await send();
      expect({ status: res.status, statusCode: res.body.statusCode }).toEqual({ status, statusCode: status });
      if (field) expect(res.body.problems.map((p: Problem) => p.field)).toContain(field);
      expect(await commits()).toBe(before);
    });

    it('an unknown template language is a 400 naming lang', async () => {
      const res = await request(svc.http).get('/dealer-imports/template?lang=fr').expect(400);
      expect(res.body.problems).toEqual([{ field: 'lang', reason: 'lang must be one of en, zh-Hans, zh-Hant' }]);
    });
  });
});
