import { createTestContext } from '@aftersales/testing';
import { randomBytes } from 'node:crypto';
import { actorHeaders } from '../demo/actor.mjs';
import { DEMO_ACCOUNTS } from '../demo/accounts.mjs';
import { startStack } from '../stack.mjs';
import { HttpResult, interleaved, load } from './http-load';
import { positiveInteger } from './measure';

/** A fund balance of the demo data: the read the bench repeats, through the gateway and straight to settlements. */
const FUND = '/funds/D0001?quarter=2026Q3';
export const CLIENTS = 50;

async function signIn(gateway: string): Promise<string> {
  const account = DEMO_ACCOUNTS.find((a) => a.roles.includes('finance'));
  if (!account) throw new Error('no demo account has the finance role');
  const res = await fetch(`${gateway}/api/auth/sign-in`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: account.username, password: account.password }),
  });
  if (res.status !== 200 && res.status !== 201) throw new Error(`sign-in as ${account.username}: HTTP ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/**
 * The system as `npm start` runs it (its own processes, database and topic prefix; the demo data and
 * accounts), then rounds of 50 clients reading one fund balance: signed in through the gateway
 * (GET /api/funds/… with a Bearer token), and straight to settlements (GET /funds/… with a signed actor).
 */
export async function runGatewayBench(): Promise<{ direct: HttpResult; gateway: HttpResult }> {
  const seconds = positiveInteger('BENCH_HTTP_SECONDS', 10);
  const rounds = positiveInteger('BENCH_HTTP_ROUNDS', 2);
  const ctx = await createTestContext('benchgateway');
  const dbPrefix = `${ctx.dbName}_`;
  const secret = randomBytes(32).toString('base64url');
  const stack = await startStack({ kafkaBrokers: ctx.kafkaBrokers, mongoUrl: ctx.mongoUrl, dbPrefix, topicPrefix: ctx.topicPrefix,
    env: { UI_BUILD: 'false', ACTOR_SECRET: secret } });
  try {
    const token = await signIn(stack.gateway);
    const direct = (s: number) => () => load(`${stack.settlements}${FUND}`, actorHeaders('bench', 'GET', FUND, secret), s, CLIENTS);
    const gateway = (s: number) => () => load(`${stack.gateway}/api${FUND}`, { authorization: `Bearer ${token}` }, s, CLIENTS);
    await interleaved([{ name: 'warm-up direct', run: direct(3) }, { name: 'warm-up gateway', run: gateway(3) }], 1);
    const results = await interleaved([{ name: 'direct', run: direct(seconds) }, { name: 'gateway', run: gateway(seconds) }], rounds);
    for (const r of results) if (r.failures > 0) throw new Error(`${r.case}: ${r.failures} answers were not 2xx or failed`);
    const [directResult, gatewayResult] = results;
    if (!directResult || !gatewayResult) throw new Error('a case did not run');
    return { direct: directResult, gateway: gatewayResult };
  } finally {
    await stack.stop();
    for (const db of stack.databases) await ctx.mongo.db(`${dbPrefix}${db}`).dropDatabase().catch(() => undefined);
    await ctx.dispose();
  }
}
