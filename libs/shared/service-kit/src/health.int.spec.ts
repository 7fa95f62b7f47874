import { EventEnvelope, SettlementsEvents, TOPICS } from '@aftersales/integration-events';
import { physicalTopic } from '@aftersales/kafka';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import { DynamicModule, INestApplication, Module } from '@nestjs/common';
import mongoose, { Connection } from 'mongoose';
import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';
import { CqrsModule } from '@nestjs/cqrs';
import { InfrastructureLifecycle, serviceProbes } from './health.controller';
import { ServiceInfrastructure } from './infrastructure';
import { JsonLogger } from './json-logger';
import { mongoConnectOptions } from './mongo.module';
import { createServiceApp } from './service-app';
import { loadServiceConfig } from './service-config';

jest.setTimeout(90_000);

const payment = (paymentId: string): EventEnvelope => ({
  eventId: uuidv7(), type: SettlementsEvents.PaymentRecorded.type, schemaVersion: 1, streamType: 'payment', streamId: `payment-${paymentId}`,
  version: 1, dealerCode: 'D0001', occurredAt: '2026-07-15T02:00:00.000Z', recordedAt: '2026-07-15T02:00:01.000Z',
  metadata: { correlationId: `c-${paymentId}`, causationId: null, actor: 'finance' },
  data: { paymentId, dealerCode: 'D0001', receivedOn: '2026-07-15', amountFen: 100, quarter: '2026Q3', agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 300 },
});

@Module({})
class HealthProbeModule {
  static register(infra: ServiceInfrastructure): DynamicModule {
    return { module: HealthProbeModule, ...serviceProbes, imports: [...serviceProbes.imports, CqrsModule.forRoot()], providers: [{ provide: ServiceInfrastructure, useValue: infra }, InfrastructureLifecycle, ...serviceProbes.providers] };
  }
}

describe('GET /health on real servers', () => {
  let ctx: TestContext;
  const apps: INestApplication[] = [];
  const connections: Connection[] = [];
  beforeAll(async () => (ctx = await createTestContext('health')));
  afterAll(async () => {
    for (const app of apps) await app.close().catch(() => undefined);
    for (const connection of connections) await connection.close().catch(() => undefined);
    await ctx.dispose();
  });

  async function service(name: string, kafkaBrokers: string, register: (infra: ServiceInfrastructure) => void = () => undefined) {
    const config = loadServiceConfig('settlements', 0, {
      MONGO_URL: ctx.mongoUrl, KAFKA_BROKERS: kafkaBrokers, MONGO_DB: `${ctx.dbName}_${name}`, TOPIC_PREFIX: `${ctx.topicPrefix}${name}.`,
      RELAY_POLL_MS: '50', RELAY_STALL_MS: '1000', CONSUMER_STALL_MS: '1000',
    });
    const logger = new JsonLogger('settlements', 'error');
    // A service's connection comes from serviceMongo (MongooseModule); this probe module has none.
    const connection = mongoose.createConnection(config.mongoUrl, mongoConnectOptions(config));
    connections.push(connection);
    const infra = new ServiceInfrastructure(config, logger, TOPICS.settlements, connection);
    register(infra);
    const app = await createServiceApp(HealthProbeModule.register(infra), { title: 'probe', description: 'probe', logger });
    apps.push(app);
    const started = Date.now();
    await app.init();
    return { app, infra, initMs: Date.now() - started, http: app.getHttpServer() };
  }

  it('answers at once with Kafka down, says what is down, and reports the relay stalled once a commit waits', async () => {
    const { infra, initMs, http } = await service('nokafka', '127.0.0.1:1');
    expect(initMs).toBeLessThan(5_000);
    const first = await request(http).get('/health').expect(503);
    expect(first.body).toMatchObject({ status: 'error', info: { mongo: { status: 'up' } }, error: { kafka: { status: 'down', message: expect.any(String) } } });

    await infra.store.append({ streamType: 'payment', streamId: 'payment-P1', dealerCode: 'D0001' }, 0,
      [{ type: SettlementsEvents.PaymentRecorded.type, data: payment('P1').data }], { metadata: payment('P1').metadata, occurredAt: payment('P1').occurredAt, recordedAt: payment('P1').recordedAt });
    const stalled = await eventually(() => request(http).get('/health'), (r) => r.body.details?.relay?.stalled === true, 10_000);
    expect(stalled.status).toBe(503);
    expect(stalled.body.error.relay).toMatchObject({ status: 'down', workWaiting: true, problem: expect.stringMatching(/^outbox relay has published nothing for \d+ s while commits wait/) });
  });

  it('lists every consumer group with its dead letters, and reports one that stalls with work waiting or stops', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { infra, http } = await service('consumers', ctx.kafkaBrokers, (infra) => {
      const consumer = infra.consumer({
        groupId: 'probe.projector', topics: [TOPICS.settlements], maxAttempts: 1, retryBackoffMs: 1,
        handle: async (event) => {
          if (event.data['paymentId'] === 'BAD') throw new Error('the fund refuses it');
          if (event.data['paymentId'] === 'SLOW') await gate;
        },
      });
      probe.consumer = consumer;
    });
    await infra.kafkaReady;
    const consumerOf = (r: request.Response) => r.body.details?.consumers?.groups?.[0];
    const healthy = await eventually(() => request(http).get('/health'), (r) => consumerOf(r)?.state === 'running');
    expect(healthy.status).toBe(200);
    expect(healthy.body).toMatchObject({ status: 'ok', info: { mongo: { status: 'up' }, kafka: { status: 'up', topicsReady: true }, relay: { status: 'up' } } });
    expect(consumerOf(healthy)).toMatchObject({ group: `${ctx.topicPrefix}consumers.probe.projector`, deadLettered: 0, lag: 0 });

    const producer = infra.kafka.producer();
    await producer.connect();
    const send = (e: EventEnvelope) => producer.send({ topic: physicalTopic(infra.kafkaSettings, TOPICS.settlements), messages: [{ key: 'D0001', value: JSON.stringify(e) }] });
    const bad = payment('BAD');
    await send(bad);
    const dead = await eventually(() => request(http).get('/health'), (r) => consumerOf(r)?.deadLettered === 1);
    expect(dead.status).toBe(200);
    expect(consumerOf(dead).lastDeadLetter).toMatchObject({ eventId: bad.eventId, topic: physicalTopic(infra.kafkaSettings, TOPICS.settlements), error: 'Error: the fund refuses it' });

    await send(payment('SLOW'));
    const stalled = await eventually(() => request(http).get('/health'), (r) => r.status === 503, 15_000);
    expect(stalled.body.error.consumers.problems).toEqual([expect.stringMatching(/probe\.projector has made no progress for \d+ s with 1 messages waiting/)]);
    release();
    await eventually(() => request(http).get('/health'), (r) => r.status === 200, 15_000);

    await probe.consumer?.stop();
    const stopped = await request(http).get('/health').expect(503);
    expect(stopped.body.error.consumers.problems).toEqual([expect.stringMatching(/probe\.projector has stopped/)]);
    await producer.disconnect();
  });
});

const probe: { consumer?: { stop(): Promise<void> } } = {};
