import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MongoClient } from 'mongodb';
import { ensureServers, freePort, ServiceProcess } from '@aftersales/testing';

const ROOT = resolve(__dirname, '../../../../..');
/** The one list of services (services.json), read as a file: the gateway imports no app's files. */
const services = JSON.parse(readFileSync(join(ROOT, 'services.json'), 'utf8')) as Record<string, unknown>;

export interface ServicesStack {
  /** Base URL of each service of services.json, e.g. `{ contracts: 'http://127.0.0.1:21234' }`. */
  urls: Record<string, string>;
  /** The settings a gateway needs to reach them (CONTRACTS_URL, ...). */
  gatewaySettings: Record<string, string>;
  mongoUrl: string;
  /** The database of a service in this stack. */
  dbOf(service: string): string;
  close(): Promise<void>;
}

/**
 * Every service of services.json as `npm start` runs it (its own process, from source), on the test
 * servers with a database and topic prefix of this stack's own, on free ports. The gateway's
 * specs cannot load a service's modules in their process (it imports no service's code), so they
 * reach them over HTTP, as the gateway does.
 */
export async function startServicesStack(name: string, settings: Record<string, string> = {}): Promise<ServicesStack> {
  const servers = ensureServers();
  const run = `t_${name.replace(/[^a-z0-9]/gi, '').slice(0, 12).toLowerCase()}_${Date.now().toString(36)}`;
  const logs = join(ROOT, 'tmp/gateway-tests');
  mkdirSync(logs, { recursive: true });
  const processes = await Promise.all(Object.keys(services).map(async (service) => new ServiceProcess({
    service, port: await freePort(), logFile: join(logs, `${run}-${service}.log`),
    env: {
      KAFKA_BROKERS: servers.kafkaBrokers, MONGO_URL: servers.mongoUrl, MONGO_DB: `${run}_${service}`,
      TOPIC_PREFIX: `${run}.`, RELAY_POLL_MS: '50', LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'warn', ...settings,
    },
  })));
  const stop = () => Promise.all(processes.map((p) => p.stop()));
  try {
    processes.forEach((p) => p.start());
    await Promise.all(processes.map((p) => p.healthy(90_000)));
  } catch (error) {
    await stop();
    throw error;
  }
  const urls = Object.fromEntries(processes.map((p, i) => [Object.keys(services)[i], p.url]));
  return {
    urls,
    gatewaySettings: Object.fromEntries(Object.entries(urls).map(([service, url]) => [`${service.toUpperCase().replace(/-/g, '_')}_URL`, url])),
    mongoUrl: servers.mongoUrl,
    dbOf: (service) => `${run}_${service}`,
    async close() {
      await stop();
      const mongo = await new MongoClient(servers.mongoUrl).connect();
      await Promise.all(Object.keys(services).map((service) => mongo.db(`${run}_${service}`).dropDatabase().catch(() => undefined)));
      await mongo.close();
    },
  };
}
