import { dateIn, quarterOf } from '@aftersales/calendar';
import { MongoEventStore } from '@aftersales/event-store-mongo';
import { createKafka } from '@aftersales/kafka';
import { fundStreamId, paymentStreamId } from '@aftersales/settlements-domain';
import { createTestContext, eventually, freePort, TestContext } from '@aftersales/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { publishContractsEvents, REVENUE_SHARE_TERMS } from '../../../testing/contracts-feed';

const ROOT = resolve(__dirname, '../../../../..');
/** The process runs in UTC−8/−7; the dealers are in Shanghai (UTC+8) and in Los Angeles itself. */
const PROCESS_TZ = 'America/Los_Angeles';
const DEALERS = [{ code: 'TZ-SH', timeZone: 'Asia/Shanghai' }, { code: 'TZ-LA', timeZone: 'America/Los_Angeles' }];

/**
 * receivedOn is a date in the dealer's time zone (DOMAIN: 回款 dates are the dealer's), so the
 * settlements process runs with TZ set to another zone than the dealer's, as its own process.
 */
describe(`a payment's receivedOn, with the settlements process in ${PROCESS_TZ}`, () => {
  let ctx: TestContext;
  let child: ChildProcess;
  let base: string;
  let output = '';
  const dbName = () => `${ctx.dbName}_settlements`;
  const post = (body: object) => fetch(`${base}/payments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const get = async (path: string) => (await fetch(`${base}${path}`)).json() as Promise<Record<string, unknown>>;

  beforeAll(async () => {
    ctx = await createTestContext('receivedon');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['-r', '@swc-node/register', resolve(ROOT, 'apps/settlements/src/main.ts')], {
      cwd: ROOT,
      env: { ...process.env, TZ: PROCESS_TZ, PORT: String(port), HOST: '127.0.0.1', MONGO_URL: ctx.mongoUrl, KAFKA_BROKERS: ctx.kafkaBrokers,
        MONGO_DB: dbName(), TOPIC_PREFIX: ctx.topicPrefix, RELAY_POLL_MS: '50', LOG_LEVEL: 'warn', SWC_NODE_PROJECT: resolve(ROOT, 'tsconfig.base.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    await eventually(() => fetch(`${base}/health`).then((r) => r.status, () => 0), (s) => s === 200 || child.exitCode !== null, 120_000)
      .catch((error: Error) => { throw new Error(`${error.message}\n${output}`); });
    const kafkaSettings = { brokers: ctx.kafkaBrokers, clientId: 'receivedon-test', topicPrefix: ctx.topicPrefix };
    await publishContractsEvents(ctx, { kafka: createKafka(kafkaSettings), kafkaSettings },
      DEALERS.map(({ code, timeZone }) => ({ code, timeZone, terms: REVENUE_SHARE_TERMS, validFrom: '2026-01-01', validTo: '2027-12-31' })));
  }, 180_000);
  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    for (const db of [dbName(), `${ctx.dbName}_contracts_feed`]) await ctx?.mongo.db(db).dropDatabase().catch(() => undefined);
    await ctx?.dispose();
  });

  it.each(DEALERS)('given dealer $code in $timeZone, a payment received on 1 October is in Q4, and its events happened that day there', async ({ code, timeZone }) => {
    const paymentId = `P-${code}`;
    const answer = await eventually(() => post({ paymentId, dealerCode: code, receivedOn: '2026-10-01', amountFen: 10_000 }), (r) => r.status === 201);
    expect(await answer.json()).toMatchObject({ receivedOn: '2026-10-01', quarter: '2026Q4' });

    const store = new MongoEventStore(ctx.mongo.db(dbName()));
    const [recorded] = await store.readEnvelopes(paymentStreamId(paymentId));
    expect(recorded.data).toMatchObject({ receivedOn: '2026-10-01', quarter: '2026Q4' });
    // The instant is the start of the dealer's day: read in the dealer's zone it is that date.
    expect(dateIn(new Date(recorded.occurredAt), timeZone)).toBe('2026-10-01');
    expect(dateIn(new Date(Date.parse(recorded.occurredAt) - 1), timeZone)).toBe('2026-09-30');
    const [accrued] = await eventually(() => store.readEnvelopes(fundStreamId(code, '2026Q4')), (events) => events.length === 1);
    expect(accrued.occurredAt).toBe(recorded.occurredAt);
    expect(accrued.data).toMatchObject({ quarter: '2026Q4', paymentsFen: 10_000 });
    expect(await eventually(() => get(`/funds/${code}?quarter=2026Q4`), (f) => f['paymentsFen'] === 10_000)).toMatchObject({ accrualFen: 300 });
  }, 60_000);

  it.each(DEALERS)('given dealer $code in $timeZone, the default quarter of its fund is the current one there', async ({ code, timeZone }) => {
    const before = quarterOf(dateIn(new Date(), timeZone));
    const fund = await get(`/funds/${code}`);
    const after = quarterOf(dateIn(new Date(), timeZone));
    expect([before, after]).toContain(fund['quarter']);
  });
});
