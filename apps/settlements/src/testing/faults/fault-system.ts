import { PrivateServers, privateServers, ServiceProcess, freePort } from '@aftersales/testing';
import { Db, MongoClient } from 'mongodb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PaymentStream } from './payment-stream';

/** The dealers the stream pays, each on one revenue-share agreement for 2026-2027. */
export const DEALERS = [
  { code: 'F001', region: 'north', fundRateBp: 300 },
  { code: 'F002', region: 'south', fundRateBp: 250 },
  { code: 'F003', region: 'east', fundRateBp: 350 },
  { code: 'F004', region: 'west', fundRateBp: 275 },
];
export const RATES: ReadonlyMap<string, number> = new Map(DEALERS.map((d) => [d.code, d.fundRateBp]));

/** Both services as their own processes on a deploy/local instance of their own. */
export interface FaultSystem {
  servers: PrivateServers;
  contracts: ServiceProcess;
  settlements: ServiceProcess;
  mongo?: MongoClient;
  settlementsDb: Db;
  contractsDb: Db;
  rebuildDb: Db;
  stream: PaymentStream;
  /** Service logs (appended across restarts). */
  logDir: string;
}

/**
 * Starts the servers and both services and seeds the dealers. `started` is given the system
 * before anything runs, so a start that fails half-way is still cleaned up (stopFaultSystem).
 */
export async function startFaultSystem(started: (system: FaultSystem) => void): Promise<FaultSystem> {
  const id = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const servers = await privateServers('faults');
  const logDir = mkdtempSync(join(tmpdir(), 'aftersales-faults-logs-'));
  const env = {
    KAFKA_BROKERS: servers.kafkaBrokers, MONGO_URL: servers.mongoUrl, TOPIC_PREFIX: `f-${id}.`, MONGO_DB_PREFIX: `f_${id}_`,
    RELAY_POLL_MS: '200', LOG_LEVEL: 'warn',
  };
  const service = async (name: string) =>
    new ServiceProcess({ service: name, port: await freePort(), env, logFile: join(logDir, `${name}.log`) });
  const [contracts, settlements] = [await service('contracts'), await service('settlements')];
  const mongo = new MongoClient(servers.mongoUrl);
  const system: FaultSystem = {
    servers, contracts, settlements, mongo, logDir,
    settlementsDb: mongo.db(`f_${id}_settlements`), contractsDb: mongo.db(`f_${id}_contracts`), rebuildDb: mongo.db(`f_${id}_rebuild`),
    stream: new PaymentStream(settlements.url, DEALERS.map((d) => d.code)),
  };
  started(system);
  await servers.start();
  contracts.start();
  settlements.start();
  await Promise.all([contracts.healthy(120_000), settlements.healthy(120_000)]);
  await mongo.connect();
  await seed(system);
  return system;
}

async function post(url: string, body: object): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status !== 200 && res.status !== 201) throw new Error(`POST ${url}: HTTP ${res.status} ${await res.text()}`);
}

/** Dealers and agreements through contracts; settlements knows a dealer once its first payment stops getting 422. */
async function seed({ contracts, stream }: FaultSystem): Promise<void> {
  for (const d of DEALERS) {
    await post(`${contracts.url}/dealers`, { code: d.code, name: `fault suite ${d.code}`, region: d.region });
    await post(`${contracts.url}/dealers/${d.code}/agreements`, {
      validFrom: '2026-01-01', validTo: '2027-12-31', fundModel: 'revenue-share', fundRateBp: d.fundRateBp, partsQuotaBp: 200, carryAcrossYear: true,
    });
  }
  const deadline = AbortSignal.timeout(60_000);
  await Promise.all(DEALERS.map((d) => stream.sendUntilAcknowledged(
    { paymentId: `WARM-${d.code}`, dealerCode: d.code, receivedOn: '2026-02-02', amountFen: 100_00 }, [422], deadline)));
}

/**
 * Every consumer group still works: a dealer registered now reaches contracts' read model
 * (its relay and projection) and settlements' (its terms consumer). The fund path alone would
 * not notice a stopped consumer that had nothing to do during the fault.
 */
export async function dealerFlowProblem({ contracts, settlements }: FaultSystem, code: string, timeoutMs: number): Promise<string | undefined> {
  await post(`${contracts.url}/dealers`, { code, name: `probe ${code}`, region: 'north' });
  const deadline = Date.now() + timeoutMs;
  const status = (url: string) => fetch(url, { signal: AbortSignal.timeout(5_000) }).then((r) => r.status, () => 0);
  let last = { contracts: 0, settlements: 0 };
  while (Date.now() < deadline) {
    last = { contracts: await status(`${contracts.url}/dealers/${code}`), settlements: await status(`${settlements.url}/funds/${code}?quarter=2026Q1`) };
    if (last.contracts === 200 && last.settlements === 200) return undefined;
    await new Promise((r) => setTimeout(r, 250));
  }
  return `dealer ${code}, registered after the fault, did not reach the read models within ${timeoutMs / 1000} s ` +
    `(contracts GET /dealers/${code}: ${last.contracts}, settlements GET /funds/${code}: ${last.settlements})`;
}

/** Stops everything started, deletes the servers' data; the service logs stay when `keepLogs`. */
export async function stopFaultSystem(system: FaultSystem | undefined, keepLogs: boolean): Promise<void> {
  if (!system) return;
  system.stream.close();
  await Promise.all([system.contracts.kill(), system.settlements.kill()]);
  await system.mongo?.close().catch(() => undefined);
  await system.servers.dispose();
  if (!keepLogs) rmSync(system.logDir, { recursive: true, force: true });
}
