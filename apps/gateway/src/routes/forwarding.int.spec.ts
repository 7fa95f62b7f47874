import { CommitDocument, EVENTS_COLLECTION } from '@aftersales/event-store-mongo';
import { MongoClient } from 'mongodb';
import { createAccount, GatewayUnderTest, signIn, startGateway, TEST_PASSWORD } from '../testing';
import { ServicesStack, startServicesStack } from './testing/services-stack';

const ACTOR_SECRET = 'forwarding-test-actor-secret-0123456789';
const without = ({ correlationId: _c, ...rest }: Record<string, unknown>) => rest;

describe('the gateway forwards the services routes, scoped and signed', () => {
  let stack: ServicesStack;
  let gateway: GatewayUnderTest;
  let mongo: MongoClient;
  const as: Record<string, { authorization: string }> = {};

  const call = async (who: string, method: string, path: string, body?: unknown) => {
    const answer = await fetch(`${gateway.url}${path}`, {
      method, headers: { ...as[who], ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined,
    });
    const text = await answer.text();
    return { status: answer.status, headers: answer.headers, body: text ? JSON.parse(text) as Record<string, unknown> : undefined };
  };

  beforeAll(async () => {
    stack = await startServicesStack('gwforward', { ACTOR_SECRET });
    mongo = await new MongoClient(stack.mongoUrl).connect();
    gateway = await startGateway({ mongoUrl: stack.mongoUrl, mongoDb: stack.dbOf('gateway'), services: stack.urls, env: { ACTOR_SECRET } });
    const accounts = [
      { username: 'wang.fang', roles: ['service-manager' as const] },
      { username: 'zhao.min', roles: ['admin' as const] },
      { username: 'd0001.user', roles: ['dealer' as const], dealerCode: 'D0001' },
    ];
    for (const account of accounts) {
      await createAccount(gateway, account);
      as[account.username] = (await signIn(gateway.url, account.username, TEST_PASSWORD)).headers;
    }
    for (const dealer of [
      { code: 'D0001', name: '台北一號', region: 'north' },
      { code: 'D0002', name: '台中二號', region: 'south' },
      { code: 'D0003', name: '台北分號', region: 'north', parentDealerCode: 'D0001' },
    ]) expect((await call('wang.fang', 'POST', '/api/dealers', dealer)).status).toBe(201);
  }, 180_000);
  afterAll(async () => {
    await gateway?.close();
    await mongo?.db(stack.dbOf('gateway')).dropDatabase().catch(() => undefined);
    await mongo?.close();
    await stack?.close();
  });

  it('answers a registration as the service does, Location under /api, and the event names the signed-in user', async () => {
    const created = await fetch(`${gateway.url}/api/dealers`, {
      method: 'POST', headers: { ...as['wang.fang'], 'content-type': 'application/json', 'x-correlation-id': 'forwarding-D0004' },
      body: JSON.stringify({ code: 'D0004', name: '高雄四號', region: 'south' }),
    });
    expect({ status: created.status, location: created.headers.get('location') }).toEqual({ status: 201, location: '/api/dealers/D0004' });
    const commit = await mongo.db(stack.dbOf('contracts')).collection<CommitDocument>(EVENTS_COLLECTION).findOne({ streamId: { $regex: 'D0004' } });
    expect(commit?.events.map((event) => event.metadata)).toEqual([expect.objectContaining({ actor: 'wang.fang', correlationId: 'forwarding-D0004' })]);
  });

  it("merges every service's history of a dealer, newest first, with who did what", async () => {
    const history = await call('zhao.min', 'GET', '/api/dealers/D0001/history?limit=1');
    // Its one event: registered (settlements has none of it yet), so no next page.
    expect(history.body).toMatchObject({ dealerCode: 'D0001', items: [{ type: expect.stringContaining('DealerRegistered'), actor: 'wang.fang', service: 'contracts' }], next: null });
    expect((await call('d0001.user', 'GET', '/api/dealers/D0002/history')).status).toBe(404);
    expect((await call('zhao.min', 'GET', '/api/dealers/D0999/history')).status).toBe(404);
    expect((await call('zhao.min', 'GET', '/api/dealers/D0001/history?before=bogus')).body).toMatchObject({ statusCode: 400, problems: [{ field: 'before' }] });
  });

  it("gives a dealer user only its own dealer and sub-dealers: others are unknown, with the service's own 404 body", async () => {
    expect((await call('d0001.user', 'GET', '/api/dealers/D0003')).status).toBe(200);
    const foreign = await call('d0001.user', 'GET', '/api/dealers/D0002');
    const missingForDealer = await call('d0001.user', 'GET', '/api/dealers/D0999');
    const missingForAdmin = await call('zhao.min', 'GET', '/api/dealers/D0999');
    expect([foreign.status, missingForDealer.status, missingForAdmin.status]).toEqual([404, 404, 404]);
    expect(without(missingForDealer.body!)).toEqual(without(missingForAdmin.body!));
    expect(JSON.stringify(without(foreign.body!)).replaceAll('D0002', 'D0999')).toBe(JSON.stringify(without(missingForAdmin.body!)));
    expect((await call('d0001.user', 'GET', '/api/funds/D0002')).status).toBe(404);
  });

  it('filters a list for a dealer user instead of refusing it', async () => {
    const codes = async (path: string) => ((await call('d0001.user', 'GET', path)).body!['items'] as { code: string }[]).map((d) => d.code);
    await expectEventually(() => codes('/api/dealers'), ['D0001', 'D0003']);
    expect(await codes('/api/dealers?within=D0003')).toEqual(['D0003']);
    expect((await call('d0001.user', 'GET', '/api/dealers?within=D0002')).body).toEqual({ items: [], total: 0 });
    expect((await call('d0001.user', 'GET', '/api/payments?dealerCode=D0002')).body).toEqual({ payments: [], total: 0 });
    expect(((await call('zhao.min', 'GET', '/api/dealers')).body!['items'] as unknown[]).length).toBeGreaterThanOrEqual(4);
  });

  it('hands out the import template and streams an upload through to contracts', async () => {
    const template = await fetch(`${gateway.url}/api/dealer-imports/template?lang=en`, { headers: as['wang.fang'] });
    expect({ status: template.status, type: template.headers.get('content-type'), disposition: template.headers.get('content-disposition') })
      .toEqual({ status: 200, type: expect.stringContaining('spreadsheetml'), disposition: expect.stringContaining('attachment') });
    const form = new FormData();
    form.append('file', new Blob([await template.arrayBuffer()]), 'dealers.xlsx');
    const upload = await fetch(`${gateway.url}/api/dealer-imports`, { method: 'POST', headers: as['wang.fang'], body: form });
    expect({ status: upload.status, location: upload.headers.get('location') }).toEqual({ status: 201, location: '/api/dealers' });
    const refused = await fetch(`${gateway.url}/api/dealer-imports`, { method: 'POST', headers: as['d0001.user'], body: form });
    expect(refused.status).toBe(403);
  });

  it('refuses with 403 what the role may not do at all, 401 without a token', async () => {
    expect((await call('d0001.user', 'POST', '/api/dealers', { code: 'D0009', name: 'x', region: 'north' })).status).toBe(403);
    expect((await fetch(`${gateway.url}/api/dealers`)).status).toBe(401);
  });

  it('answers a HEAD of a forwarded read (sent to the service as the GET it signs)', async () => {
    expect((await fetch(`${gateway.url}/api/regions`, { method: 'HEAD', headers: as['zhao.min'] })).status).toBe(200);
  });

  it('answers 503 with a problem when a service does not answer, never a 500', async () => {
    const orphan = await startGateway({ mongoUrl: stack.mongoUrl, mongoDb: stack.dbOf('gateway'), services: { ...stack.urls, contracts: 'http://127.0.0.1:9' } });
    try {
      const answer = await fetch(`${orphan.url}/api/regions`, { headers: as['zhao.min'] });
      expect({ status: answer.status, body: await answer.json() }).toMatchObject({ status: 503, body: { statusCode: 503, message: 'The contracts service does not answer' } });
    } finally {
      await orphan.close();
    }
  });
});

async function expectEventually<T>(probe: () => Promise<T>, expected: T, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await probe();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(last).toEqual(expected);
}
