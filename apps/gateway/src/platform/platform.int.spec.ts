import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { createTestContext, TestContext } from '@aftersales/testing';
import { GatewayUnderTest, postJson, startGateway } from '../testing';

/** The shared servers can be slow to answer when many suites run: starting may take longer than a test. */
const HOOK_TIMEOUT_MS = 180_000;

/** A stand-in service whose /health answers `status`. */
async function fakeService(status: number): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => res.writeHead(status, { 'content-type': 'application/json' }).end('{}'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('the gateway platform: health, metrics, CORS, body limit, docs (real FerretDB)', () => {
  let ctx: TestContext;
  let up: { url: string; server: Server };
  let gateway: GatewayUnderTest;

  beforeAll(async () => {
    ctx = await createTestContext('gwplatform');
    up = await fakeService(200);
    gateway = await startGateway({
      mongoUrl: ctx.mongoUrl, mongoDb: ctx.dbName, services: { contracts: up.url },
      env: { GATEWAY_CORS_ORIGINS: 'https://backoffice.example', GATEWAY_BODY_LIMIT: '2kb' },
    });
  }, HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await gateway?.close();
    up?.server.close();
    await ctx?.dispose();
  });

  it('/health reports the database and each routed service, without a token', async () => {
    const answer = await fetch(`${gateway.url}/health`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ status: 'ok', details: { mongo: { status: 'up' }, contracts: { status: 'up' } } });
  });

  it('/health is a 503 naming the service that is down', async () => {
    const down = await startGateway({ mongoUrl: ctx.mongoUrl, mongoDb: ctx.dbName, services: { contracts: up.url, settlements: 'http://127.0.0.1:9' } });
    try {
      const answer = await fetch(`${down.url}/health`);
      expect(answer.status).toBe(503);
      expect(await answer.json()).toMatchObject({ status: 'error', error: { settlements: { status: 'down' } }, details: { contracts: { status: 'up' } } });
    } finally {
      await down.close();
    }
  });

  it('/metrics has the HTTP latency by route template', async () => {
    await fetch(`${gateway.url}/api/auth/me`);
    const text = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(text).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/api\/auth\/me"[^}]*status_code="401"/);
  });

  it('CORS answers a listed origin and says nothing to another (the browser refuses it)', async () => {
    const preflight = (origin: string) => fetch(`${gateway.url}/api/auth/sign-in`, {
      method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect((await preflight('https://backoffice.example')).headers.get('access-control-allow-origin')).toBe('https://backoffice.example');
    const evil = await preflight('https://evil.example');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await postJson(`${gateway.url}/api/auth/sign-in`, { username: 'x', password: 'y' }, { origin: 'https://evil.example' });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('a body above GATEWAY_BODY_LIMIT is a 413 problem; a non-JSON one a 415', async () => {
    const big = await postJson(`${gateway.url}/api/auth/sign-in`, { username: 'x', password: 'y'.repeat(3_000) });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ statusCode: 413, problems: [] });
    const form = await fetch(`${gateway.url}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=x' });
    expect(form.status).toBe(415);
  });

  it("/docs/json documents the gateway's own operations with the Bearer scheme", async () => {
    const document = (await (await fetch(`${gateway.url}/docs/json`)).json()) as { paths: Record<string, unknown>; components: { securitySchemes: Record<string, unknown> } };
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/auth/sign-in', '/api/auth/refresh', '/api/auth/me', '/api/users', '/api/users/{username}']));
    expect(document.components.securitySchemes['bearer']).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});
