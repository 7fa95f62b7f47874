import { createTestContext } from '@aftersales/testing';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DEMO_ACCOUNTS as DemoAccounts } from '../../../deploy/demo/accounts.mjs';
import type { startStack as StartStack } from '../../../deploy/stack.mjs';

/** Loaded by Node itself: Playwright's TypeScript transform would make CommonJS of these ES modules. */
const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(resolve(__dirname, '../../..', path)).href)) as T;

/**
 * Before the browser tests: the whole system as `npm start` runs it (the services, the UI built by
 * vite, the gateway serving it, the demo data and accounts) on the test servers, with its own ports,
 * databases and topics. Its URL goes to the tests as BACKOFFICE_URL; the returned function stops it
 * and drops its databases. With BACKOFFICE_URL set, the tests run against that system instead.
 */
export default async function stackSetup(): Promise<() => Promise<void>> {
  // the demo accounts `npm start` opens, for the tests to sign in with
  const { DEMO_ACCOUNTS } = await load<{ DEMO_ACCOUNTS: typeof DemoAccounts }>('deploy/demo/accounts.mjs');
  process.env['BACKOFFICE_ACCOUNTS'] = JSON.stringify(DEMO_ACCOUNTS);
  // BACKOFFICE_URL set: the tests use that system (a running `npm start`, with its demo accounts) and start none
  if (process.env['BACKOFFICE_URL']) return async () => undefined;
  const { startStack } = await load<{ startStack: typeof StartStack }>('deploy/stack.mjs');
  const ctx = await createTestContext('browser');
  const dbPrefix = `${ctx.dbName}_`;
  // Every test signs in, and every page load refreshes the session, all from one address: more than
  // the 20 a minute the gateway allows by default (sign-in and refresh; its own tests check the limit).
  const env = { GATEWAY_SIGNIN_RATE_LIMIT: '1000' };
  const stack = await startStack({ kafkaBrokers: ctx.kafkaBrokers, mongoUrl: ctx.mongoUrl, dbPrefix, topicPrefix: ctx.topicPrefix, env,
    echo: process.env['BROWSER_STACK_LOG'] === 'true' });
  process.env['BACKOFFICE_URL'] = stack.gateway;
  process.env['BACKOFFICE_CONTRACTS_URL'] = stack.contracts;
  return async () => {
    await stack.stop();
    for (const db of stack.databases) await ctx.mongo.db(`${dbPrefix}${db}`).dropDatabase().catch(() => undefined);
    await ctx.dispose();
  };
}
