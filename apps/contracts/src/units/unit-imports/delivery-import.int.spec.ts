import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, TestContext } from '@aftersales/testing';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { ContractsModule } from '../../contracts.module';

type Problem = { row: number; column?: string; field: string; value?: string; code: string; reason: string };
const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  const stream = res as unknown as NodeJS.ReadableStream;
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};
const csv = (...lines: string[]) => Buffer.from(`${lines.join('\n')}\n`, 'utf8');

/** POST /unit-deliveries/imports and GET /unit-deliveries/template on the real app: all or nothing, problems in the caller's language. */
describe('contracts: delivery import from CSV or XLSX', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  const commits = () => svc.infra.store.commits.countDocuments({});
  const upload = (file: Buffer, name = 'deliveries.csv', lang?: string) =>
    request(svc.http).post(`/unit-deliveries/imports${lang ? `?lang=${lang}` : ''}`).attach('file', file, name);

  beforeAll(async () => {
    process.env['UNIT_IMPORT_MAX_ROWS'] = '5';
    process.env['UNIT_IMPORT_MAX_BYTES'] = '20000';
    ctx = await createTestContext('contracts-unitimport');
    svc = await startService(ctx, 'contracts', ContractsModule.register);
    for (const code of ['D0001', 'D8001']) await request(svc.http).post('/dealers').send({ code, name: code, region: 'north' }).expect(201);
  });
  afterAll(async () => {
    delete process.env['UNIT_IMPORT_MAX_ROWS'];
    delete process.env['UNIT_IMPORT_MAX_BYTES'];
    await svc?.close();
    await ctx?.dispose();
  });

  it.each([['xlsx', 'en'], ['csv', 'zh-Hant'], ['csv', 'zh-Hans']])('the %s template in %s imports back as it is; again, it changes nothing', async (format, lang) => {
    const template = await request(svc.http).get(`/unit-deliveries/template?format=${format}&lang=${lang}`).buffer(true).parse(binary).expect(200);
    expect(template.headers['content-type']).toMatch(format === 'csv' ? /text\/csv/ : /spreadsheetml/);
    const res = await upload(template.body as Buffer, `t.${format}`).expect(201);
    expect(res.body.units).toEqual([{ row: 2, serialNo: 'LQ690K-2026-000123', dealerCode: 'D0001', created: format === 'xlsx' }]);
  });

  it('records a workbook\'s units, dates typed as dates too', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('送貨').addRows([['dealerCode', 'serialNo', 'model', 'receivedOn'], ['D8001', 'SN-X1', 'LQ-690K', new Date(Date.UTC(2026, 2, 2))], ['D8001', 'SN-X2', 'LQ-690K', '2026-03-02']]);
    const res = await upload(Buffer.from(await book.xlsx.writeBuffer()), 'd.xlsx').expect(201);
    expect(res.body.units.map((u: { serialNo: string; created: boolean }) => [u.serialNo, u.created])).toEqual([['SN-X1', true], ['SN-X2', true]]);
    const unit = await request(svc.http).get('/units/SN-X1').expect(200);
    expect(unit.body.delivery).toMatchObject({ dealerCode: 'D8001', receivedOn: '2026-03-02' });
  });

  it('a file with problems records nothing and names each at its row and column, in the caller\'s language', async () => {
    const before = await commits();
    const file = csv('經銷商代碼 * (dealerCode),序列號 * (serialNo),型號 * (model),收貨日期 * (receivedOn)',
      'D8001,SN-Y1,LQ-690K,2026-03-02', 'D8001,SN-Y1,LQ-690K,2026-03-02', 'NOPE9,SN-Y2,LQ-690K,2026-03-02', 'D8001,SN-X1,LQ-730K,2026-03-02',
      'D8001,,LQ-690K,2026-02-30');
    const res = await upload(file, 'd.csv', 'zh-Hant').expect(422);
    const problems = res.body.problems as Problem[];
    expect(problems.map((p) => [p.row, p.column, p.field, p.code])).toEqual(expect.arrayContaining([
      [6, 'B', 'serialNo', 'required'], [6, 'D', 'receivedOn', 'not-a-date'],
    ]));
    expect(problems.find((p) => p.code === 'not-a-date')).toMatchObject({ value: '2026-02-30', reason: '須為真實日期，格式 YYYY-MM-DD' });
    expect(await commits()).toBe(before);
    // Fixing the cells leaves the problems only a check against what is recorded finds.
    const fixed = await upload(csv('dealerCode,serialNo,model,receivedOn', 'D8001,SN-Y1,LQ-690K,2026-03-02', 'D8001,SN-Y1,LQ-690K,2026-03-02',
      'NOPE9,SN-Y2,LQ-690K,2026-03-02', 'D8001,SN-X1,LQ-730K,2026-03-02'), 'd.csv', 'en').expect(422);
    expect((fixed.body.problems as Problem[]).map((p) => [p.row, p.column, p.field, p.code])).toEqual([
      [3, 'B', 'serialNo', 'duplicate-serial'], [4, 'A', 'dealerCode', 'unknown-dealer'], [5, 'B', 'serialNo', 'delivered'],
    ]);
    expect(fixed.body.problems[0].reason).toBe('serial SN-Y1 is also on row 2');
    expect(await commits()).toBe(before);
  });

  it('names a missing or unknown column, an empty file and too many rows', async () => {
    const columns = await upload(csv('dealerCode,serialNo,colour', 'D8001,SN-Z1,red'), 'd.csv', 'zh-Hans').expect(422);
    expect(columns.body.problems.map((p: Problem) => [p.field, p.code])).toEqual(expect.arrayContaining([['colour', 'unknown-column'], ['model', 'missing-column'], ['receivedOn', 'missing-column']]));
    await upload(csv('dealerCode,serialNo,model,receivedOn')).expect(422).expect((r) => expect(r.body.problems[0].code).toBe('no-rows'));
    const many = Array.from({ length: 6 }, (_, i) => `D8001,SN-M${i},X,2026-03-02`);
    const tooMany = await upload(csv('dealerCode,serialNo,model,receivedOn', ...many)).expect(422);
    expect(tooMany.body.problems).toEqual([expect.objectContaining({ code: 'too-many-rows', reason: expect.stringMatching(/5/) })]);
  });

  it.each([
    ['a binary file (a well-formed request: 422)', () => upload(Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]), 'd.csv'), 422, 'file'],
    ['no file', () => request(svc.http).post('/unit-deliveries/imports').field('note', 'x'), 400, 'file'],
    ['JSON', () => request(svc.http).post('/unit-deliveries/imports').send({ file: 'x' }), 415, 'content-type'],
    ['a file past UNIT_IMPORT_MAX_BYTES', () => upload(Buffer.alloc(20_001, 65)), 413, 'file'],
    ['an unknown language', () => upload(csv('dealerCode'), 'd.csv', 'fr'), 400, 'lang'],
  ])('%s is refused, never a 500', async (_name, send, status, field) => {
    const before = await commits();
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.body.problems.map((p: Problem) => p.field)).toContain(field);
    expect(await commits()).toBe(before);
  });

  it('an unknown template format is a 400 naming format', async () => {
    const res = await request(svc.http).get('/unit-deliveries/template?format=ods').expect(400);
    expect(res.body.problems.map((p: Problem) => p.field)).toEqual(['format']);
  });
});
