import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { ContractsModule } from './contracts.module';

const D = 'D0301';
const dealer = { code: D, name: '華北辦公設備', region: 'north' };
const agreement = {
  validFrom: '2026-01-01', validTo: '2026-12-31', fundModel: 'revenue-share', fundRateBp: 300, partsQuotaBp: 200, carryAcrossYear: true,
};
const AGREEMENTS = `/dealers/${D}/agreements`;
type Problem = { field: string; reason: string };

/** Every rule here answers 4xx in the usual shape, names the field, and writes nothing. */
describe('contracts: bad input is refused at the edge, never a 500', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  const commits = () => svc.infra.store.commits.countDocuments({});
  const postRaw = (path: string, body: string, type = 'application/json') =>
    request(svc.http).post(path).set('content-type', type).send(body);

  beforeAll(async () => {
    ctx = await createTestContext('contracts-bad-input');
    svc = await startService(ctx, 'contracts', ContractsModule.register);
    await request(svc.http).post('/dealers').send(dealer).expect(201);
  });
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  async function refused(send: () => request.Test, status: number, field: string | RegExp): Promise<Problem[]> {
    const before = await commits();
    const res = await send();
    expect({ status: res.status, body: res.body }).toMatchObject({ status, body: { statusCode: status } });
    expect(typeof res.body.message).toBe('string');
    expect(res.body.correlationId).toEqual(expect.any(String));
    const problems = res.body.problems as Problem[];
    expect(problems.map((p) => p.field)).toContainEqual(typeof field === 'string' ? field : expect.stringMatching(field));
    expect(await commits()).toBe(before);
    return problems;
  }

  describe('the body', () => {
    it.each(['/dealers', AGREEMENTS])('%s: JSON nested deeper than the limit is a 400 naming the nesting', async (path) => {
      const bomb = `{"name":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
      const problems = await refused(() => postRaw(path, bomb), 400, '(body)');
      expect(problems[0]!.reason).toMatch(/nested deeper than 32/);
      const modest = `{"warranty":{"x":${'['.repeat(40)}${']'.repeat(40)}}}`;
      await refused(() => postRaw(path, modest), 400, '(body)');
    });

    it.each([
      ['form post', 'code=D0399&name=x&region=north', 'application/x-www-form-urlencoded'],
      ['JSON sent as text', JSON.stringify({ ...dealer, code: 'D0399' }), 'text/plain'],
      ['multipart', '--b\r\ncontent-disposition: form-data; name="code"\r\n\r\nD0399\r\n--b--', 'multipart/form-data; boundary=b'],
    ])('a %s gets 415', async (_name, body, type) => {
      const problems = await refused(() => postRaw('/dealers', body, type), 415, 'content-type');
      expect(problems[0]!.reason).toMatch(/application\/json/);
      await refused(() => postRaw(AGREEMENTS, body, type), 415, 'content-type');
    });

    it.each([['null', 'null'], ['an array', '[]'], ['a string', '"x"'], ['a number', '1'], ['empty', '']])(
      'a body that is %s gets 400 "the body must be a JSON object"', async (_name, body) => {
        await refused(() => postRaw('/dealers', body), 400, '(body)');
        const res = await postRaw(AGREEMENTS, body).expect(400);
        expect(res.body.message).toBe('the body must be a JSON object');
      },
    );

    it('malformed JSON names the line and column', async () => {
      const problems = await refused(() => postRaw('/dealers', '{\n  "code": "D0398",\n  "name": x\n}'), 400, '(body)');
      expect(problems[0]!.reason).toMatch(/line 3, column 11/);
      const cut = await refused(() => postRaw(AGREEMENTS, '{"validFrom": "2026-01-01"'), 400, '(body)');
      expect(cut[0]!.reason).toMatch(/line 1, column 27/);
    });

    it.each([
      ['__proto__ at the top', '/dealers', `{"__proto__":{"admin":true},"code":"D0397","name":"x","region":"north"}`, '__proto__'],
      ['constructor at the top', '/dealers', `{"constructor":{"prototype":{}},"code":"D0397","name":"x","region":"north"}`, 'constructor'],
      ['prototype nested', AGREEMENTS, JSON.stringify({ ...agreement, returns: { prototype: 1 } }), 'returns.prototype'],
      ['__proto__ in a list', AGREEMENTS,
        `{"validFrom":"2026-01-01","validTo":"2026-12-31","fundModel":"per-unit","allowancePerUnitFen":1,"feeSchedule":[{"__proto__":{}}]}`,
        'feeSchedule.0.__proto__'],
    ])('%s is refused like an unknown field', async (_name, path, body, field) => {
      const problems = await refused(() => postRaw(path, body), 400, field);
      expect(problems.find((p) => p.field === field)!.reason).toMatch(/should not exist/);
    });
  });

  describe('fields', () => {
    it.each([
      ['NUL in a name', '/dealers', { ...dealer, code: 'D0310', name: 'a\u0000b' }, 'name'],
      ['a line break in a name', '/dealers', { ...dealer, code: 'D0311', name: 'a\nb' }, 'name'],
      ['a control character in an address', '/dealers', { ...dealer, code: 'D0312', address: 'x\u0007' }, 'address'],
      ['a blank name', '/dealers', { ...dealer, code: 'D0313', name: ' \t ' }, 'name'],
      ['an ideographic-space name', '/dealers', { ...dealer, code: 'D0314', name: '\u3000' }, 'name'],
      ['a blank region', '/dealers', { ...dealer, code: 'D0315', region: '   ' }, 'region'],
      ['NUL in a territory', AGREEMENTS, { ...agreement, territory: ['north', 'a\u0000'] }, 'territory'],
      ['a tab in a fee operation', AGREEMENTS, { ...agreement, feeSchedule: [{ operation: 'a\tb', feeFen: 1, freeQuota: 0 }] }, 'feeSchedule.0.operation'],
      ['a blank technician', AGREEMENTS, { ...agreement, serviceOrganisation: { technicians: [' '] } }, 'serviceOrganisation.technicians'],
      ['a nested list in the fee schedule', AGREEMENTS, { ...agreement, feeSchedule: [[]] }, /^feeSchedule/],
      ['a nested list in the component overrides', AGREEMENTS, { ...agreement, warranty: { componentOverrides: [[]] } }, /^warranty\.componentOverrides/],
      ['a list for a section', AGREEMENTS, { ...agreement, serviceLevels: { arrivalHours: [] } }, 'serviceLevels.arrivalHours'],
      ['a time zone that is no IANA zone', AGREEMENTS, { ...agreement, calendar: { timeZone: 'Mars/Base' } }, 'calendar.timeZone'],
      ['an offset for a time zone', AGREEMENTS, { ...agreement, calendar: { timeZone: '+08:00' } }, 'calendar.timeZone'],
      ['an offset for the dealer time zone', '/dealers', { ...dealer, code: 'D0316', timeZone: '+08:00' }, 'timeZone'],
      ['a fee past 2^53−1 fen', AGREEMENTS, { ...agreement, feeSchedule: [{ operation: 'x', feeFen: 2 ** 53, freeQuota: 0 }] }, 'feeSchedule.0.feeFen'],
      ['an allowance past 2^53−1 fen', AGREEMENTS,
        { validFrom: '2026-01-01', validTo: '2026-12-31', fundModel: 'per-unit', allowancePerUnitFen: 1.3e21 }, 'allowancePerUnitFen'],
    ])('%s is a 400 naming the field', async (_name, path, body, field) => {
      await refused(() => request(svc.http).post(path).send(body), 400, field);
    });

    it.each([
      ['name', '/dealers', { ...dealer, code: 'D0320', name: 123 }, 'name', /text/],
      ['noticeDays', AGREEMENTS, { ...agreement, noticeDays: 'abc' }, 'noticeDays', /integer/],
      ['fundRateBp', AGREEMENTS, { ...agreement, fundRateBp: 'abc' }, 'fundRateBp', /integer/],
      ['allowancePerUnitFen', AGREEMENTS, { validFrom: '2026-01-01', validTo: '2026-12-31', fundModel: 'per-unit', allowancePerUnitFen: 'abc' },
        'allowancePerUnitFen', /integer number of fen/],
      ['feeFen', AGREEMENTS, { ...agreement, feeSchedule: [{ operation: 'x', feeFen: 'abc', freeQuota: 0 }] }, 'feeSchedule.0.feeFen', /integer number of fen/],
      ['territory', AGREEMENTS, { ...agreement, territory: 'north' }, 'territory', /array/],
      ['a section', AGREEMENTS, { ...agreement, returns: 7 }, 'returns', /object/],
    ])('a wrong type for %s gets one reason', async (_name, path, body, field, reason) => {
      const problems = await refused(() => request(svc.http).post(path).send(body), 400, field);
      const mine = problems.filter((p) => p.field === field);
      expect(mine).toEqual([{ field, reason: expect.stringMatching(reason) }]);
    });

    it('a missing required field gets one reason', async () => {
      const problems = await refused(() => request(svc.http).post('/dealers').send({ code: 'D0321', region: 'north' }), 400, 'name');
      expect(problems).toEqual([{ field: 'name', reason: 'name is required' }]);
    });
  });

  describe('query numbers are decimal integers, nothing else', () => {
    it.each(['', '0x10', '1e2', ' 1', '1.0', '+1', '1,2', 'Infinity'])('skip=%j is a 400 naming skip', async (skip) => {
      const problems = await refused(() => request(svc.http).get('/dealers').query({ skip }), 400, 'skip');
      expect(problems).toEqual([{ field: 'skip', reason: 'skip must be an integer written in decimal digits' }]);
    });

    it('a repeated number is a 400, a decimal one is read', async () => {
      await refused(() => request(svc.http).get('/dealers?limit=1&limit=2'), 400, 'limit');
      const res = await request(svc.http).get('/dealers?skip=0&limit=1').expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(1);
    });
  });

  describe('the filters and order of GET /dealers', () => {
    it.each([
      ['q repeated', 'q=a&q=b', 'q'],
      // The query parser keeps brackets in the name: an unknown parameter, refused by its name.
      ['q as an operator object', 'q[$regex]=.', 'q[$regex]'],
      ['q longer than 100', `q=${'x'.repeat(101)}`, 'q'],
      ['within that is no dealer code', 'within=d1', 'within'],
      ['within as an operator object', 'within[$ne]=D0001', 'within[$ne]'],
      ['within repeated', 'within=D0001&within=D0002', 'within'],
      ['an unknown sort', 'sort=colour', 'sort'],
      ['sort by a read-model field', 'sort=registeredAt', 'sort'],
      ['sort as an operator object', 'sort[$natural]=1', 'sort[$natural]'],
      ['an empty sort', 'sort=', 'sort'],
    ] as const)('%s is a 400 naming it', async (_name, query, field) => {
      await refused(() => request(svc.http).get(`/dealers?${query}`), 400, field);
    });

    it('are read together, the total over every page', async () => {
      // The list is a read model, projected from contracts.events.v1: wait for the dealer to reach it.
      const res = await eventually(
        () => request(svc.http).get('/dealers').query({ q: '華北', within: D, sort: '-name', limit: 1 }),
        (r) => r.status === 200 && r.body.total > 0,
      );
      expect({ total: res.body.total, codes: res.body.items.map((d: { code: string }) => d.code) }).toEqual({ total: 1, codes: [D] });
    });
  });

  describe('a method the document does not declare on a known path', () => {
    it.each([
      ['DELETE', '/dealers', 'GET, POST, HEAD'],
      ['PUT', '/dealers/D0301', 'GET, HEAD'],
      ['PATCH', AGREEMENTS, 'GET, POST, HEAD'],
      ['TRACE', '/regions', 'GET, HEAD'],
    ])('%s %s is a 405 with Allow: %s', async (method, path, allow) => {
      const res = await request(svc.http)[method.toLowerCase() as 'put'](path).set('content-type', 'text/plain').send('x');
      expect({ status: res.status, allow: res.headers['allow'], statusCode: res.body.statusCode }).toEqual({ status: 405, allow, statusCode: 405 });
      expect(res.body.problems).toEqual([{ field: '(method)', reason: `${path} allows ${allow}` }]);
    });

    it('OPTIONS answers the same Allow; an unknown path stays 404', async () => {
      const options = await request(svc.http).options('/dealers').expect(204);
      expect(options.headers['allow']).toBe('GET, POST, HEAD');
      await request(svc.http).delete('/nowhere').expect(404);
    });
  });

  describe('explicit null is treated as absent, never stored', () => {
    it('for an optional dealer field', async () => {
      await request(svc.http).post('/dealers').send({ ...dealer, code: 'D0330', address: null, hotline: null }).expect(201);
      const found = await eventually(() => request(svc.http).get('/dealers/D0330'), (r) => r.status === 200);
      expect(found.body).not.toHaveProperty('address');
      expect(found.body).not.toHaveProperty('hotline');
      const [stored] = await svc.infra.store.commits.find({ streamId: 'dealer-D0330' }).toArray();
      expect(stored!.events[0]!.data).toEqual({ ...dealer, code: 'D0330', serviceClass: 'local', timeZone: 'Asia/Shanghai' });
    });

    it('for an optional term, which then takes its default', async () => {
      const body = { ...agreement, noticeDays: null, serviceOrganisation: { address: null, technicians: ['王工'] }, returns: null };
      const res = await request(svc.http).post(AGREEMENTS).send(body).expect(201);
      expect(res.body.terms.noticeDays).toBe(7);
      expect(res.body.terms.serviceOrganisation).toEqual({ technicians: ['王工'] });
      expect(res.body.terms.returns).toEqual({ doaWindowDays: 7, qualityWindowDays: 15 });
    });

    it('not for an unknown field, which is refused, also inside a section of terms', async () => {
      await refused(() => request(svc.http).post('/dealers').send({ ...dealer, code: 'D0332', colour: null }), 400, 'colour');
      await refused(() => request(svc.http).post(AGREEMENTS).send({ ...agreement, returns: { refundAll: null } }), 400, 'returns.refundAll');
    });

    it('for a required field, which is then missing', async () => {
      const problems = await refused(() => request(svc.http).post('/dealers').send({ ...dealer, code: 'D0331', name: null }), 400, 'name');
      expect(problems).toEqual([{ field: 'name', reason: 'name is required' }]);
    });
  });

  describe('regions come from the configured list', () => {
    it('an unknown region is a 422 naming region', async () => {
      const problems = await refused(() => request(svc.http).post('/dealers').send({ ...dealer, code: 'D0340', region: 'atlantis' }), 422, 'region');
      expect(problems[0]!.reason).toMatch(/north/);
    });

    it("a registered dealer carries its region's service class", async () => {
      const res = await request(svc.http).post('/dealers').send({ ...dealer, code: 'D0341', region: 'west' }).expect(201);
      expect(res.body).toMatchObject({ region: 'west', serviceClass: 'far' });
      await request(svc.http).post('/dealers').send({ ...dealer, code: 'D0341', region: 'west' }).expect(200);
      const regions = await request(svc.http).get('/regions').expect(200);
      expect(regions.body.items).toContainEqual({ region: 'north', serviceClass: 'local' });
    });
  });
});
