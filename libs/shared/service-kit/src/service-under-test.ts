import { DynamicModule, INestApplication } from '@nestjs/common';
import { MongoClient } from 'mongodb';
import { ServiceInfrastructure } from './infrastructure';
import { JsonLogger } from './json-logger';
import { createServiceApp } from './service-app';
import { loadServiceConfig, ServiceConfig } from './service-config';

/** What a test run gives a service: real servers, and a database and topic prefix of its own. */
export interface ServiceTestEnvironment {
  mongoUrl: string;
  kafkaBrokers: string;
  dbName: string;
  topicPrefix: string;
  mongo: MongoClient;
}

export interface ServiceUnderTest {
  app: INestApplication;
  infra: ServiceInfrastructure;
  config: ServiceConfig;
  http: ReturnType<INestApplication['getHttpServer']>;
  close(): Promise<void>;
}

/** A service's real Nest app, on the real servers, with the test's own database and topic prefix. */
export async function startService(
  ctx: ServiceTestEnvironment,
  service: string,
  register: (config: ServiceConfig, logger: JsonLogger) => DynamicModule,
  /** More settings, as environment variables (e.g. ACTOR_SECRET). */
  settings: Record<string, string> = {},
): Promise<ServiceUnderTest> {
  const config = loadServiceConfig(service, 0, {
    MONGO_URL: ctx.mongoUrl,
    KAFKA_BROKERS: ctx.kafkaBrokers,
    MONGO_DB: `${ctx.dbName}_${service.replace(/-/g, '_')}`,
    TOPIC_PREFIX: ctx.topicPrefix,
    RELAY_POLL_MS: '50',
    ...settings,
  });
  const logger = new JsonLogger(service, process.env['TEST_LOG_LEVEL'] ?? 'error');
  const app = await createServiceApp(register(config, logger), {
    title: service, description: 'test', logger, actor: { secret: config.actorSecret, maxAgeMs: config.actorMaxAgeMs },
  });
  await app.init();
  await app.startAllMicroservices();
  const infra = app.get(ServiceInfrastructure);
  await infra.kafkaReady; // topics exist before a test publishes to them (a service creates them in the background)
  return {
    app,
    infra,
    config,
    http: app.getHttpServer(),
    async close() {
      await app.close();
      await ctx.mongo.db(config.mongoDb).dropDatabase().catch(() => undefined);
    },
  };
}
