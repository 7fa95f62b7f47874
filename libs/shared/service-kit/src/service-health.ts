import { RelayStatus } from '@aftersales/event-store-mongo';
import { ConsumerStatus } from '@aftersales/kafka';

/**
 * What /health judges, part by part (health.indicators.ts turns each into a terminus indicator).
 * Down when a server does not answer, the relay has not got anything through while work waits,
 * or a consumer is being recreated, has stopped, or has not made progress while messages wait.
 * A consumer still joining its group is fine until it has kept waiting messages that long.
 * Dead letters are shown, not judged: the event's data is at fault, not the service.
 */
export interface ConsumerHealth extends ConsumerStatus {
  /** Messages waiting for the group (null: Kafka did not say). */
  lag: number | null;
}

export type RelayHealth = RelayStatus & { stalled: boolean };

export interface KafkaStartupStatus {
  /** Topics created and the relay and consumers started (in the background, after HTTP). */
  ready: boolean;
  /** The last failure while it is not ready yet. */
  error: string | null;
}

export interface HealthThresholds {
  now: number;
  consumerStallMs: number;
}

export function kafkaStartupProblem(startup: KafkaStartupStatus): string | undefined {
  return !startup.ready && startup.error ? `Kafka topics are not created yet: ${startup.error}` : undefined;
}

export function relayProblem(relay: RelayHealth, now: number): string | undefined {
  if (!relay.stalled) return undefined;
  const waited = Math.round((now - Date.parse(relay.lastProgressAt)) / 1000);
  return `outbox relay has published nothing for ${waited} s while commits wait${relay.lastError ? ` (${relay.lastError})` : ''}`;
}

export function consumerProblem(consumer: ConsumerHealth, limits: HealthThresholds): string | undefined {
  const name = `consumer ${consumer.group}`;
  if (consumer.state === 'recreating') {
    return `${name} is being recreated after a failure (${consumer.restarts} so far${consumer.lastError ? `; last: ${consumer.lastError}` : ''})`;
  }
  if (consumer.state === 'stopping' || consumer.state === 'stopped') return `${name} has stopped`;
  const idleMs = limits.now - Date.parse(consumer.lastProgressAt);
  if ((consumer.lag ?? 0) > 0 && idleMs > limits.consumerStallMs) {
    return `${name} has made no progress for ${Math.round(idleMs / 1000)} s with ${consumer.lag} messages waiting (${consumer.state})`;
  }
  return undefined;
}
