import { createTestContext, TestContext } from '@aftersales/testing';
import { createAccount, GatewayUnderTest, patchJson, postJson, refreshCookieOf, signIn, startGateway, TEST_PASSWORD } from '../testing';

/** The shared servers can be slow to answer when many suites run: starting may take longer than a test. */
const HOOK_TIMEOUT_MS = 180_000;

const refresh = (url: string, cookie: string) => fetch(`${url}/api/auth/refresh`, { method: 'POST', headers: { cookie } });
const me = (url: string, accessToken: string) => fetch(`${url}/api/auth/me`, { headers: { authorization: `Bearer ${accessToken}` } });

describe('sessions: refresh rotation, reuse detection, sign-out, revocation (real FerretDB)', () => {
  let ctx: TestContext;
  let gateway: GatewayUnderTest;

  beforeAll(async () => {
    ctx = await createTestContext('gwsessions');
    gateway = await startGateway({ mongoUrl: ctx.mongoUrl, mongoDb: ctx.dbName });
    await createAccount(gateway, { username: 'admin', roles: ['admin'] });
    for (const name of ['clerk.a', 'clerk.b', 'clerk.c', 'clerk.d', 'clerk.e']) await createAccount(gateway, { username: name, roles: ['parts-clerk'] });
  }, HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await gateway?.close();
    await ctx?.dispose();
  });

  it('each refresh token works once and is replaced by the next, with a new access token', async () => {
    const session = await signIn(gateway.url, 'clerk.a', TEST_PASSWORD);
    const first = await refresh(gateway.url, session.refreshCookie);
    expect(first.status).toBe(200);
    const next = refreshCookieOf(first.headers);
    expect(next).not.toBe(session.refreshCookie);
    const { accessToken } = (await first.json()) as { accessToken: string };
    expect((await me(gateway.url, accessToken)).status).toBe(200);
    expect((await refresh(gateway.url, next)).status).toBe(200);
  });

  it('a used refresh token presented again is refused, and revokes its whole family: the successor stops too', async () => {
    const session = await signIn(gateway.url, 'clerk.b', TEST_PASSWORD);
    const rotated = await refresh(gateway.url, session.refreshCookie);
    const successor = refreshCookieOf(rotated.headers);
    const replay = await refresh(gateway.url, session.refreshCookie);
    expect(replay.status).toBe(401);
    expect(replay.headers.getSetCookie().some((c) => /^aftersales_refresh=;/.test(c))).toBe(true); // cleared
    expect((await refresh(gateway.url, successor)).status).toBe(401);
    // Another sign-in of the same user is another family: untouched.
    const other = await signIn(gateway.url, 'clerk.b', TEST_PASSWORD);
    expect((await refresh(gateway.url, other.refreshCookie)).status).toBe(200);
  });

  it('two refreshes racing with one token: one is a reuse, and no token of the family works afterwards (none survives the race)', async () => {
    const session = await signIn(gateway.url, 'clerk.a', TEST_PASSWORD);
    const answers = await Promise.all([refresh(gateway.url, session.refreshCookie), refresh(gateway.url, session.refreshCookie)]);
    expect(answers.filter((a) => a.status === 401).length).toBeGreaterThanOrEqual(1);
    for (const successor of answers.map((a) => refreshCookieOf(a.headers)).filter(Boolean)) {
      expect((await refresh(gateway.url, successor)).status).toBe(401);
    }
  });

  it('after sign-out the refresh token is refused', async () => {
    const session = await signIn(gateway.url, 'clerk.c', TEST_PASSWORD);
    const out = await fetch(`${gateway.url}/api/auth/sign-out`, { method: 'POST', headers: { cookie: session.refreshCookie } });
    expect(out.status).toBe(204);
    expect(refreshCookieOf(out.headers)).toBe('');
    expect((await refresh(gateway.url, session.refreshCookie)).status).toBe(401);
  });

  it('without a cookie, or with an unknown token, refresh is a 401', async () => {
    expect((await fetch(`${gateway.url}/api/auth/refresh`, { method: 'POST' })).status).toBe(401);
    expect((await refresh(gateway.url, 'aftersales_refresh=made-up')).status).toBe(401);
  });

  it('a password change ends every other session at once (access and refresh), and answers a new one', async () => {
    const elsewhere = await signIn(gateway.url, 'clerk.d', TEST_PASSWORD);
    const here = await signIn(gateway.url, 'clerk.d', TEST_PASSWORD);
    const wrong = await postJson(`${gateway.url}/api/auth/password`, { currentPassword: 'not-it', newPassword: 'a-new-password-42' }, here.headers);
    expect(wrong.status).toBe(400);
    const changed = await postJson(`${gateway.url}/api/auth/password`, { currentPassword: TEST_PASSWORD, newPassword: 'a-new-password-42' }, here.headers);
    expect(changed.status).toBe(200);
    const { accessToken } = (await changed.json()) as { accessToken: string };
    expect((await me(gateway.url, elsewhere.accessToken)).status).toBe(401);
    expect((await refresh(gateway.url, elsewhere.refreshCookie)).status).toBe(401);
    expect((await me(gateway.url, accessToken)).status).toBe(200);
    await signIn(gateway.url, 'clerk.d', 'a-new-password-42');
  });

  it("an admin disabling an account stops its access token at once, its refresh token, and its sign-in", async () => {
    const admin = await signIn(gateway.url, 'admin', TEST_PASSWORD);
    const user = await signIn(gateway.url, 'clerk.e', TEST_PASSWORD);
    expect((await me(gateway.url, user.accessToken)).status).toBe(200); // cached as active
    expect((await patchJson(`${gateway.url}/api/users/clerk.e`, { disabled: true }, admin.headers)).status).toBe(200);
    expect((await me(gateway.url, user.accessToken)).status).toBe(401);
    expect((await refresh(gateway.url, user.refreshCookie)).status).toBe(401);
    await expect(signIn(gateway.url, 'clerk.e', TEST_PASSWORD)).rejects.toThrow(/401/);
  });
});
