import { randomBytes } from 'node:crypto';
import { MongoClient, Db } from 'mongodb';
import { ensureServers, Servers } from './servers';

const RUN_ID = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

export interface TestContext extends Servers {
  /** A database no other test uses. */
  dbName: string;
  /** Topic and consumer-group prefix no other test uses. */
  topicPrefix: string;
  mongo: MongoClient;
  db: Db;
  /** Drops the database; topics are left to the broker's retention. */
  dispose(): Promise<void>;
}

let counter = 0;

/** Real servers, and a database and topic prefix of this test's own. */
export async function createTestContext(name: string): Promise<TestContext> {
  const servers = ensureServers();
  const id = `${RUN_ID}${process.env['JEST_WORKER_ID'] ?? '0'}${(counter++).toString(36)}`;
  const safe = name.replace(/[^a-z0-9]/gi, '').slice(0, 16).toLowerCase();
  const dbName = `t_${safe}_${id}`;
  const mongo = await new MongoClient(servers.mongoUrl).connect();
  return {
    ...servers,
    dbName,
    topicPrefix: `t-${safe}-${id}.`,
    mongo,
    db: mongo.db(dbName),
    async dispose() {
      await mongo.db(dbName).dropDatabase().catch(() => undefined);
      await mongo.close();
    },
  };
}

/** Polls until `probe` returns a value that passes `accept` (eventual consistency), or fails clearly. */
export async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`condition not met in ${timeoutMs} ms; last value ${JSON.stringify(last)}${lastError ? `, last error ${String(lastError)}` : ''}`);
}
