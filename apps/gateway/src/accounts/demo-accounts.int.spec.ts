import { createTestContext, TestContext } from '@aftersales/testing';
import { GatewayUnderTest, signIn, startGateway } from '../testing';
import { DemoAccount, seedDemoAccounts } from './demo-accounts';

describe('the demo accounts npm start opens (real FerretDB)', () => {
  let ctx: TestContext;
  let gateway: GatewayUnderTest;
  const accounts: DemoAccount[] = [
    { username: 'demo.admin', password: 'demo-admin-password', roles: ['admin'] },
    { username: 'demo.dealer', password: 'demo-dealer-password', roles: ['dealer'], dealerCode: 'D0001' },
  ];

  beforeAll(async () => {
    ctx = await createTestContext('gwdemoaccounts');
    gateway = await startGateway({ mongoUrl: ctx.mongoUrl, mongoDb: ctx.dbName });
  });
  afterAll(async () => {
    await gateway?.close();
    await ctx?.dispose();
  });

  it('opens each missing account, which then signs in with its roles and dealer', async () => {
    expect(await seedDemoAccounts(ctx.mongoUrl, ctx.dbName, accounts)).toEqual(['demo.admin', 'demo.dealer']);
    const dealer = await signIn(gateway.url, 'demo.dealer', 'demo-dealer-password');
    expect(dealer.user).toMatchObject({ username: 'demo.dealer', roles: ['dealer'], dealerCode: 'D0001' });
  });

  it('is idempotent: a second run opens nothing and the accounts still sign in', async () => {
    expect(await seedDemoAccounts(ctx.mongoUrl, ctx.dbName, accounts)).toEqual([]);
    expect(await ctx.db.collection('accounts').countDocuments()).toBe(2);
    await expect(signIn(gateway.url, 'demo.admin', 'demo-admin-password')).resolves.toMatchObject({ user: { roles: ['admin'] } });
  });

  it('refuses an account the rules refuse (a dealer user without its dealer)', async () => {
    await expect(seedDemoAccounts(ctx.mongoUrl, ctx.dbName, [{ username: 'demo.nodealer', password: 'x'.repeat(12), roles: ['dealer'] }]))
      .rejects.toThrow(/demo\.nodealer/);
  });
});
