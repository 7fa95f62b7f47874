import { createTestContext, TestContext } from '@aftersales/testing';
import { createAccount, GatewayUnderTest, signIn, startGateway, TEST_PASSWORD } from '../../testing';

/** The shared servers can be slow to answer when many suites run: starting may take longer than a test. */
const HOOK_TIMEOUT_MS = 180_000;

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('sign-in (real FerretDB)', () => {
  let ctx: TestContext;
  let gateway: GatewayUnderTest;

  beforeAll(async () => {
    ctx = await createTestContext('gwsignin');
    gateway = await startGateway({ mongoUrl: ctx.mongoUrl, mongoDb: ctx.dbName });
    await createAccount(gateway, { username: 'finance.li', roles: ['finance'] });
    await createAccount(gateway, { username: 'dealer.d0001', roles: ['dealer'], dealerCode: 'D0001' });
  }, HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await gateway?.close();
    await ctx?.dispose();
  });

  it('given a finance account, when it signs in, then it gets a 15-minute access token, its user and a strict httpOnly refresh cookie', async () => {
    const answer = await post(`${gateway.url}/api/auth/sign-in`, { username: 'Finance.Li', password: TEST_PASSWORD });
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { accessToken: string; expiresIn: number; user: unknown };
    expect(body).toEqual({ accessToken: expect.any(String), expiresIn: 900, user: { id: expect.any(String), username: 'finance.li', roles: ['finance'], dealerCode: null, source: 'password' } });
    const cookie = answer.headers.getSetCookie().find((c) => c.startsWith('aftersales_refresh='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('GET /api/auth/me answers the signed-in dealer user, with its dealer', async () => {
    const session = await signIn(gateway.url, 'dealer.d0001', TEST_PASSWORD);
    const me = await fetch(`${gateway.url}/api/auth/me`, { headers: session.headers });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ username: 'dealer.d0001', roles: ['dealer'], dealerCode: 'D0001' });
  });

  it('without a token, or with a malformed one, a route answers 401 as a problem', async () => {
    for (const headers of [{}, { authorization: 'Bearer nonsense' }, { authorization: 'Basic abc' }] as Record<string, string>[]) {
      const answer = await fetch(`${gateway.url}/api/auth/me`, { headers });
      expect(answer.status).toBe(401);
      expect(await answer.json()).toMatchObject({ statusCode: 401, problems: [], correlationId: expect.any(String) });
    }
  });

  it('a wrong password and an unknown user get the same 401 answer', async () => {
    const wrong = await post(`${gateway.url}/api/auth/sign-in`, { username: 'finance.li', password: 'not-the-password' });
    const unknown = await post(`${gateway.url}/api/auth/sign-in`, { username: 'nobody.here', password: 'not-the-password' });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    const strip = ({ correlationId: _, ...rest }: Record<string, unknown>) => rest;
    expect(strip((await wrong.json()) as Record<string, unknown>)).toEqual(strip((await unknown.json()) as Record<string, unknown>));
  });

  it('a sign-in without a password is a 400 naming the field', async () => {
    const answer = await post(`${gateway.url}/api/auth/sign-in`, { username: 'finance.li' });
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { problems: { field: string }[] }).problems.map((p) => p.field)).toContain('password');
  });

  it("answers carry helmet's security headers", async () => {
    const answer = await fetch(`${gateway.url}/api/auth/me`);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(answer.headers.get('strict-transport-security')).toBeTruthy();
    expect(answer.headers.get('x-powered-by')).toBeNull();
  });
});
