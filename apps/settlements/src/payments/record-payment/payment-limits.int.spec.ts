import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import request from 'supertest';
import { SettlementsModule } from '../../settlements.module';
import { publishContractsEvents, REVENUE_SHARE_TERMS } from '../../../testing/contracts-feed';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
// Payments only: the fund accrual appends its own commits in the background.
const paymentCommits = (svc: ServiceUnderTest) => svc.infra.store.commits.countDocuments({ streamType: 'payment' });
const pay = (dealerCode: string, paymentId: string, amountFen: number, receivedOn = '2026-08-03') => ({ paymentId, dealerCode, receivedOn, amountFen });

/** A settlements service on the real servers, with the contracts events of `dealerCode`. */
async function settlementsWith(ctx: TestContext, dealerCode: string, fundRateBp: number) {
  const svc = await startService(ctx, 'settlements', SettlementsModule.register);
  await publishContractsEvents(ctx, svc.infra, [{ code: dealerCode, terms: { ...REVENUE_SHARE_TERMS, fundRateBp }, validFrom: '2026-01-01', validTo: '2026-12-31' }]);
  await eventually(() => request(svc.http).post('/payments').send(pay(dealerCode, 'P-probe', 1, '2026-01-02')), (r) => r.status === 201);
  return svc;
}

describe('the most one payment may be (PAYMENT_MAX_FEN)', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  const D = 'LIM1';

  beforeAll(async () => {
    ctx = await createTestContext('paymentmax');
    svc = await settlementsWith(ctx, D, 300);
  }, 90_000);
  afterAll(async () => {
    await svc?.close();
    await ctx?.mongo.db(`${ctx.dbName}_contracts_feed`).dropDatabase().catch(() => undefined);
    await ctx?.dispose();
  });

  it('refuses a payment above 100,000,000.00 yuan with 400, naming amountFen and the limit in yuan and fen', async () => {
    const commits = await paymentCommits(svc);
    const res = await request(svc.http).post('/payments').send(pay(D, 'P-big', 10_000_000_001)).expect(400);
    expect(res.body.problems).toEqual([{ field: 'amountFen',
      reason: 'amountFen must be at most 10000000000 fen (100,000,000.00 yuan), the most one payment may be (PAYMENT_MAX_FEN)' }]);
    expect(await paymentCommits(svc)).toBe(commits);
  });

  it('takes a payment of exactly the limit', async () => {
    await request(svc.http).post('/payments').send(pay(D, 'P-at-limit', 10_000_000_000)).expect(201);
  });

  it('stops a service whose PAYMENT_MAX_FEN is not a number of fen, with a message naming it', async () => {
    const root = resolve(__dirname, '../../../../..');
    const child = spawn(process.execPath, ['-r', '@swc-node/register', resolve(root, 'apps/settlements/src/main.ts')], {
      cwd: root, stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PAYMENT_MAX_FEN: '100,000,000', PORT: '0', MONGO_URL: ctx.mongoUrl, KAFKA_BROKERS: ctx.kafkaBrokers,
        MONGO_DB: `${ctx.dbName}_badstart`, TOPIC_PREFIX: ctx.topicPrefix, SWC_NODE_PROJECT: resolve(root, 'tsconfig.base.json') },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const [code] = (await once(child, 'exit')) as [number | null];
    clearTimeout(timer);
    expect(code).toBe(1);
    expect(output).toContain("PAYMENT_MAX_FEN must be a whole number of fen from 1 to 9007199254740991, got '100,000,000'");
  }, 90_000);
});

describe('a payment that would take its quarter beyond exact totals', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  const D = 'LIM2';
  const fund = (quarter: string) => request(svc.http).get(`/funds/${D}?quarter=${quarter}`);

  beforeAll(async () => {
    ctx = await createTestContext('paymentsum');
    process.env['PAYMENT_MAX_FEN'] = String(MAX_SAFE); // jest's process.env is this file's own
    svc = await settlementsWith(ctx, D, 10_000); // a 100% rate: the accrual is as large as the payments
  }, 90_000);
  afterAll(async () => {
    delete process.env['PAYMENT_MAX_FEN'];
    await svc?.close();
    await ctx?.mongo.db(`${ctx.dbName}_contracts_feed`).dropDatabase().catch(() => undefined);
    await ctx?.dispose();
  });

  it('is refused with 422 naming amountFen, so that no acknowledged payment is dead-lettered downstream', async () => {
    await request(svc.http).post('/payments').send(pay(D, 'P-all', MAX_SAFE)).expect(201);
    await eventually(() => fund('2026Q3'), (r) => r.body.paymentsFen === MAX_SAFE);
    const commits = await paymentCommits(svc);
    const res = await request(svc.http).post('/payments').send(pay(D, 'P-one-more', 1)).expect(422);
    expect(res.body.problems).toEqual([{ field: 'amountFen', reason: expect.stringMatching(/2026Q3.*9007199254740991 fen/) }]);
    expect(await paymentCommits(svc)).toBe(commits);
    expect((await fund('2026Q3')).body).toMatchObject({ paymentsFen: MAX_SAFE, accrualFen: MAX_SAFE });
  });

  it('still answers the same payment again with 200, and a different body under its id with 409', async () => {
    await request(svc.http).post('/payments').send(pay(D, 'P-all', MAX_SAFE)).expect(200);
    await request(svc.http).post('/payments').send(pay(D, 'P-all', MAX_SAFE - 1)).expect(409);
  });

  it('takes a payment in another quarter', async () => {
    await request(svc.http).post('/payments').send(pay(D, 'P-next-quarter', 1, '2026-10-01')).expect(201);
    await eventually(() => fund('2026Q4'), (r) => r.body.paymentsFen === 1);
  });
});
