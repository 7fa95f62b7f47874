import { MongoEventStore, OutboxRelay } from '@aftersales/event-store-mongo';
import { deadLetterTopic, EventEnvelope } from '@aftersales/integration-events';
import {
  ConsumerStatus, createKafka, ensureTopics, EventConsumer, EventConsumerHost, EventConsumerOptions, groupLag, KafkaEventPublisher, LogLine,
  physicalTopic, ProcessedEventLog,
} from '@aftersales/kafka';
import { Admin, Kafka } from 'kafkajs';
import { Connection } from 'mongoose';
import { JsonLogger, requestContext } from './json-logger';
import { KafkaStartup } from './kafka-startup';
import { ServiceConfig } from './service-config';
import { KafkaStartupStatus } from './service-health';
import { ServiceMetrics } from './service-metrics';
import { within } from './within';

/** How long start waits for Kafka before HTTP comes up anyway (topics exist in well under a second). */
const KAFKA_WAIT_AT_START_MS = 2_000;
/** A scrape waits this long for the consumers' lag. */
const LAG_SCRAPE_TIMEOUT_MS = 2_000;

/**
 * The connections one service holds: its own database, Kafka, its event store, the outbox
 * relay to its topic, and its consumers (those of its `@EventPattern` handlers, which the
 * Kafka transport creates here). Started and stopped as one (SIGTERM drains it).
 */
export class ServiceInfrastructure implements EventConsumerHost {
  readonly kafka: Kafka;
  readonly store: MongoEventStore;
  readonly publisher: KafkaEventPublisher;
  readonly relay: OutboxRelay;
  /** GET /metrics (service-metrics.ts); counted here, at the edges of the store, relay and consumers. */
  readonly metrics: ServiceMetrics;
  private readonly consumers: EventConsumer[] = [];
  /** Registered and not started yet: start() starts those registered before it. */
  private readonly waiting = new Set<EventConsumer>();
  private readonly startHooks: (() => Promise<unknown>)[] = [];
  private admin?: Admin;
  private adminConnected?: Promise<void>;
  private readonly kafkaStartup = new KafkaStartup((line) => this.log('main', line));
  /** One per startConsumers(): the transport's consumers, whose topics are created after the service's start. */
  private readonly consumerStartups: KafkaStartup[] = [];
  private databaseIsReady!: () => void;
  private readonly databaseReady = new Promise<void>((resolve) => (this.databaseIsReady = resolve));

  private readonly topics: string[];

  /**
   * `connection` is the service's mongoose connection (serviceMongo, injected with
   * getConnectionToken()): read models use its models, the event store and relay its driver.
   */
  constructor(readonly config: ServiceConfig, readonly logger: JsonLogger, readonly publishTopic: string, readonly connection: Connection) {
    this.topics = [publishTopic];
    this.kafka = createKafka(this.kafkaSettings, (level, message, fields) => logger.write(level, message, 'kafka', fields));
    this.store = new MongoEventStore(this.db);
    this.publisher = new KafkaEventPublisher(this.kafka, this.kafkaSettings, publishTopic, { maxBatchBytes: config.kafkaMaxBatchBytes });
    this.metrics = new ServiceMetrics(config.service);
    this.metrics.watchLag(() => this.consumerLags(LAG_SCRAPE_TIMEOUT_MS));
    const published = this.metrics.published.labels(publishTopic);
    const counted = { publish: (envelopes: EventEnvelope[]) => this.publisher.publish(envelopes).then(() => published.inc(envelopes.length)) };
    this.relay = new OutboxRelay(this.store, counted, {
      pollIntervalMs: config.relayPollMs,
      batchSize: 100,
      logger: logger.forLibrary('relay'),
    });
    this.store.onAppended = (commit) => {
      this.metrics.appended.inc({ stream_type: commit.streamType }, commit.events.length);
      this.relay.enqueue(commit);
    };
    this.store.onAppendFailed = () => this.relay.appendFailed();
  }

  /** Resolves once the topics exist and the relay and consumers are started (tests wait for it). */
  get kafkaReady(): Promise<void> {
    return Promise.all([this.kafkaStartup, ...this.consumerStartups].map((startup) => startup.whenReady)).then(() => undefined);
  }

  /** Ready when every start-up is; the last error of one still trying (/health). */
  kafkaStartupStatus(): KafkaStartupStatus {
    const startups = [this.kafkaStartup, ...this.consumerStartups];
    return { ready: startups.every((s) => s.ready), error: startups.find((s) => s.error)?.error ?? null };
  }

  /**
   * The driver's view of the connection, for what stays on the driver: the event store's raw
   * bulk appends and the outbox relay (the event pipeline's hot path in the bench), consumers'
   * processed-event logs, rebuild bookkeeping and collection renames.
   */
  get db() {
    return this.connection.getClient().db(this.config.mongoDb);
  }

  get kafkaSettings() {
    return { brokers: this.config.kafkaBrokers, clientId: this.config.service, topicPrefix: this.config.topicPrefix };
  }

  consumer(options: Omit<EventConsumerOptions, 'logger'>): EventConsumer {
    // Each event is handled in its own correlation scope, so the logs of a request and of
    // everything it caused downstream share one correlation id; a batch has its events' one
    // correlation id, or `mixed` when they came from several requests.
    const scoped = <T>(events: EventEnvelope[], work: () => Promise<T>) => {
      const ids = new Set(events.map((event) => event.metadata.correlationId));
      const correlationId = ids.size === 1 ? [...ids][0] : 'mixed';
      return requestContext.run({ correlationId, actor: `consumer:${options.groupId}` }, work);
    };
    const { handle, handleBatch } = options;
    const group = physicalTopic(this.kafkaSettings, options.groupId);
    const consumed = this.metrics.consumed.labels(group);
    const consumer = new EventConsumer(this.kafka, this.kafkaSettings, (group) => new ProcessedEventLog(this.db, group), {
      ...options,
      handle: (event, delivery) => scoped([event], () => handle(event, delivery)).then(() => consumed.inc()),
      handleBatch: handleBatch && ((events, delivery) => scoped(events, () => handleBatch(events, delivery)).then(() => consumed.inc(events.length))),
      onDeadLettered: (topic) => this.metrics.deadLettered.inc({ group, topic }),
      logger: this.logger.forLibrary(`consumer:${options.groupId}`),
    });
    this.consumers.push(consumer);
    this.waiting.add(consumer);
    this.topics.push(...this.topicsOf(options.topics));
    return consumer;
  }

  /**
   * The Kafka transport's consumers, known once Nest has found the handlers (after start()):
   * in the background, once the database is ready, their topics are created, then they join.
   */
  startConsumers(consumers: EventConsumer[]): void {
    for (const consumer of consumers) this.waiting.delete(consumer);
    const topics = this.topicsOf(consumers.flatMap((consumer) => consumer.topics));
    const startup = new KafkaStartup((line) => this.log('main', line));
    this.consumerStartups.push(startup);
    startup.begin(
      async () => {
        await this.databaseReady;
        await ensureTopics(this.kafka, this.kafkaSettings, topics, this.config.kafkaPartitions);
      },
      () => consumers.forEach((consumer) => void consumer.start()),
    );
  }

  private topicsOf(topics: string[]): string[] {
    return [...topics, ...topics.map(deadLetterTopic)];
  }

  /** Work to do once the database answers and before consuming (indexes of read models). */
  onStart(hook: () => Promise<unknown>): void {
    this.startHooks.push(hook);
  }

  /**
   * The database first (indexes before any write); Kafka in the background: HTTP and /health
   * come up at once, also while the broker is down or a restarted service's consumers wait
   * for their group. The relay starts only once its topic exists with its settings.
   */
  async start(): Promise<void> {
    await this.connection.asPromise();
    await this.store.ensureIndexes();
    for (const hook of this.startHooks) await hook();
    this.databaseIsReady();
    const consumers = [...this.waiting];
    this.waiting.clear();
    this.kafkaStartup.begin(
      () => ensureTopics(this.kafka, this.kafkaSettings, this.topics, this.config.kafkaPartitions),
      () => {
        this.relay.start();
        for (const consumer of consumers) void consumer.start();
      },
    );
    await Promise.race([this.kafkaReady, new Promise((resolve) => setTimeout(resolve, KAFKA_WAIT_AT_START_MS).unref())]);
  }

  async stop(): Promise<void> {
    // A start-up still connecting to a dead broker is left behind: it starts nothing once stopped.
    await Promise.all([this.kafkaStartup, ...this.consumerStartups].map((startup) => startup.stop()));
    await Promise.all(this.consumers.map((consumer) => consumer.stop().catch(() => undefined)));
    await this.relay.stop();
    await this.publisher.disconnect().catch(() => undefined);
    if (this.adminConnected) await this.admin?.disconnect().catch(() => undefined);
    // The connection is closed by MongooseModule after this (onApplicationShutdown): it owns it.
  }

  /** What /health and /metrics read of the consumers (health.indicators.ts, metrics). */
  consumerStatuses(): ConsumerStatus[] {
    return this.consumers.map((consumer) => consumer.status());
  }

  /** Each consumer group's lag, asked of Kafka within `timeoutMs` (null when it did not say, or before its topics exist). */
  async consumerLags(timeoutMs: number): Promise<{ group: string; lag: number | null }[]> {
    const ready = this.kafkaStartupStatus().ready;
    return Promise.all(this.consumerStatuses().map(async ({ group, topics }) => ({
      group,
      lag: ready ? await within(timeoutMs, this.kafkaAdmin().then((admin) => groupLag(admin, group, topics)), null) : null,
    })));
  }

  /** One admin client for /health and /metrics, connected on first use. */
  async kafkaAdmin(): Promise<Admin> {
    // Few retries: /health answers "down" rather than waiting out a dead broker.
    this.admin ??= this.kafka.admin({ retry: { retries: 1 } });
    this.adminConnected ??= this.admin.connect().catch((error) => {
      this.adminConnected = undefined;
      throw error;
    });
    await this.adminConnected;
    return this.admin;
  }

  private log(context: string, line: LogLine): void {
    this.logger.write(line.level, line.message, context, line.fields);
  }
}
