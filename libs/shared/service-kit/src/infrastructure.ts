import { MongoEventStore, OutboxRelay } from '@aftersales/event-store-mongo';
import { deadLetterTopic, EventEnvelope } from '@aftersales/integration-events';
import { createKafka, ensureTopics, EventConsumer, EventConsumerOptions, KafkaEventPublisher, ProcessedEventLog } from '@aftersales/kafka';
import { Admin, Kafka } from 'kafkajs';
import mongoose, { Connection } from 'mongoose';
import { JsonLogger, requestContext } from './json-logger';
import { ServiceConfig } from './service-config';

/**
 * The connections one service holds: its own database, Kafka, its event store, the outbox
 * relay to its topic, and its consumers. Started and stopped as one (SIGTERM drains it).
 */
export class ServiceInfrastructure {
  readonly connection: Connection;
  readonly kafka: Kafka;
  readonly store: MongoEventStore;
  readonly publisher: KafkaEventPublisher;
  readonly relay: OutboxRelay;
  private readonly consumers: EventConsumer[] = [];
  private readonly startHooks: (() => Promise<unknown>)[] = [];
  private admin?: Admin;
  private adminConnected?: Promise<void>;

  private readonly topics: string[];

  constructor(readonly config: ServiceConfig, readonly logger: JsonLogger, readonly publishTopic: string) {
    this.topics = [publishTopic];
    // sanitizeFilter: a `{"$gt": ""}` smuggled into a query value is treated as a literal.
    this.connection = mongoose.createConnection(config.mongoUrl, { dbName: config.mongoDb, sanitizeFilter: true, ignoreUndefined: true });
    this.kafka = createKafka(this.kafkaSettings, (level, message, fields) => logger.write(level, message, 'kafka', fields));
    this.store = new MongoEventStore(this.db);
    this.publisher = new KafkaEventPublisher(this.kafka, this.kafkaSettings, publishTopic);
    this.relay = new OutboxRelay(this.store.commits, this.publisher, {
      pollIntervalMs: config.relayPollMs,
      batchSize: 100,
      onError: (error) => logger.write('error', 'outbox relay failed; will retry', 'relay', { error: String(error) }),
    });
    this.store.onAppended = (commit) => this.relay.enqueue(commit);
  }

  get db() {
    return this.connection.getClient().db(this.config.mongoDb);
  }

  get kafkaSettings() {
    return { brokers: this.config.kafkaBrokers, clientId: this.config.service, topicPrefix: this.config.topicPrefix };
  }

  consumer(options: Omit<EventConsumerOptions, 'logger'>): EventConsumer {
    // Each event is handled in its own correlation scope, so the logs of a request and of
    // everything it caused downstream share one correlation id.
    const scoped = <T>(event: EventEnvelope, work: () => Promise<T>) =>
      requestContext.run({ correlationId: event.metadata.correlationId, actor: `consumer:${options.groupId}` }, work);
    const { handle } = options;
    const consumer = new EventConsumer(this.kafka, this.kafkaSettings, (group) => new ProcessedEventLog(this.db, group), {
      ...options,
      handle: (event) => scoped(event, () => handle(event)),
      logger: this.logger.forLibrary(`consumer:${options.groupId}`),
    });
    this.consumers.push(consumer);
    this.topics.push(...options.topics, ...options.topics.map(deadLetterTopic));
    return consumer;
  }

  /** Work to do once the database answers and before consuming (indexes of read models). */
  onStart(hook: () => Promise<unknown>): void {
    this.startHooks.push(hook);
  }

  async start(): Promise<void> {
    await this.connection.asPromise();
    await this.store.ensureIndexes();
    for (const hook of this.startHooks) await hook();
    await ensureTopics(this.kafka, this.kafkaSettings, this.topics, this.config.kafkaPartitions);
    await this.publisher.connect();
    this.relay.start();
    for (const consumer of this.consumers) await consumer.start();
  }

  async stop(): Promise<void> {
    for (const consumer of this.consumers) await consumer.stop().catch(() => undefined);
    await this.relay.stop();
    await this.publisher.disconnect().catch(() => undefined);
    if (this.adminConnected) await this.admin?.disconnect().catch(() => undefined);
    await this.connection.close();
  }

  /** Health: a real round trip to each server. */
  async check(): Promise<{ mongo: string; kafka: string }> {
    const mongo = await this.db.command({ ping: 1 }).then(() => 'up', (e: Error) => `down: ${e.message}`);
    const kafka = await this.kafkaAdmin()
      .then((admin) => admin.describeCluster())
      .then((c) => (c.brokers.length > 0 ? 'up' : 'down: no brokers'), (e: Error) => `down: ${e.message}`);
    return { mongo, kafka };
  }

  private async kafkaAdmin(): Promise<Admin> {
    this.admin ??= this.kafka.admin();
    this.adminConnected ??= this.admin.connect().catch((error) => {
      this.adminConnected = undefined;
      throw error;
    });
    await this.adminConnected;
    return this.admin;
  }
}
