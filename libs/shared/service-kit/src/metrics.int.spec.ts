import { EventEnvelope, SettlementsEvents, TOPICS } from '@aftersales/integration-events';
import { physicalTopic } from '@aftersales/kafka';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import { DynamicModule, INestApplication, Module } from '@nestjs/common';
import mongoose, { Connection } from 'mongoose';
import request from 'supertest';
import { CqrsModule } from '@nestjs/cqrs';
import { InfrastructureLifecycle, serviceProbes } from './health.controller';
import { ServiceInfrastructure } from './infrastructure';
import { JsonLogger } from './json-logger';
import { mongoConnectOptions } from './mongo.module';
import { createServiceApp } from './service-app';
import { loadServiceConfig } from './service-config';

jest.setTimeout(90_000);

const payment = (paymentId: string): Omit<EventEnvelope, 'eventId' | 'version' | 'streamId' | 'streamType' | 'dealerCode' | 'schemaVersion'> => ({
  type: SettlementsEvents.PaymentRecorded.type, occurredAt: '2026-07-15T02:00:00.000Z', recordedAt: '2026-07-15T02:00:01.000Z',
  metadata: { correlationId: `c-${paymentId}`, causationId: null, actor: 'finance' },
  data: { paymentId, dealerCode: 'D0001', receivedOn: '2026-07-15', amountFen: 100, quarter: '2026Q3', agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 300 },
});

@Module({})
class MetricsProbeModule {
  static register(infra: ServiceInfrastructure): DynamicModule {
    return { module: MetricsProbeModule, ...serviceProbes, imports: [...serviceProbes.imports, CqrsModule.forRoot()], providers: [{ provide: ServiceInfrastructure, useValue: infra }, InfrastructureLifecycle, ...serviceProbes.providers] };
  }
}

/** The value of the sample of `name` whose labels include every one of `labels`, from Prometheus' text format. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('GET /metrics on real servers', () => {
  let ctx: TestContext;
  let app: INestApplication;
  let infra: ServiceInfrastructure;
  let connection: Connection;
  beforeAll(async () => {
    ctx = await createTestContext('metrics');
    const config = loadServiceConfig('settlements', 0, {
      MONGO_URL: ctx.mongoUrl, KAFKA_BROKERS: ctx.kafkaBrokers, MONGO_DB: `${ctx.dbName}_metrics`, TOPIC_PREFIX: ctx.topicPrefix, RELAY_POLL_MS: '50',
    });
    const logger = new JsonLogger('settlements', 'fatal');
    connection = mongoose.createConnection(config.mongoUrl, mongoConnectOptions(config));
    infra = new ServiceInfrastructure(config, logger, TOPICS.settlements, connection);
    infra.consumer({
      groupId: 'probe.projector', topics: [TOPICS.settlements], maxAttempts: 1, retryBackoffMs: 1,
      handle: async (event) => {
        if (event.data['paymentId'] === 'BAD') throw new Error('the fund refuses it');
      },
    });
    app = await createServiceApp(MetricsProbeModule.register(infra), { title: 'probe', description: 'probe', logger });
    await app.init();
    await infra.kafkaReady;
  });
  afterAll(async () => {
    await app?.close();
    await connection?.close().catch(() => undefined);
    await ctx?.dispose();
  });

  it('counts events appended, published, consumed and dead-lettered, the consumer lag, and HTTP latency by route template', async () => {
    const http = app.getHttpServer();
    const group = `${ctx.topicPrefix}probe.projector`;
    for (const id of ['P1', 'BAD']) {
      await infra.store.append({ streamType: 'payment', streamId: `payment-${id}`, dealerCode: 'D0001' }, 0, [{ type: payment(id).type, data: payment(id).data }],
        { metadata: payment(id).metadata, occurredAt: payment(id).occurredAt, recordedAt: payment(id).recordedAt });
    }
    await request(http).get('/health');
    await request(http).get('/dealers/D0001/nothing-here');
    const scrape = await eventually(() => request(http).get('/metrics'),
      (r) => sample(r.text, 'aftersales_events_dead_lettered_total', { group }) === 1 && sample(r.text, 'aftersales_consumer_lag', { group }) === 0, 30_000);

    expect(scrape.status).toBe(200);
    expect(scrape.headers['content-type']).toMatch(/^text\/plain/);
    const { text } = scrape;
    expect(sample(text, 'aftersales_events_appended_total', { stream_type: 'payment', service: 'settlements' })).toBe(2);
    expect(sample(text, 'aftersales_events_published_total', { topic: TOPICS.settlements })).toBe(2);
    expect(sample(text, 'aftersales_events_consumed_total', { group })).toBe(1);
    expect(sample(text, 'aftersales_events_dead_lettered_total', { group, topic: physicalTopic(infra.kafkaSettings, TOPICS.settlements) })).toBe(1);
    expect(sample(text, 'http_request_duration_seconds_count', { method: 'GET', route: '/health' })).toBe(1);
    // A path no route matches counts under Nest's catch-all template, never under the path asked (the label set stays bounded).
    expect(sample(text, 'http_request_duration_seconds_count', { method: 'GET', route: '/{*path}', status_code: '404' })).toBe(1);
    expect(text).not.toContain('nothing-here');
    expect(text).toContain('process_cpu_seconds_total');
  });

  it('is left out of the OpenAPI document (a Prometheus scrape, not JSON for API clients)', async () => {
    const { body } = await request(app.getHttpServer()).get('/docs/json').expect(200);
    expect(Object.keys(body.paths)).not.toContain('/metrics');
  });
});
