import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { ContractsModule } from '../../contracts.module';

const D = 'D0111';
const terms = { fundModel: 'revenue-share', fundRateBp: 300, partsQuotaBp: 200, carryAcrossYear: true };

describe('the agreement in force on a date: a later version supersedes the earlier ones from its validFrom on', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  const sign = (validFrom: string, validTo: string) => request(svc.http).post(`/dealers/${D}/agreements`).send({ ...terms, validFrom, validTo });
  const inForceOn = (date: string) => request(svc.http).get(`/dealers/${D}/agreements?inForceOn=${date}`);

  beforeAll(async () => {
    ctx = await createTestContext('inforce');
    svc = await startService(ctx, 'contracts', ContractsModule.register);
    await request(svc.http).post('/dealers').send({ code: D, name: '華北辦公設備', region: 'north' }).expect(201);
    await sign('2026-01-01', '2027-12-31').expect(201);
    await sign('2026-07-01', '2026-12-31').expect(201);
    await eventually(() => request(svc.http).get(`/dealers/${D}/agreements`), (r) => r.body.items?.length === 2);
  }, 90_000);
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('is version 1 before version 2 starts and version 2 from its validFrom', async () => {
    expect((await inForceOn('2026-06-30').expect(200)).body.items.map((v: { agreementVersion: number }) => v.agreementVersion)).toEqual([1]);
    expect((await inForceOn('2026-07-01').expect(200)).body.items.map((v: { agreementVersion: number }) => v.agreementVersion)).toEqual([2]);
  });

  it('is none after version 2 ends: version 1 does not come back on 2027-03-01', async () => {
    expect((await inForceOn('2027-03-01').expect(200)).body).toEqual({ dealerCode: D, inForceOn: '2027-03-01', items: [] });
  });

  it('refuses a version that ends before the latest one starts, naming validTo, and writes nothing', async () => {
    const before = await svc.infra.store.commits.countDocuments({});
    const res = await sign('2026-01-01', '2026-06-30').expect(422);
    expect(res.body.problems).toEqual([{ field: 'validTo', reason: expect.stringContaining('2026-07-01') }]);
    expect(await svc.infra.store.commits.countDocuments({})).toBe(before);
  });

  it('refuses a malformed date', async () => {
    expect((await inForceOn('2027-02-30').expect(400)).body.problems[0].field).toBe('inForceOn');
  });
});
