import { createTestContext, TestContext } from '@aftersales/testing';
import { createAccount, GatewayUnderTest, patchJson, postJson, problemFields, signIn, startGateway, TEST_PASSWORD, TestSession } from '../testing';

/** The shared servers can be slow to answer when many suites run: starting may take longer than a test. */
const HOOK_TIMEOUT_MS = 180_000;

describe('admin routes /api/users (real FerretDB)', () => {
  let ctx: TestContext;
  let gateway: GatewayUnderTest;
  let admin: TestSession;
  const users = () => `${gateway.url}/api/users`;

  beforeAll(async () => {
    ctx = await createTestContext('gwaccounts');
    gateway = await startGateway({ mongoUrl: ctx.mongoUrl, mongoDb: ctx.dbName });
    await createAccount(gateway, { username: 'admin', roles: ['admin'] });
    await createAccount(gateway, { username: 'finance', roles: ['finance'] });
    await createAccount(gateway, { username: 'auditor', roles: ['auditor'] });
    admin = await signIn(gateway.url, 'admin', TEST_PASSWORD);
  }, HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await gateway?.close();
    await ctx?.dispose();
  });

  it('an admin opens a dealer account (201, Location), which then signs in for its dealer', async () => {
    const opened = await postJson(users(), { username: 'Dealer.D0002', password: 'first-password-1', roles: ['dealer'], dealerCode: 'D0002' }, admin.headers);
    expect(opened.status).toBe(201);
    expect(opened.headers.get('location')).toBe('/api/users');
    const body = (await opened.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ username: 'dealer.d0002', roles: ['dealer'], dealerCode: 'D0002', disabled: false });
    expect(body).not.toHaveProperty('passwordHash');
    expect((await signIn(gateway.url, 'dealer.d0002', 'first-password-1')).user.dealerCode).toBe('D0002');
  });

  it('a taken username is a 409 naming username', async () => {
    const again = await postJson(users(), { username: 'FINANCE', password: 'first-password-1', roles: ['finance'] }, admin.headers);
    expect(again.status).toBe(409);
    expect(await problemFields(again)).toEqual(['username']);
  });

  it.each([
    ['a username with spaces', { username: 'two words', password: 'first-password-1', roles: ['finance'] }, ['username']],
    ['a short password', { username: 'short.pw', password: 'short', roles: ['finance'] }, ['password']],
    ['a role that does not exist', { username: 'no.role', password: 'first-password-1', roles: ['root'] }, ['roles']],
    ['no role at all', { username: 'no.role', password: 'first-password-1', roles: [] }, ['roles']],
    ['a dealer without its dealer code', { username: 'dealer.x', password: 'first-password-1', roles: ['dealer'] }, ['dealerCode']],
    ['a staff account with a dealer code', { username: 'staff.x', password: 'first-password-1', roles: ['finance'], dealerCode: 'D0001' }, ['dealerCode']],
    ['a dealer with a staff role beside it', { username: 'dealer.y', password: 'first-password-1', roles: ['dealer', 'admin'], dealerCode: 'D0001' }, ['roles']],
    ['a malformed dealer code', { username: 'dealer.z', password: 'first-password-1', roles: ['dealer'], dealerCode: 'd 1' }, ['dealerCode']],
    ['an unknown field', { username: 'extra.field', password: 'first-password-1', roles: ['finance'], isRoot: true }, ['isRoot']],
  ])('opening an account with %s is a 400 naming the field', async (_what, body, fields) => {
    const answer = await postJson(users(), body, admin.headers);
    expect(answer.status).toBe(400);
    expect(await problemFields(answer)).toEqual(fields);
  });

  it('the auditor reads the accounts but opens none; finance does neither (403)', async () => {
    const auditor = await signIn(gateway.url, 'auditor', TEST_PASSWORD);
    const finance = await signIn(gateway.url, 'finance', TEST_PASSWORD);
    const list = await fetch(users(), { headers: auditor.headers });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { username: string }[]).map((a) => a.username)).toEqual(expect.arrayContaining(['admin', 'auditor', 'finance']));
    expect((await postJson(users(), { username: 'new.one', password: 'first-password-1', roles: ['admin'] }, auditor.headers)).status).toBe(403);
    expect((await fetch(users(), { headers: finance.headers })).status).toBe(403);
    expect((await patchJson(`${users()}/finance`, { roles: ['admin'] }, finance.headers)).status).toBe(403);
    expect((await postJson(`${users()}/finance/password`, { password: 'stolen-password-1' }, finance.headers)).status).toBe(403);
  });

  it("a change of roles shows at once in the user's next request", async () => {
    await createAccount(gateway, { username: 'promoted', roles: ['parts-clerk'] });
    const user = await signIn(gateway.url, 'promoted', TEST_PASSWORD);
    const changed = await patchJson(`${users()}/promoted`, { roles: ['service-manager'] }, admin.headers);
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ username: 'promoted', roles: ['service-manager'] });
    const me = await fetch(`${gateway.url}/api/auth/me`, { headers: user.headers });
    expect(await me.json()).toMatchObject({ roles: ['service-manager'] });
  });

  it('changing or resetting an unknown account is a 404; a bad change a 400 naming the field', async () => {
    expect((await patchJson(`${users()}/nobody`, { disabled: true }, admin.headers)).status).toBe(404);
    expect((await postJson(`${users()}/nobody/password`, { password: 'first-password-1' }, admin.headers)).status).toBe(404);
    const bad = await patchJson(`${users()}/finance`, { roles: ['dealer'] }, admin.headers);
    expect(bad.status).toBe(400);
    expect(await problemFields(bad)).toEqual(['dealerCode']);
    const notBoolean = await patchJson(`${users()}/finance`, { disabled: 'yes' }, admin.headers);
    expect(await problemFields(notBoolean)).toEqual(['disabled']);
  });

  it('the last enabled admin can be neither disabled nor demoted (409); with a second admin it can', async () => {
    expect((await patchJson(`${users()}/admin`, { disabled: true }, admin.headers)).status).toBe(409);
    const demoted = await patchJson(`${users()}/admin`, { roles: ['auditor'] }, admin.headers);
    expect(demoted.status).toBe(409);
    expect(await problemFields(demoted)).toEqual(['roles']);
    await createAccount(gateway, { username: 'second.admin', roles: ['admin'] });
    expect((await patchJson(`${users()}/second.admin`, { disabled: true }, admin.headers)).status).toBe(200);
    expect((await patchJson(`${users()}/admin`, { disabled: true }, admin.headers)).status).toBe(409);
  });
});
