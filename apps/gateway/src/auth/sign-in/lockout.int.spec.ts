import { createTestContext, TestContext } from '@aftersales/testing';
import { createAccount, GatewayUnderTest, postJson, signIn, startGateway, TEST_PASSWORD } from '../../testing';

/** The shared servers can be slow to answer when many suites run: starting may take longer than a test. */
const HOOK_TIMEOUT_MS = 180_000;

/** One sign-in: its status, body without the correlation id, and how long it took. */
async function attempt(url: string, username: string, password: string) {
  const started = performance.now();
  const answer = await postJson(`${url}/api/auth/sign-in`, { username, password });
  const { correlationId: _, ...body } = (await answer.json()) as Record<string, unknown>;
  return { status: answer.status, body, ms: performance.now() - started };
}

describe('sign-in lockout, slowdown, no user enumeration, rate limit (real FerretDB)', () => {
  let ctx: TestContext;
  let gateway: GatewayUnderTest;

  beforeAll(async () => {
    ctx = await createTestContext('gwlockout');
    gateway = await startGateway({
      mongoUrl: ctx.mongoUrl, mongoDb: ctx.dbName,
      env: { GATEWAY_SIGNIN_SLOWDOWN_AFTER: '2', GATEWAY_SIGNIN_LOCK_AFTER: '4', GATEWAY_SIGNIN_LOCK_MINUTES: '1' },
    });
    await createAccount(gateway, { username: 'admin', roles: ['admin'] });
    for (const name of ['target', 'timing.1', 'timing.2', 'timing.3', 'timing.4', 'timing.5']) await createAccount(gateway, { username: name, roles: ['finance'] });
  }, HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await gateway?.close();
    await ctx?.dispose();
  });

  it('failures slow the answer down, then lock the account: even the right password is refused, with the same answer', async () => {
    const first = await attempt(gateway.url, 'target', 'wrong-1');
    const second = await attempt(gateway.url, 'target', 'wrong-2'); // 2nd failure: waits 250 ms
    const third = await attempt(gateway.url, 'target', 'wrong-3'); // 500 ms
    expect(second.ms).toBeGreaterThanOrEqual(250); // at least the delay, whatever the hashing took
    expect(third.ms).toBeGreaterThanOrEqual(500);
    await attempt(gateway.url, 'target', 'wrong-4'); // 4th failure: locked for a minute
    const locked = await attempt(gateway.url, 'target', TEST_PASSWORD);
    expect(locked.status).toBe(401);
    expect(locked.body).toEqual(first.body);
  });

  it("an admin's password reset lifts the lock", async () => {
    const admin = await signIn(gateway.url, 'admin', TEST_PASSWORD);
    expect((await postJson(`${gateway.url}/api/users/target/password`, { password: 'after-the-lock-1' }, admin.headers)).status).toBe(200);
    await signIn(gateway.url, 'target', 'after-the-lock-1');
  });

  it('an unknown username slows down and locks exactly like a real one: same statuses and bodies', async () => {
    const known: Awaited<ReturnType<typeof attempt>>[] = [];
    const unknown: Awaited<ReturnType<typeof attempt>>[] = [];
    for (let i = 0; i < 5; i++) {
      known.push(await attempt(gateway.url, 'timing.5', `wrong-${i}`));
      unknown.push(await attempt(gateway.url, 'nobody.at.all', `wrong-${i}`));
    }
    expect(unknown.map((a) => a.status)).toEqual(known.map((a) => a.status));
    expect(unknown.map((a) => a.body)).toEqual(known.map((a) => a.body));
  });

  it('a wrong password takes as long for a real user as for an unknown one (argon2 against a dummy hash), within a margin', async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    for (const i of [1, 2, 3, 4]) { // first failures only: no slowdown on either side
      known.push((await attempt(gateway.url, `timing.${i}`, 'wrong')).ms);
      unknown.push((await attempt(gateway.url, `ghost.${i}`, 'wrong')).ms);
    }
    // The fastest of each: a busy machine only ever adds time, so the minimum is the work itself.
    const [fastestKnown, fastestUnknown] = [Math.min(...known), Math.min(...unknown)];
    expect(Math.abs(fastestKnown - fastestUnknown)).toBeLessThan(Math.max(150, fastestKnown * 0.5));
  });
});

describe('sign-in rate limit per address', () => {
  let ctx: TestContext;
  let gateway: GatewayUnderTest;

  beforeAll(async () => {
    ctx = await createTestContext('gwthrottle');
    gateway = await startGateway({ mongoUrl: ctx.mongoUrl, mongoDb: ctx.dbName, env: { GATEWAY_SIGNIN_RATE_LIMIT: '3' } });
  }, HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await gateway?.close();
    await ctx?.dispose();
  });

  it('the sign-in after GATEWAY_SIGNIN_RATE_LIMIT in a minute is a 429 problem with Retry-After', async () => {
    for (let i = 0; i < 3; i++) expect((await postJson(`${gateway.url}/api/auth/sign-in`, { username: `u${i}`, password: 'x' })).status).toBe(401);
    const limited = await postJson(`${gateway.url}/api/auth/sign-in`, { username: 'u9', password: 'x' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ statusCode: 429, problems: [] });
    // Refresh is not limited: an office behind one address refreshes all its sessions.
    for (let i = 0; i < 5; i++) expect((await fetch(`${gateway.url}/api/auth/refresh`, { method: 'POST' })).status).toBe(401);
  });
});
