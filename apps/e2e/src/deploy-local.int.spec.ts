import { PrivateServers, privateServers } from '@aftersales/testing';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const TOPIC = 'kept';

/**
 * deploy/local keeps data: restarting a crashed server starts that server alone on its data,
 * stop.sh keeps the data, and only reset.sh deletes it. Runs on an instance of its own.
 */
describe('deploy/local restarts a crashed server on its data', () => {
  let servers: PrivateServers;
  const kafka = () => new Kafka({ brokers: [servers.kafkaBrokers], clientId: 'deploy-local-test', logLevel: logLevel.NOTHING, retry: { retries: 3 } });

  const stored = async () => {
    const mongo = await new MongoClient(servers.mongoUrl, { serverSelectionTimeoutMS: 5_000 }).connect();
    try {
      return await mongo.db('keep').collection('docs').countDocuments({ _id: 'D1' as never });
    } finally {
      await mongo.close();
    }
  };
  const published = async () => {
    const admin = kafka().admin();
    await admin.connect();
    try {
      if (!(await admin.listTopics()).includes(TOPIC)) return 0;
      return (await admin.fetchTopicOffsets(TOPIC)).reduce((n, p) => n + Number(p.high), 0);
    } finally {
      await admin.disconnect();
    }
  };

  beforeAll(async () => {
    servers = await privateServers('deploylocal');
    await servers.start();
    const mongo = await new MongoClient(servers.mongoUrl).connect();
    await mongo.db('keep').collection('docs').insertOne({ _id: 'D1' as never, name: 'kept' });
    await mongo.close();
    const producer = kafka().producer({ allowAutoTopicCreation: true });
    await producer.connect();
    // A topic created by this first send has no leader for a moment ("not the leader"): send until it has.
    for (let attempt = 1; ; attempt++) {
      try {
        await producer.send({ topic: TOPIC, acks: -1, messages: [{ key: 'k', value: 'kept' }] });
        break;
      } catch (error) {
        if (attempt >= 30) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
    await producer.disconnect();
  }, 180_000);

  afterAll(async () => {
    await servers?.dispose();
  }, 60_000);

  it('after kill -9 of Kafka, start.sh restarts Kafka alone: FerretDB keeps its pid, both keep their data', async () => {
    const ferretdb = servers.pid('ferretdb');
    await servers.kill('kafka');
    await servers.start();
    expect(servers.pid('ferretdb')).toBe(ferretdb);
    expect(await stored()).toBe(1);
    expect(await published()).toBe(1);
  }, 120_000);

  it('after kill -9 of FerretDB, start.sh restarts FerretDB alone: Kafka keeps its pid, both keep their data', async () => {
    const kafkaPid = servers.pid('kafka');
    await servers.kill('ferretdb');
    await servers.start();
    expect(servers.pid('kafka')).toBe(kafkaPid);
    expect(await stored()).toBe(1);
    expect(await published()).toBe(1);
  }, 120_000);

  it('stop.sh keeps the data for the next start.sh', async () => {
    await servers.stop();
    await servers.start();
    expect(await stored()).toBe(1);
    expect(await published()).toBe(1);
  }, 120_000);

  it('reset.sh deletes the data: the next start.sh begins empty', async () => {
    await servers.reset();
    expect(existsSync(join(servers.runDir, 'data'))).toBe(false);
    await servers.start();
    expect(await stored()).toBe(0);
    expect(await published()).toBe(0);
  }, 120_000);
});
