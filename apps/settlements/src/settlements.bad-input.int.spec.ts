import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { SettlementsModule } from './settlements.module';

const payment = { paymentId: 'P-BAD-1', dealerCode: 'D0401', receivedOn: '2026-08-03', amountFen: 100 };
type Problem = { field: string; reason: string };

/** The body rules every service shares (service-kit's JSON body), through settlements' real app. */
describe('settlements: bad input is refused at the edge, never a 500', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  const commits = () => svc.infra.store.commits.countDocuments({});
  const postRaw = (body: string, type = 'application/json') => request(svc.http).post('/payments').set('content-type', type).send(body);

  beforeAll(async () => {
    ctx = await createTestContext('settlements-bad-input');
    svc = await startService(ctx, 'settlements', SettlementsModule.register);
  });
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  async function refused(send: () => request.Test, status: number, field: string): Promise<Problem[]> {
    const before = await commits();
    const res = await send();
    expect({ status: res.status, body: res.body }).toMatchObject({ status, body: { statusCode: status } });
    expect(res.body.correlationId).toEqual(expect.any(String));
    const problems = res.body.problems as Problem[];
    expect(problems.map((p) => p.field)).toContain(field);
    expect(await commits()).toBe(before);
    return problems;
  }

  it('DELETE /payments is a 405 with Allow: GET, POST, HEAD, before the body is read', async () => {
    const res = await request(svc.http).delete('/payments').set('content-type', 'text/plain').send('x').expect(405);
    expect(res.headers['allow']).toBe('GET, POST, HEAD');
    expect(res.body).toMatchObject({ statusCode: 405, problems: [{ field: '(method)', reason: '/payments allows GET, POST, HEAD' }] });
    expect((await request(svc.http).post('/funds/D0401').send({}).expect(405)).headers['allow']).toBe('GET, HEAD');
  });

  it('JSON nested deeper than the limit is a 400, not a stack overflow', async () => {
    const problems = await refused(() => postRaw(`{"amountFen":${'['.repeat(20_000)}${']'.repeat(20_000)}}`), 400, '(body)');
    expect(problems[0]!.reason).toMatch(/nested deeper than 32/);
  });

  it('an unknown field is refused even when null (null means left out only for a field the body has)', async () => {
    const problems = await refused(() => request(svc.http).post('/payments').send({ ...payment, paymentId: 'P-BAD-9', '': null, colour: null }), 400, 'colour');
    expect(problems.map((p) => p.field).sort()).toEqual(['', 'colour']);
  });

  it('a body over 100 kB gets 413 in the problem shape, as documented', async () => {
    const res = await postRaw(JSON.stringify({ ...payment, paymentId: 'x'.repeat(150_000) })).expect(413);
    expect(res.body).toMatchObject({ statusCode: 413, problems: [], correlationId: expect.any(String) });
  });

  it('a body that is not JSON gets 415', async () => {
    await refused(() => postRaw('paymentId=P-BAD-2&dealerCode=D0401&receivedOn=2026-08-03&amountFen=1', 'application/x-www-form-urlencoded'), 415, 'content-type');
    await refused(() => postRaw(JSON.stringify(payment), 'text/plain'), 415, 'content-type');
  });

  it.each(['null', '[]', '[{"paymentId":"x"}]', ''])('a body %j gets 400 "the body must be a JSON object"', async (body) => {
    await refused(() => postRaw(body), 400, '(body)');
    expect((await postRaw(body)).body.message).toBe('the body must be a JSON object');
  });

  it('malformed JSON names the line and column', async () => {
    const problems = await refused(() => postRaw('{"paymentId": "P-BAD-3",, "amountFen": 1}'), 400, '(body)');
    expect(problems[0]!.reason).toMatch(/line 1, column 25/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a %s key is refused like an unknown field', async (key) => {
    const body = `{"${key}":{"amountFen":1},"paymentId":"P-BAD-4","dealerCode":"D0401","receivedOn":"2026-08-03","amountFen":1}`;
    const problems = await refused(() => postRaw(body), 400, key);
    expect(problems.find((p) => p.field === key)!.reason).toMatch(/should not exist/);
  });

  it.each([
    ['amountFen', { ...payment, amountFen: 'abc' }, /number of fen/],
    ['receivedOn', { ...payment, receivedOn: 20260803 }, /date/],
    ['paymentId', { ...payment, paymentId: 7 }, /./],
  ])('a wrong type for %s gets one reason', async (field, body, reason) => {
    const problems = await refused(() => request(svc.http).post('/payments').send(body), 400, field);
    expect(problems).toEqual([{ field, reason: expect.stringMatching(reason) }]);
  });

  it('a payment received in the year 0000 is refused: its start would not be an ISO 8601 instant downstream (API fuzzing)', async () => {
    const problems = await refused(() => request(svc.http).post('/payments').send({ ...payment, receivedOn: '0000-06-30' }), 400, 'receivedOn');
    expect(problems).toEqual([{ field: 'receivedOn', reason: expect.stringMatching(/real date/) }]);
  });

  it('a null required field is missing, with one reason', async () => {
    const problems = await refused(() => request(svc.http).post('/payments').send({ ...payment, amountFen: null }), 400, 'amountFen');
    expect(problems).toEqual([{ field: 'amountFen', reason: 'amountFen is required' }]);
  });

  it('a control character in the payment id is refused', async () => {
    await refused(() => request(svc.http).post('/payments').send({ ...payment, paymentId: 'P\u0000' }), 400, 'paymentId');
  });
});
