import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import { otherServicePorts, SERVICE_NAMES } from './testing/service-ports';
import { DEMO_ACCOUNTS } from '../../../deploy/demo/accounts.mjs';
import { actorHeaders } from '../../../deploy/demo/actor.mjs';
import { randomBytes } from 'node:crypto';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
/** The secret the gateway and the services share in this run: a request straight to a service signs its actor as the gateway does. */
const ACTOR_SECRET = randomBytes(32).toString('base64url');
const signedActor = (method: string, url: string) => {
  const { pathname, search } = new URL(url);
  return actorHeaders('e2e', method, `${pathname}${search}`, ACTOR_SECRET);
};

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/**
 * `npm start` as a newcomer runs it: both services as their own processes, talking only
 * through Kafka, seeded with the demo data, and the gateway in front of them serving the UI
 * with the demo accounts; an agreement signed in contracts reaches settlements, payments
 * accrue the fund, a service killed with kill -9 is restarted, and Ctrl-C stops it all.
 */
describe('npm start, end to end (two service processes, real Kafka and Mongo-wire server)', () => {
  let ctx: TestContext;
  let child: ChildProcess;
  let output = '';
  let contracts: string;
  let settlements: string;
  let gateway: string;

  beforeAll(async () => {
    ctx = await createTestContext('npmstart');
    const [cPort, sPort, gPort] = [await freePort(), await freePort(), await freePort()];
    contracts = `http://127.0.0.1:${cPort}`;
    settlements = `http://127.0.0.1:${sPort}`;
    gateway = `http://127.0.0.1:${gPort}`;
    child = spawn(process.execPath, ['deploy/start.mjs'], {
      cwd: ROOT,
      env: { ...process.env, KAFKA_BROKERS: ctx.kafkaBrokers, MONGO_URL: ctx.mongoUrl, MONGO_DB_PREFIX: `${ctx.dbName}_`,
        TOPIC_PREFIX: ctx.topicPrefix, CONTRACTS_PORT: String(cPort), SETTLEMENTS_PORT: String(sPort), GATEWAY_PORT: String(gPort),
        ...(await otherServicePorts('contracts', 'settlements')), LOG_LEVEL: 'warn', RESTART_DELAY_MS: '200', ACTOR_SECRET },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    await eventually(async () => output, (o) => o.includes('[start] ready') || child.exitCode !== null, 240_000);
    if (!output.includes('[start] ready')) throw new Error(`npm start failed:\n${output}`);
  }, 270_000);

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    for (const db of ['gateway', ...SERVICE_NAMES]) await ctx?.mongo.db(`${ctx.dbName}_${db}`).dropDatabase().catch(() => undefined);
    await ctx?.dispose();
  });

  const get = async (url: string, headers: Record<string, string> = signedActor('GET', url)) => {
    const res = await fetch(url, { headers });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it('serves the UI from the gateway, prints its URL and the demo accounts, each of which signs in', async () => {
    expect(output).toContain(`[start] back office     ${gateway}/`);
    for (const path of ['/', '/dealers/D0001']) { // the UI's own routes fall back to its index.html
      const page = await fetch(`${gateway}${path}`);
      expect([path, page.status, page.headers.get('content-type')]).toEqual([path, 200, expect.stringMatching(/^text\/html/)]);
      expect(await page.text()).toContain('<div id="root">');
    }
    expect(output).toMatch(/demo accounts \(demo only/);
    for (const { username, password, roles } of DEMO_ACCOUNTS) {
      expect(output).toMatch(new RegExp(`\\[start\\]\\s+${username}\\s+${password}\\s+${roles[0]}`));
      const signIn = await fetch(`${gateway}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }) });
      expect([username, signIn.status]).toEqual([username, 200]);
    }
  });

  it('answers the API through the gateway for a signed-in user, and refuses it without one, as the services refuse an unsigned actor', async () => {
    expect((await fetch(`${gateway}/api/dealers`)).status).toBe(401);
    expect((await fetch(`${contracts}/dealers`, { headers: { 'x-actor': 'somebody' } })).status).toBe(401);
    const { username, password } = DEMO_ACCOUNTS.find((a) => a.roles.includes('auditor'))!;
    const session = await fetch(`${gateway}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }) });
    const { accessToken } = (await session.json()) as { accessToken: string };
    const dealers = await get(`${gateway}/api/dealers`, { authorization: `Bearer ${accessToken}` });
    expect([dealers.status, dealers.body['total']]).toEqual([200, 8]);
  });

  it('shows the seeded dealers and their fund balances, accrued at each agreement rate', async () => {
    const dealers = await get(`${contracts}/dealers`);
    expect(dealers.body['total']).toBe(8);
    // D0001 pays 20,123.45 + 20,246.90 + 20,370.35 = 60,740.70 in 2026Q3 at 3%: 1,822.221 → 1,822.22.
    const fund = await eventually(() => get(`${settlements}/funds/D0001?quarter=2026Q3`), (r) => r.body['paymentsFen'] === 6_074_070);
    expect(fund.body).toMatchObject({ accrualFen: 182_222, balanceFen: 182_222 });
  });

  it('prices the demo\'s parts by the price-list version in force on each day, for a dealer user through the gateway', async () => {
    const { username, password } = DEMO_ACCOUNTS.find((a) => a.roles.includes('dealer'))!;
    const session = await fetch(`${gateway}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    const { accessToken } = (await session.json()) as { accessToken: string };
    const priceOn = async (on: string) => {
      const { body } = await get(`${gateway}/api/price-list/items?on=${on}&q=C-RIBBON`, { authorization: `Bearer ${accessToken}` });
      return (body['items'] as { unitPriceFen: number; version: number }[]).map((i) => [i.unitPriceFen, i.version]);
    };
    // Imported at 28.00 from 2026-04-01 (version 1, unchanged by version 2), changed to 30.00 from 2026-11-01 (version 3).
    expect(await eventually(() => priceOn('2026-11-01'), (p) => p.length > 0)).toEqual([[3_000, 3]]);
    expect(await priceOn('2026-10-31')).toEqual([[2_800, 1]]);
    // The demo's requisitions: D0001's first shipped and received, its second waiting for its payment.
    const { body } = await eventually(() => get(`${gateway}/api/requisitions`, { authorization: `Bearer ${accessToken}` }), (r) => r.body['total'] === 2);
    expect((body['requisitions'] as { requisitionId: string; status: string; awaitingPayment: boolean }[]).map((r) => [r.requisitionId, r.status, r.awaitingPayment]).sort())
      .toEqual([['REQ-D0001-0001', 'shipped', false], ['REQ-D0001-0002', 'approved', true]]);
  });

  it('gives D0001 a second agreement version from 2026Q4 whose new rate accrues its Q4 payments', async () => {
    const versions = await get(`${contracts}/dealers/D0001/agreements`);
    expect((versions.body['items'] as { terms: { fundRateBp: number } }[]).map((v) => v.terms.fundRateBp)).toEqual([300, 350]);
    // 24,000.00 + 24,345.67 in October and November at 3.5%: 1,692.09845 → 1,692.10.
    const q4 = await eventually(() => get(`${settlements}/funds/D0001?quarter=2026Q4`), (r) => r.body['accrualFen'] === 169_210);
    expect(q4.body['paymentsFen']).toBe(4_834_567);
  });

  it('carries a new agreement from contracts to settlements through Kafka', async () => {
    const post = (url: string, body: object) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...signedActor('POST', url) }, body: JSON.stringify(body) });
    expect((await post(`${contracts}/dealers`, { code: 'E2E1', name: 'e2e', region: 'north' })).status).toBe(201);
    const signed = await post(`${contracts}/dealers/E2E1/agreements`, {
      validFrom: '2027-01-01', validTo: '2027-12-31', fundModel: 'revenue-share', fundRateBp: 500, partsQuotaBp: 100, carryAcrossYear: false,
    });
    expect(signed.status).toBe(201);
    const payment = { paymentId: 'E2E-P1', dealerCode: 'E2E1', receivedOn: '2027-02-01', amountFen: 123_457 };
    const recorded = await eventually(() => post(`${settlements}/payments`, payment), (r) => r.status !== 422);
    expect(recorded.status).toBe(201);
    const fund = await eventually(() => get(`${settlements}/funds/E2E1?quarter=2027Q1`), (r) => r.body['paymentsFen'] === 123_457);
    expect(fund.body['accrualFen']).toBe(6_173); // 6,172.85 fen → 6,173
  });

  it('restarts a service killed with kill -9, which then counts new payments again', async () => {
    const pid = Number(/\[start\] settlements started \(pid (\d+)\)/.exec(output)?.[1]);
    expect(pid).toBeGreaterThan(0);
    process.kill(pid, 'SIGKILL');
    await eventually(async () => output, (o) => o.includes('[start] settlements is healthy again') || child.exitCode !== null, 120_000);
    expect(output).toContain('[start] settlements exited (SIGKILL); restarting in 0.2 s (restart 1)');
    expect(output).toContain('[start] settlements is healthy again');
    expect(child.exitCode).toBeNull();
    expect((await fetch(`${settlements}/health`)).status).toBe(200);
    const post = await fetch(`${settlements}/payments`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...signedActor('POST', `${settlements}/payments`) },
      body: JSON.stringify({ paymentId: 'E2E-P2', dealerCode: 'E2E1', receivedOn: '2027-02-02', amountFen: 100_000 }),
    });
    expect(post.status).toBe(201);
    await eventually(() => get(`${settlements}/funds/E2E1?quarter=2027Q1`), (r) => r.body['paymentsFen'] === 223_457, 90_000);
  }, 240_000);

  it('stops both services on Ctrl-C', async () => {
    child.kill('SIGINT');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output).toContain('[start] stopping the services');
  });
});
