import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { PartsLogisticsModule } from '../parts-logistics.module';

type Problem = { row: number; column?: string; field: string; value?: string; code: string; reason: string };
const csv = (...lines: string[]) => Buffer.from(`${lines.join('\n')}\n`, 'utf8');
const HEADER = 'code,kind,name,unitPriceYuan';

/** 維修收費標准 on the real service: imports all or nothing, versions from a date, line edits with history, the price in force on a day. */
describe('parts-logistics: the price list', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  const commits = () => svc.infra.store.commits.countDocuments({});
  const upload = (file: Buffer, query: string, name = 'prices.csv') => request(svc.http).post(`/price-list/imports?${query}`).attach('file', file, name);
  const priceOn = async (code: string, on: string) => {
    const res = await request(svc.http).get(`/price-list/items?on=${on}&q=${encodeURIComponent(code)}`).expect(200);
    return (res.body.items as { code: string; unitPriceFen: number }[]).find((item) => item.code === code)?.unitPriceFen;
  };
  const projected = (version: number) =>
    eventually(async () => (await request(svc.http).get('/price-list/versions')).body.versions?.[0]?.version, (v) => v === version);

  beforeAll(async () => {
    process.env['PRICE_LIST_MAX_ROWS'] = '5';
    ctx = await createTestContext('parts-pricelist');
    svc = await startService(ctx, 'parts-logistics', PartsLogisticsModule.register);
  });
  afterAll(async () => {
    delete process.env['PRICE_LIST_MAX_ROWS'];
    await svc?.close();
    await ctx?.dispose();
  });

  it('an import is version 1, readable at once at its Location; the same file again changes nothing', async () => {
    const file = csv(HEADER, 'P-1001,part,列印頭 LQ-690K,480.00', 'P-2002,配件,色帶,15.5', 'L-01,工時,更換列印頭,80');
    const res = await upload(file, 'effectiveFrom=2026-04-01&reason=2026 年度價格', '維修收費標准 2026.csv').expect(201);
    expect(res.body).toEqual({ version: 1, effectiveFrom: '2026-04-01', source: 'import', reason: '2026 年度價格', fileName: '維修收費標准 2026.csv', set: 3, withdrawn: 0, lineCount: 3, created: true });
    expect(res.headers['location']).toBe('/price-list/versions/1');
    const version = await request(svc.http).get('/price-list/versions/1').expect(200);
    expect(version.body).toMatchObject({ version: 1, set: 3, lineCount: 3, actor: expect.any(String) });
    const again = await upload(file, 'effectiveFrom=2026-04-01').expect(200);
    expect(again.body).toMatchObject({ version: 1, created: false, set: 0 });
    await projected(1);
    expect(await priceOn('P-2002', '2026-04-01')).toBe(1_550);
    expect(await priceOn('P-2002', '2026-03-31')).toBeUndefined();
  });

  it('a line edit is a new version from its date: what moved before keeps its price; the history keeps the reason', async () => {
    const res = await request(svc.http).post('/price-list/changes')
      .send({ code: 'P-1001', kind: 'part', name: '列印頭 LQ-690K', unitPriceFen: 45_000, effectiveFrom: '2026-07-01', reason: '供應商調價' }).expect(201);
    expect(res.body).toMatchObject({ version: 2, source: 'edit', set: 1, lineCount: 3 });
    await projected(2);
    expect([await priceOn('P-1001', '2026-06-30'), await priceOn('P-1001', '2026-07-01')]).toEqual([48_000, 45_000]);
    const history = await request(svc.http).get('/price-list/items/P-1001').expect(200);
    expect(history.body.history.map((c: { version: number; unitPriceFen: number; effectiveTo?: string; reason?: string }) => [c.version, c.unitPriceFen, c.effectiveTo, c.reason]))
      .toEqual([[1, 48_000, '2026-07-01', '2026 年度價格'], [2, 45_000, undefined, '供應商調價']]);
  });

  it('a withdrawal ends a line from its date; a code never listed is a 404', async () => {
    await request(svc.http).post('/price-list/withdrawals').send({ code: 'P-2002', effectiveFrom: '2026-08-01', reason: '停產' }).expect(201);
    await request(svc.http).post('/price-list/withdrawals').send({ code: 'P-2002', effectiveFrom: '2026-08-01', reason: '停產' }).expect(200);
    const unknown = await request(svc.http).post('/price-list/withdrawals').send({ code: 'P-9999', effectiveFrom: '2026-08-01', reason: 'x' }).expect(404);
    expect(unknown.body.message).toMatch(/P-9999 is not on the price list/);
    await projected(3);
    expect([await priceOn('P-2002', '2026-07-31'), await priceOn('P-2002', '2026-08-01')]).toEqual([1_550, undefined]);
    await request(svc.http).get('/price-list/items/P-9999').expect(404);
  });

  it('a later import withdraws what its file no longer holds; the list in force filters by kind and by code or name', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('價格').addRows([['零件編號或工時代碼 * (code)', '類別 (配件或工時) * (kind)', '名稱 * (name)', '單價 (元) * (unitPriceYuan)'],
      ['P-1001', 'part', '列印頭 LQ-690K', 450], ['P-3003', 'part', '進紙輪', 12.34], ['L-01', 'labour', '更換列印頭', '80.00']]);
    const res = await upload(Buffer.from(await book.xlsx.writeBuffer()), 'effectiveFrom=2026-10-01', 'q4.xlsx').expect(201);
    expect(res.body).toMatchObject({ version: 4, set: 1, withdrawn: 0, lineCount: 3, fileName: 'q4.xlsx' });
    await projected(4);
    const parts = await request(svc.http).get('/price-list/items?on=2026-10-01&kind=part').expect(200);
    expect(parts.body.items.map((i: { code: string }) => i.code)).toEqual(['P-1001', 'P-3003']);
    const byName = await request(svc.http).get(`/price-list/items?on=2026-10-01&q=${encodeURIComponent('進紙')}`).expect(200);
    expect(byName.body).toMatchObject({ on: '2026-10-01', total: 1, items: [{ code: 'P-3003', unitPriceFen: 1_234, version: 4 }] });
  });

  it('a file with problems records nothing and names each at its row and column, in the caller\'s language', async () => {
    const before = await commits();
    const res = await upload(csv(HEADER, 'P-1,part,甲,1', 'P-1,part,乙,2', 'bad code!,tool,,-1', 'P-2,part,丙,1.234'), 'effectiveFrom=2026-11-01&lang=zh-Hant').expect(422);
    const problems = res.body.problems as Problem[];
    expect(problems.map((p) => [p.row, p.column, p.field, p.code])).toEqual([
      [4, 'A', 'code', 'invalid'], [4, 'B', 'kind', 'invalid'], [4, 'C', 'name', 'required'], [4, 'D', 'unitPriceYuan', 'invalid'],
      [5, 'D', 'unitPriceYuan', 'invalid'], [3, 'A', 'code', 'duplicate-code'],
    ]);
    expect(problems.find((p) => p.code === 'duplicate-code')?.reason).toBe('編號 P-1 也在第 2 列');
    const tooMany = await upload(csv(HEADER, ...Array.from({ length: 6 }, (_, i) => `P-${i},part,x,1`)), 'effectiveFrom=2026-11-01').expect(422);
    expect(tooMany.body.problems).toEqual([expect.objectContaining({ code: 'too-many-rows', reason: expect.stringContaining('PRICE_LIST_MAX_ROWS') })]);
    expect(await commits()).toBe(before);
  });

  it('a version never takes effect before the latest one (422 naming effectiveFrom)', async () => {
    const res = await request(svc.http).post('/price-list/changes')
      .send({ code: 'P-1001', kind: 'part', name: '列印頭', unitPriceFen: 1, effectiveFrom: '2026-09-30', reason: 'backdated' }).expect(422);
    expect(res.body.problems).toEqual([expect.objectContaining({ field: 'effectiveFrom', reason: expect.stringContaining('before 2026-10-01') })]);
  });

  it.each([
    ['an import without effectiveFrom', () => upload(csv(HEADER, 'P-1,part,x,1'), ''), 'effectiveFrom'],
    ['an import on a date that is none', () => upload(csv(HEADER, 'P-1,part,x,1'), 'effectiveFrom=2026-02-30'), 'effectiveFrom'],
    ['an import without a file', () => request(svc.http).post('/price-list/imports?effectiveFrom=2026-11-01').field('x', 'y'), 'file'],
    ['a change without a reason', () => request(svc.http).post('/price-list/changes').send({ code: 'P-1', kind: 'part', name: 'x', unitPriceFen: 1, effectiveFrom: '2026-11-01' }), 'reason'],
    ['a change of a negative price', () => request(svc.http).post('/price-list/changes').send({ code: 'P-1', kind: 'part', name: 'x', unitPriceFen: -1, effectiveFrom: '2026-11-01', reason: 'r' }), 'unitPriceFen'],
    ['a change of a price in yuan', () => request(svc.http).post('/price-list/changes').send({ code: 'P-1', kind: 'part', name: 'x', unitPriceFen: 1.5, effectiveFrom: '2026-11-01', reason: 'r' }), 'unitPriceFen'],
    ['a change of another kind', () => request(svc.http).post('/price-list/changes').send({ code: 'P-1', kind: 'tool', name: 'x', unitPriceFen: 1, effectiveFrom: '2026-11-01', reason: 'r' }), 'kind'],
    ['a withdrawal of a code with spaces', () => request(svc.http).post('/price-list/withdrawals').send({ code: 'P 1', effectiveFrom: '2026-11-01', reason: 'r' }), 'code'],
    ['a list on a day that is none', () => request(svc.http).get('/price-list/items?on=2026-13-01'), 'on'],
    ['a list of another kind', () => request(svc.http).get('/price-list/items?kind=tool'), 'kind'],
    ['a list with limit 0x10', () => request(svc.http).get('/price-list/items?limit=0x10'), 'limit'],
    ['a version that is no number', () => request(svc.http).get('/price-list/versions/1e2'), 'version'],
  ])('%s is a 400 naming the field, never a 500', async (_what, send, field) => {
    const before = await commits();
    const res = await send();
    expect(res.status).toBe(400);
    expect(res.body.problems.map((p: Problem) => p.field)).toContain(field);
    expect(await commits()).toBe(before);
  });

  it('a rebuild of the price list from its events equals the live read model', async () => {
    const live = async () => ({
      periods: await svc.infra.db.collection('price_periods').find().sort({ _id: 1 }).toArray(),
      versions: await svc.infra.db.collection('price_list_versions').find().sort({ _id: 1 }).toArray(),
    });
    const before = await live();
    expect(before.periods.length).toBeGreaterThan(0);
    const started = await request(svc.http).post('/admin/rebuilds').send({ projection: 'price-list' }).expect(202);
    const done = await eventually(async () => (await request(svc.http).get(`/admin/rebuilds/${started.body._id}`)).body, (r) => r.state !== 'running', 60_000);
    expect(done.state).toBe('succeeded');
    expect(await live()).toEqual(before);
  });

  it('the version asked for that was never made is a 404', async () => {
    await request(svc.http).get('/price-list/versions/99').expect(404);
  });
});
