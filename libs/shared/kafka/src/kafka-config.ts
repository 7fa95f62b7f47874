import { Kafka, logCreator, logLevel } from 'kafkajs';

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
  const toSink: logCreator = () => ({ level, log }) => {
    const { message, ...fields } = log;
    sink?.(level === logLevel.ERROR ? 'error' : 'warn', `kafkajs: ${message}`, fields);
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
 * Partitions: KAFKA_PARTITIONS (default 3); replication: the broker's default.
 */
export async function ensureTopics(kafka: Kafka, settings: KafkaSettings, topics: string[], partitions = 3, attempts = 10): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const existing = new Set(await admin.listTopics());
        const wanted = [...new Set(topics)].map((t) => physicalTopic(settings, t)).filter((t) => !existing.has(t));
        if (wanted.length > 0) {
          await admin.createTopics({ waitForLeaders: true, topics: wanted.map((topic) => ({ topic, numPartitions: partitions })) });
        }
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

function isRetriable(error: unknown): boolean {
  const e = error as { retriable?: boolean; name?: string; type?: string } | null;
  return e?.retriable === true || e?.name === 'KafkaJSNumberOfRetriesExceeded' || e?.type === 'TOPIC_ALREADY_EXISTS';
}
