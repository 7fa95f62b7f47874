import { rebuildProjection } from '@aftersales/event-store-mongo';
import { connectionOn } from '@aftersales/mongo';
import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { fundStreamId } from '@aftersales/settlements-domain';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import request from 'supertest';
import { FUND_BALANCES, FundBalanceProjection } from './funds/fund-balance.projection';
import { SettlementsModule } from './settlements.module';
import { TermsInForce } from './terms/terms-in-force';

const ROOT = resolve(__dirname, '../../..');
const LATE = 'D0401'; // v2 is signed after its payments were counted under v1
const FIRST = 'D0402'; // the same agreements, both signed before the same payments
const V1 = { validFrom: '2026-01-01', validTo: '2026-12-31', fundModel: 'revenue-share', fundRateBp: 300, partsQuotaBp: 200, carryAcrossYear: true };
const V2 = { ...V1, validFrom: '2026-08-01', fundRateBp: 500 };
// 5,000.00 in Q2; in Q3 10,000.00 before v2 starts, then 20,000.00 and 3.33 on days v2 covers.
const PAYMENTS = [['Q2-1', '2026-05-05', 500_000], ['Q3-1', '2026-07-15', 1_000_000], ['Q3-2', '2026-08-20', 2_000_000], ['Q3-3', '2026-09-10', 333]] as const;

/** The contracts service as its own process: settlements learns its agreements only through Kafka. */
async function startContracts(ctx: TestContext): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  let output = '';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/contracts/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), MONGO_URL: ctx.mongoUrl, KAFKA_BROKERS: ctx.kafkaBrokers, MONGO_DB: `${ctx.dbName}_contracts`,
      TOPIC_PREFIX: ctx.topicPrefix, RELAY_POLL_MS: '50', LOG_LEVEL: 'warn', SWC_NODE_PROJECT: resolve(ROOT, 'tsconfig.base.json') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  await eventually(() => fetch(`${url}/health`).then((r) => r.status), (s) => s === 200 || child.exitCode !== null, 120_000);
  if (child.exitCode !== null) throw new Error(`contracts did not start:\n${output}`);
  return { url, child, output: () => output };
}

describe('a late agreement version re-rates the fund across the two services (contracts → Kafka → settlements)', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;
  let contracts: Awaited<ReturnType<typeof startContracts>>;
  const sign = (dealer: string, terms: object) => request(contracts.url).post(`/dealers/${dealer}/agreements`).send(terms).expect(201);
  const fund = async (dealer: string, quarter: string) => {
    const { body } = await request(svc.http).get(`/funds/${dealer}?quarter=${quarter}`).expect(200);
    return { paymentsFen: body.paymentsFen, accrualFen: body.accrualFen, balanceFen: body.balanceFen };
  };
  const payAll = async (dealer: string) => {
    for (const [id, receivedOn, amountFen] of PAYMENTS) {
      await request(svc.http).post('/payments').send({ paymentId: `${dealer}-${id}`, dealerCode: dealer, receivedOn, amountFen }).expect(201);
    }
  };
  const knows = (dealer: string, version: number) =>
    eventually(() => svc.app.get(TermsInForce).on(dealer, '2026-08-20'), (t) => t?.agreementVersion === version, 60_000);

  beforeAll(async () => {
    ctx = await createTestContext('rerating');
    [svc, contracts] = await Promise.all([startService(ctx, 'settlements', SettlementsModule.register), startContracts(ctx)]);
    for (const code of [LATE, FIRST]) {
      await request(contracts.url).post('/dealers').send({ code, name: code, region: 'south' }).expect(201);
      await sign(code, V1);
    }
    await sign(FIRST, V2);
    await Promise.all([knows(LATE, 1), knows(FIRST, 2)]);
  }, 180_000);
  afterAll(async () => {
    if (contracts?.child.exitCode === null) {
      contracts.child.kill('SIGTERM');
      await once(contracts.child, 'exit');
    }
    await ctx?.mongo.db(`${ctx.dbName}_contracts`).dropDatabase().catch(() => undefined);
    await svc?.close();
    await ctx?.dispose();
  });

  it('given payments counted at 3% under v1, when v2 (5% from 08-01) is signed, then the fund equals the one of a dealer whose v2 came first', async () => {
    await payAll(LATE);
    // round(300.00 + 600.00 + 0.0999) at 3%: the payments are counted under v1.
    await eventually(() => fund(LATE, '2026Q3'), (f) => f.accrualFen === 90_010);
    await payAll(FIRST);
    const expected = await eventually(() => fund(FIRST, '2026Q3'), (f) => f.paymentsFen === 3_000_333);
    expect(expected).toEqual({ paymentsFen: 3_000_333, accrualFen: 130_017, balanceFen: 130_017 }); // 300.00 + 1,000.00 + 0.1665

    await sign(LATE, V2);
    expect(await eventually(() => fund(LATE, '2026Q3'), (f) => f.accrualFen !== 90_010)).toEqual(expected);
    expect(await fund(LATE, '2026Q2')).toEqual(await fund(FIRST, '2026Q2')); // v2 does not reach back before 08-01
  });

  it('books the difference as FundReRated naming both versions and the payments it re-rated', async () => {
    const events = await svc.infra.store.readEnvelopes(fundStreamId(LATE, '2026Q3'));
    const corrections = events.filter((e) => e.type === 'settlements.FundReRated');
    expect(corrections).toHaveLength(1);
    expect(corrections[0]!.data).toMatchObject({
      paymentsFen: 3_000_333, accrualFen: 130_017, accrualDeltaFen: 40_007,
      payments: [
        { paymentId: `${LATE}-Q3-2`, from: { agreementVersion: 1, fundRateBp: 300 }, to: { agreementVersion: 2, fundRateBp: 500 } },
        { paymentId: `${LATE}-Q3-3`, from: { agreementVersion: 1, fundRateBp: 300 }, to: { agreementVersion: 2, fundRateBp: 500 } },
      ],
    });
    expect(events.filter((e) => e.type === 'settlements.FundAccrued').map((e) => e.data['agreementVersion'])).toEqual([1, 1, 1]);
  });

  it('rates a payment recorded after v2 arrived by v2, like the other dealer', async () => {
    for (const dealer of [LATE, FIRST]) {
      await request(svc.http).post('/payments').send({ paymentId: `${dealer}-Q3-4`, dealerCode: dealer, receivedOn: '2026-09-30', amountFen: 100_000 })
        .expect(201);
    }
    const late = await eventually(() => fund(LATE, '2026Q3'), (f) => f.paymentsFen === 3_100_333);
    expect(await eventually(() => fund(FIRST, '2026Q3'), (f) => f.paymentsFen === 3_100_333)).toEqual(late);
    expect(late.accrualFen).toBe(135_017);
  });

  it('rebuilds the fund balances from events alone into the same documents as the live projection', async () => {
    const live = await svc.infra.db.collection(FUND_BALANCES).find({}).sort({ _id: 1 }).toArray();
    const rebuiltDb = ctx.mongo.db(`${ctx.dbName}_rebuild`);
    await rebuildProjection(svc.infra.store, FundBalanceProjection.on(connectionOn(rebuiltDb), svc.infra.connection));
    expect(await rebuiltDb.collection(FUND_BALANCES).find({}).sort({ _id: 1 }).toArray()).toEqual(live);
    expect(live.length).toBe(4);
    await rebuiltDb.dropDatabase();
  });
});
