import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { createTestContext, TestContext } from '@aftersales/testing';
import { CryptoKey, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createAccount, GatewayUnderTest, postJson, signIn, startGateway, TEST_PASSWORD } from '../../testing';

/** The shared servers can be slow to answer when many suites run: starting may take longer than a test. */
const HOOK_TIMEOUT_MS = 180_000;

const me = (url: string, token: string) => fetch(`${url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } });

/** An identity provider in the test: its discovery document and its JWKS (the public key of a pair made here). */
async function identityProvider(publicKey: CryptoKey): Promise<{ issuer: string; server: Server }> {
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const server = createServer((req, res) => {
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const bodies: Record<string, object> = {
      '/.well-known/openid-configuration': { issuer, jwks_uri: `${issuer}/jwks` },
      '/jwks': { keys: [jwk] },
    };
    const body = bodies[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { issuer: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('single sign-on: the issuer\'s tokens, verified against its JWKS (real FerretDB)', () => {
  let ctx: TestContext;
  let idp: { issuer: string; server: Server };
  let privateKey: CryptoKey;
  let otherKey: CryptoKey;
  let gateway: GatewayUnderTest;

  const issued = (claims: object, options: { audience?: string; key?: CryptoKey; issuer?: string } = {}) =>
    new SignJWT({ preferred_username: 'wang.sso', ...claims }).setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setSubject('sso-user-1').setIssuer(options.issuer ?? idp.issuer).setAudience(options.audience ?? 'backoffice')
      .setIssuedAt().setExpirationTime('5m').sign(options.key ?? privateKey);

  beforeAll(async () => {
    ctx = await createTestContext('gwoidc');
    ({ privateKey: otherKey } = await generateKeyPair('RS256'));
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    idp = await identityProvider(pair.publicKey);
    gateway = await startGateway({
      mongoUrl: ctx.mongoUrl, mongoDb: ctx.dbName,
      env: { OIDC_ISSUER: idp.issuer, OIDC_AUDIENCE: 'backoffice', OIDC_ROLES_CLAIM: 'groups' },
    });
  }, HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await gateway?.close();
    idp?.server.close();
    await ctx?.dispose();
  });

  it("the issuer's token signs the user in: roles from the claim (unknown ones ignored), source oidc", async () => {
    const answer = await me(gateway.url, await issued({ groups: ['finance', 'wiki-editors'] }));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ id: 'oidc:sso-user-1', username: 'wang.sso', roles: ['finance'], dealerCode: null, source: 'oidc' });
  });

  it('a dealer user gets its dealer from dealer_code', async () => {
    const answer = await me(gateway.url, await issued({ groups: 'dealer', dealer_code: 'D0001' }));
    expect(await answer.json()).toMatchObject({ roles: ['dealer'], dealerCode: 'D0001' });
  });

  it('a user the issuer grants no role of ours is a 403', async () => {
    expect((await me(gateway.url, await issued({ groups: ['wiki-editors'] }))).status).toBe(403);
    expect((await me(gateway.url, await issued({}))).status).toBe(403);
  });

  it('a token for another audience, of another issuer, or signed by a key not in the JWKS is a 401', async () => {
    expect((await me(gateway.url, await issued({ groups: ['admin'] }, { audience: 'another-app' }))).status).toBe(401);
    expect((await me(gateway.url, await issued({ groups: ['admin'] }, { issuer: 'http://127.0.0.1:9' }))).status).toBe(401);
    expect((await me(gateway.url, await issued({ groups: ['admin'] }, { key: otherKey }))).status).toBe(401);
  });

  it("the gateway's own sign-in still works beside it; a single-sign-on user cannot change a password here (403)", async () => {
    await createAccount(gateway, { username: 'local.admin', roles: ['admin'] });
    const session = await signIn(gateway.url, 'local.admin', TEST_PASSWORD);
    expect((await me(gateway.url, session.accessToken)).status).toBe(200);
    const sso = await issued({ groups: ['finance'] });
    const change = await postJson(`${gateway.url}/api/auth/password`, { currentPassword: 'x', newPassword: 'long-enough-password' }, { authorization: `Bearer ${sso}` });
    expect(change.status).toBe(403);
  });
});
