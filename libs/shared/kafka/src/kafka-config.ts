import { Admin, ConfigResourceTypes, ITopicConfig, Kafka, logCreator, logLevel } from 'kafkajs';
import { classifyKafkaLog, LogThrottle } from './kafka-log';

export interface KafkaSettings {
  /** Comma-separated host:port list (KAFKA_BROKERS). */
  brokers: string;
  clientId: string;
  /** Prepended to every topic and consumer group: isolates test runs and environments. */
  topicPrefix: string;
}

/** kafkajs's own log lines, handed to the service's logger (JSON lines) when one is given. */
export type KafkaLogSink = (level: 'error' | 'warn', message: string, fields: Record<string, unknown>) => void;

export function createKafka(settings: KafkaSettings, sink?: KafkaLogSink): Kafka {
  const throttle = new LogThrottle();
  const toSink: logCreator = () => ({ level, log }) => {
    const { message, timestamp: _timestamp, logger: _logger, ...fields } = log;
    const line = throttle.admit(classifyKafkaLog(level === logLevel.ERROR ? 'error' : 'warn', String(message), fields));
    if (line) sink?.(line.level, `kafkajs: ${line.message}`, line.fields);
  };
  return new Kafka({
    clientId: settings.clientId,
    brokers: settings.brokers.split(',').map((b) => b.trim()).filter(Boolean),
    logLevel: logLevel.ERROR,
    ...(sink ? { logCreator: toSink } : {}),
    retry: { retries: 8, initialRetryTime: 200 },
  });
}

export function physicalTopic(settings: Pick<KafkaSettings, 'topicPrefix'>, topic: string): string {
  return `${settings.topicPrefix}${topic}`;
}

/**
 * Creates the given topics if missing (idempotent); the caller lists the dead-letter topics
 * too (ServiceInfrastructure does). Services start side by side and share topics, so one may
 * create a topic while another waits for its leader: retriable answers are retried.
 * Partitions: KAFKA_PARTITIONS (default 3); replication: the broker's default. Event topics
 * are kept forever (`topicConfig`), also ones an older version created with the default.
 */
export async function ensureTopics(kafka: Kafka, settings: KafkaSettings, topics: string[], partitions = 3, attempts = 10): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const existing = new Set(await admin.listTopics());
        const physical = [...new Set(topics)].map((t) => physicalTopic(settings, t));
        const wanted = physical.filter((t) => !existing.has(t));
        if (wanted.length > 0) {
          await admin.createTopics({
            waitForLeaders: true,
            topics: wanted.map((topic) => ({ topic, numPartitions: partitions, configEntries: topicConfig(topic) })),
          });
        }
        await keepEventsForever(admin, physical.filter((t) => existing.has(t) && isEventTopic(t)));
        return;
      } catch (error) {
        if (attempt >= attempts || !isRetriable(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
      }
    }
  } finally {
    await admin.disconnect();
  }
}

/**
 * `*.events.vN` topics are the log of record: other services rebuild their read models from
 * them, so they are never deleted by age (`retention.ms=-1`). Dead-letter topics keep the
 * broker's default.
 */
export function topicConfig(topic: string): ITopicConfig['configEntries'] {
  return isEventTopic(topic) ? [{ name: 'retention.ms', value: '-1' }] : [];
}

export function isEventTopic(topic: string): boolean {
  return /\.events\.v\d+$/.test(topic);
}

async function keepEventsForever(admin: Admin, topics: string[]): Promise<void> {
  if (topics.length === 0) return;
  const described = await admin.describeConfigs({
    includeSynonyms: false,
    resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['retention.ms'] })),
  });
  const kept = (r: (typeof described.resources)[number]) => r.configEntries.some((e) => e.configName === 'retention.ms' && e.configValue === '-1');
  const toAlter = described.resources.filter((r) => !kept(r)).map((r) => r.resourceName);
  if (toAlter.length === 0) return;
  await admin.alterConfigs({
    validateOnly: false,
    resources: toAlter.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configEntries: [{ name: 'retention.ms', value: '-1' }] })),
  });
}

function isRetriable(error: unknown): boolean {
  const e = error as { retriable?: boolean; name?: string; type?: string } | null;
  return e?.retriable === true || e?.name === 'KafkaJSNumberOfRetriesExceeded' || e?.type === 'TOPIC_ALREADY_EXISTS';
}
