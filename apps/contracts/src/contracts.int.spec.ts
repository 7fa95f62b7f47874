import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { ContractsModule } from './contracts.module';

const dealer = { code: 'D0101', name: '華南辦公設備', region: 'south' };
const agreement = {
  validFrom: '2026-01-01', validTo: '2026-12-31', fundModel: 'revenue-share', fundRateBp: 300, partsQuotaBp: 200, carryAcrossYear: true,
};

describe('contracts service (real Kafka and Mongo-wire server)', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  const commits = () => svc.infra.store.commits.countDocuments({});

  beforeAll(async () => {
    ctx = await createTestContext('contracts');
    svc = await startService(ctx, 'contracts', ContractsModule.register);
  });
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('registers a dealer once; the same details again change nothing; other details conflict', async () => {
    await request(svc.http).post('/dealers').send(dealer).expect(201);
    await request(svc.http).post('/dealers').send(dealer).expect(200);
    const res = await request(svc.http).post('/dealers').send({ ...dealer, name: 'other' }).expect(409);
    expect(res.body.problems).toEqual([{ field: 'code', reason: expect.stringMatching(/already registered/) }]);
    const found = await eventually(() => request(svc.http).get(`/dealers/${dealer.code}`), (r) => r.status === 200);
    expect(found.body).toMatchObject({ ...dealer, timeZone: 'Asia/Shanghai' });
    const list = await request(svc.http).get('/dealers?region=south').expect(200);
    expect(list.body.items.map((d: { code: string }) => d.code)).toContain(dealer.code);
  });

  it('signs an agreement with every term it left out at its default, and versions renewals', async () => {
    const first = await request(svc.http).post(`/dealers/${dealer.code}/agreements`)
      .send({ ...agreement, returns: { doaWindowDays: 10 } }).expect(201);
    expect(first.body).toMatchObject({ agreementVersion: 1, terms: { fundRateBp: 300, noticeDays: 7 } });
    expect(first.body.terms.returns).toEqual({ doaWindowDays: 10, qualityWindowDays: 15 });
    expect(first.body.terms.serviceLevels.arrivalHours).toEqual({ local: 2, near: 12, far: 48 });
    const second = await request(svc.http).post(`/dealers/${dealer.code}/agreements`)
      .send({ ...agreement, validFrom: '2026-07-01', fundRateBp: 350 }).expect(201);
    expect(second.body).toMatchObject({ agreementVersion: 2, supersedesVersion: 1 });
    const listed = await eventually(() => request(svc.http).get(`/dealers/${dealer.code}/agreements`), (r) => r.body.items?.length === 2);
    expect(listed.body.items.map((a: { agreementVersion: number }) => a.agreementVersion)).toEqual([1, 2]);
  });

  describe('bad input gets a 4xx naming the field, and writes nothing', () => {
    const cases: [string, string, object, number, string][] = [
      ['unknown field', '/dealers', { ...dealer, code: 'D0102', colour: 'red' }, 400, 'colour'],
      ['operator injection', '/dealers', { ...dealer, code: { $gt: '' } }, 400, 'code'],
      ['missing name', '/dealers', { code: 'D0103', region: 'x' }, 400, 'name'],
      ['bad time zone', '/dealers', { ...dealer, code: 'D0104', timeZone: 'Mars/Base' }, 400, 'timeZone'],
      ['unknown parent dealer', '/dealers', { ...dealer, code: 'D0105', parentDealerCode: 'NOPE' }, 422, 'parentDealerCode'],
      ['unknown dealer', '/dealers/NOPE/agreements', agreement, 404, 'dealerCode'],
      ['malformed date', `/dealers/${dealer.code}/agreements`, { ...agreement, validFrom: '2026-02-30' }, 400, 'validFrom'],
      ['validTo before validFrom', `/dealers/${dealer.code}/agreements`, { ...agreement, validTo: '2025-12-31' }, 422, 'validTo'],
      ['missing fund rate', `/dealers/${dealer.code}/agreements`, { ...agreement, fundRateBp: undefined }, 400, 'fundRateBp'],
      ['fractional rate', `/dealers/${dealer.code}/agreements`, { ...agreement, fundRateBp: 2.5 }, 400, 'fundRateBp'],
      ['unknown fund model', `/dealers/${dealer.code}/agreements`, { ...agreement, fundModel: 'cash' }, 400, 'fundModel'],
      ['per-unit without allowance', `/dealers/${dealer.code}/agreements`, { validFrom: '2026-01-01', validTo: '2026-12-31', fundModel: 'per-unit' }, 400, 'allowancePerUnitFen'],
      ['term of the other model', `/dealers/${dealer.code}/agreements`, { ...agreement, allowancePerUnitFen: 100 }, 400, 'allowancePerUnitFen'],
      ['unknown nested term', `/dealers/${dealer.code}/agreements`, { ...agreement, returns: { doaWindowDays: 7, refundAll: true } }, 400, 'returns.refundAll'],
      ['nested term out of range', `/dealers/${dealer.code}/agreements`, { ...agreement, serviceLevels: { arrivalHours: { local: -1 } } }, 400, 'serviceLevels.arrivalHours.local'],
    ];

    it.each(cases)('%s', async (_name, path, body, status, field) => {
      const before = await commits();
      const res = await request(svc.http).post(path).send(body).expect(status);
      expect(res.body.problems.map((p: { field: string }) => p.field)).toContain(field);
      expect(res.body.problems.filter((p: { reason: string }) => !p.reason)).toEqual([]); // every problem says why
      expect(await commits()).toBe(before);
    });

    it('a malformed dealer code in the path is refused', async () => {
      const res = await request(svc.http).get('/dealers/d$x').expect(400);
      expect(res.body.problems[0].field).toBe('code');
    });

    it('an operator in a query string is refused', async () => {
      await request(svc.http).get('/dealers?region[$ne]=x').expect(400);
      await request(svc.http).get('/dealers?limit=9999').expect(400);
    });
  });

  it("carries the caller's correlation id into the answer (and its logs)", async () => {
    const res = await request(svc.http).post('/dealers').set('x-correlation-id', 'corr-42').send({ code: 'x' }).expect(400);
    expect(res.headers['x-correlation-id']).toBe('corr-42');
    expect(res.body.correlationId).toBe('corr-42');
    const made = await request(svc.http).get('/health');
    expect(made.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers health with both servers checked, and serves OpenAPI', async () => {
    const health = await request(svc.http).get('/health').expect(200);
    expect(health.body).toMatchObject({ status: 'ok', info: { mongo: { status: 'up' }, kafka: { status: 'up' } } }); // terminus' report
    await request(svc.http).get('/docs/json').expect(200);
  });
});
