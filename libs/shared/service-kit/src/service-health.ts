import { RelayStatus } from '@aftersales/event-store-mongo';
import { ConsumerStatus } from '@aftersales/kafka';

export interface ConsumerHealth extends ConsumerStatus {
  /** Messages waiting for the group (null: Kafka did not say). */
  lag: number | null;
}

/** The body of GET /health (503 when `status` is down). */
export interface HealthReport {
  status: 'up' | 'down';
  service: string;
  /** A real round trip to each server. */
  checks: { mongo: string; kafka: string };
  /** Why the status is down, one sentence each (empty when up). */
  problems: string[];
  /** Topics created and the relay and consumers started (in the background, after HTTP). */
  kafkaStartup: { ready: boolean; error: string | null };
  relay: RelayStatus & { stalled: boolean };
  consumers: ConsumerHealth[];
}

export interface HealthThresholds {
  now: number;
  consumerStallMs: number;
}

/**
 * Down when a server does not answer, the relay has not got anything through while work waits,
 * or a consumer is being recreated, has stopped, or has not made progress while messages wait.
 * A consumer still joining its group is fine until it has kept waiting messages that long.
 * Dead letters are shown, not judged: the event's data is at fault, not the service.
 */
export function assessHealth(report: Omit<HealthReport, 'status' | 'problems'>, limits: HealthThresholds): HealthReport {
  const problems = Object.entries(report.checks).filter(([, v]) => v !== 'up').map(([name, v]) => `${name} is ${v}`);
  if (!report.kafkaStartup.ready && report.kafkaStartup.error) problems.push(`Kafka topics are not created yet: ${report.kafkaStartup.error}`);
  if (report.relay.stalled) {
    const waited = Math.round((limits.now - Date.parse(report.relay.lastProgressAt)) / 1000);
    problems.push(`outbox relay has published nothing for ${waited} s while commits wait${report.relay.lastError ? ` (${report.relay.lastError})` : ''}`);
  }
  for (const consumer of report.consumers) {
    const problem = consumerProblem(consumer, limits);
    if (problem) problems.push(problem);
  }
  return { status: problems.length === 0 ? 'up' : 'down', ...report, problems };
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
