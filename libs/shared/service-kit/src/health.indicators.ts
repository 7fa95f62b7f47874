import { Injectable } from '@nestjs/common';
import { HealthIndicatorFunction, HealthIndicatorService, MongooseHealthIndicator } from '@nestjs/terminus';
import { ServiceInfrastructure } from './infrastructure';
import { ConsumerHealth, consumerProblem, kafkaStartupProblem, relayProblem } from './service-health';

/** A health question to a server gets this long: /health must answer while one is down. */
export const HEALTH_TIMEOUT_MS = 3_000;

/**
 * The parts of /health as @nestjs/terminus indicators: Mongo (terminus' own ping on the service's
 * connection), Kafka (describeCluster, and the topics created at start), the outbox relay, and
 * the consumer groups (state, lag, dead letters). The judgement of the relay and the consumers
 * is ours (service-health.ts): no library knows what "stalled with work waiting" means here.
 */
@Injectable()
export class PipelineHealthIndicators {
  constructor(
    private readonly infra: ServiceInfrastructure,
    private readonly indicator: HealthIndicatorService,
    private readonly mongoose: MongooseHealthIndicator,
  ) {}

  all(now = Date.now()): HealthIndicatorFunction[] {
    return [() => this.mongo(), () => this.kafka(), () => this.relay(now), () => this.consumers(now)];
  }

  mongo() {
    return this.mongoose.pingCheck('mongo', { connection: this.infra.connection, timeout: HEALTH_TIMEOUT_MS });
  }

  kafka() {
    return this.indicator.check('kafka').attempt(async () => {
      const cluster = await (await this.infra.kafkaAdmin()).describeCluster();
      if (cluster.brokers.length === 0) throw new Error('no brokers');
      const startup = this.infra.kafkaStartupStatus();
      const problem = kafkaStartupProblem(startup);
      if (problem) throw new Error(problem);
      return { brokers: cluster.brokers.length, topicsReady: startup.ready };
    }).withTimeout(HEALTH_TIMEOUT_MS);
  }

  relay(now = Date.now()) {
    const relay = { ...this.infra.relay.status(), stalled: this.infra.relay.stalled(this.infra.config.relayStallMs, now) };
    const problem = relayProblem(relay, now);
    return problem ? this.indicator.check('relay').down({ ...relay, problem }) : this.indicator.check('relay').up(relay);
  }

  async consumers(now = Date.now()) {
    const groups = await this.consumerHealth();
    const limits = { now, consumerStallMs: this.infra.config.consumerStallMs };
    const problems = groups.map((group) => consumerProblem(group, limits)).filter((p): p is string => p !== undefined);
    const session = this.indicator.check('consumers');
    return problems.length ? session.down({ groups, problems }) : session.up({ groups });
  }

  /** Each group's status with its lag (asked of Kafka within the health timeout; null when it did not say). */
  async consumerHealth(): Promise<ConsumerHealth[]> {
    const lags = await this.infra.consumerLags(HEALTH_TIMEOUT_MS);
    return this.infra.consumerStatuses().map((status) => ({ ...status, lag: lags.find((l) => l.group === status.group)?.lag ?? null }));
  }
}
