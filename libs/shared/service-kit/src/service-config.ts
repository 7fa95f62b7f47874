/**
 * Every setting a service reads, with its default. Documented in README.md "Settings".
 */
export interface ServiceConfig {
  service: string;
  port: number;
  mongoUrl: string;
  /** Database name; defaults to `aftersales_<service>` (nothing shares a database). */
  mongoDb: string;
  kafkaBrokers: string;
  topicPrefix: string;
  relayPollMs: number;
  /** Partitions of the topics this service creates (KAFKA_PARTITIONS). */
  kafkaPartitions: number;
  /** /health reports the relay stalled when work waited this long without progress (RELAY_STALL_MS). */
  relayStallMs: number;
  /** /health reports a consumer stalled when messages waited this long without progress (CONSUMER_STALL_MS). */
  consumerStallMs: number;
}

export function loadServiceConfig(service: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const port = Number(env['PORT'] ?? defaultPort);
  // Number('') is 0: an empty PORT= would silently bind a random free port.
  if (env['PORT']?.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a TCP port, got ${env['PORT']}`);
  const relayPollMs = Number(env['RELAY_POLL_MS'] ?? 5_000);
  if (!Number.isInteger(relayPollMs) || relayPollMs < 10) throw new Error('RELAY_POLL_MS must be an integer ≥ 10');
  const kafkaPartitions = Number(env['KAFKA_PARTITIONS'] ?? 3);
  if (!Number.isInteger(kafkaPartitions) || kafkaPartitions < 1) throw new Error('KAFKA_PARTITIONS must be an integer ≥ 1');
  const relayStallMs = Number(env['RELAY_STALL_MS'] ?? 60_000);
  if (!Number.isInteger(relayStallMs) || relayStallMs < 1_000) throw new Error('RELAY_STALL_MS must be an integer ≥ 1000');
  const consumerStallMs = Number(env['CONSUMER_STALL_MS'] ?? 60_000);
  if (!Number.isInteger(consumerStallMs) || consumerStallMs < 1_000) throw new Error('CONSUMER_STALL_MS must be an integer ≥ 1000');
  return {
    service,
    kafkaPartitions,
    port,
    mongoUrl: env['MONGO_URL'] ?? 'mongodb://127.0.0.1:27018/',
    mongoDb: env['MONGO_DB'] ?? `${env['MONGO_DB_PREFIX'] ?? 'aftersales_'}${service.replace(/-/g, '_')}`,
    kafkaBrokers: env['KAFKA_BROKERS'] ?? '127.0.0.1:19092',
    topicPrefix: env['TOPIC_PREFIX'] ?? '',
    relayPollMs,
    relayStallMs,
    consumerStallMs,
  };
}
