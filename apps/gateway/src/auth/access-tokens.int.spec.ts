import { createTestContext, TestContext } from '@aftersales/testing';
import { SignJWT } from 'jose';
import { createAccount, GatewayUnderTest, signIn, startGateway, TEST_PASSWORD } from '../testing';

/** The shared servers can be slow to answer when many suites run: starting may take longer than a test. */
const HOOK_TIMEOUT_MS = 180_000;

const me = (url: string, token: string) => fetch(`${url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } });
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('access tokens: only ours, unexpired, for a live account, pass (real FerretDB)', () => {
  let ctx: TestContext;
  let gateway: GatewayUnderTest;
  let id: string;
  let key: Uint8Array;

  /** A token as ours would be, with `changes` to its claims, signed by `secret` (ours by default). */
  const token = (changes: { iss?: string; aud?: string; exp?: number; claims?: object } = {}, secret = key) =>
    new SignJWT({ name: 'clerk', roles: ['parts-clerk'], dealer: null, src: 'password', gen: 0, ...changes.claims })
      .setProtectedHeader({ alg: 'HS256' }).setSubject(id).setIssuedAt()
      .setIssuer(changes.iss ?? 'aftersales-gateway').setAudience(changes.aud ?? 'aftersales-backoffice')
      .setExpirationTime(changes.exp ?? '5m').sign(secret);

  beforeAll(async () => {
    ctx = await createTestContext('gwtokens');
    gateway = await startGateway({ mongoUrl: ctx.mongoUrl, mongoDb: ctx.dbName });
    id = (await createAccount(gateway, { username: 'clerk', roles: ['parts-clerk'] })).id;
    key = new TextEncoder().encode(gateway.config.jwtSecret);
  }, HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await gateway?.close();
    await ctx?.dispose();
  });

  it('a token made with our secret, issuer and audience passes (the control case)', async () => {
    expect((await me(gateway.url, await token())).status).toBe(200);
    const session = await signIn(gateway.url, 'clerk', TEST_PASSWORD);
    expect((await me(gateway.url, session.accessToken)).status).toBe(200);
  });

  it.each([
    ['signed with another secret (forged)', () => token({}, new TextEncoder().encode('x'.repeat(40)))],
    ['expired', () => token({ exp: Math.floor(Date.now() / 1000) - 60 })],
    ['of another issuer', () => token({ iss: 'someone-else' })],
    ['for another audience', () => token({ aud: 'another-app' })],
    ['without the session generation', () => token({ claims: { gen: undefined } })],
    ['with a role that does not exist', () => token({ claims: { roles: ['root'] } })],
    ['of an older session generation', () => token({ claims: { gen: -1 } })],
  ])('a token %s is refused with 401', async (_what, make) => {
    const answer = await me(gateway.url, await make());
    expect(answer.status).toBe(401);
    expect(await answer.json()).toMatchObject({ statusCode: 401, problems: [] });
  });

  it('a token with alg "none" is refused with 401', async () => {
    const payload = { sub: id, name: 'clerk', roles: ['admin'], dealer: null, src: 'password', gen: 0, iss: 'aftersales-gateway', aud: 'aftersales-backoffice', iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 300 };
    expect((await me(gateway.url, `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`)).status).toBe(401);
  });

  it('a payload edited after signing (roles raised to admin) is refused with 401', async () => {
    const [header, payload, signature] = (await token()).split('.');
    const raised = base64url({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), roles: ['admin'] });
    expect((await me(gateway.url, `${header}.${raised}.${signature}`)).status).toBe(401);
  });

  it('a token for an account that does not exist is refused with 401', async () => {
    const stranger = await new SignJWT({ name: 'ghost', roles: ['admin'], dealer: null, src: 'password', gen: 0 })
      .setProtectedHeader({ alg: 'HS256' }).setSubject('0123456789abcdef01234567').setIssuedAt()
      .setIssuer('aftersales-gateway').setAudience('aftersales-backoffice').setExpirationTime('5m').sign(key);
    expect((await me(gateway.url, stranger)).status).toBe(401);
  });
});
