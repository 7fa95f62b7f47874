import { quarterBounds } from '@aftersales/calendar';
import { handleCommand, StreamRef } from '@aftersales/event-sourcing';
import { MongoEventStore, OutboxRelay, Projection, relevant } from '@aftersales/event-store-mongo';
import { deadLetterTopic, EventEnvelope, TOPICS } from '@aftersales/integration-events';
import {
  createKafka, ensureTopics, EventConsumer, EventConsumerHost, KafkaEventPublisher, KafkaEventTransport, KafkaHandlerErrors, ProcessedEventLog,
} from '@aftersales/kafka';
import { AccruePayment, fundDecider, fundStreamId } from '@aftersales/settlements-domain';
import { connectionOn } from '@aftersales/mongo';
import { Controller, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventPattern, Payload } from '@nestjs/microservices';
import { performance } from 'node:perf_hooks';
// The pipeline bench measures settlements' own projection, and appends through its own mapping of fund events.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { fundEvents } from '../../apps/settlements/src/events/fund-events.mapping';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { FundBalanceProjection } from '../../apps/settlements/src/funds/fund-balance.projection';
import { BenchRun, CaseResult, inParallel, LatencyTracker, positiveInteger, quietLogger } from './measure';

/**
 * Commands in flight (BENCH_CONCURRENCY): like a service answering many dealers' requests at
 * once. Each worker owns its streams, so appends do not conflict. The baseline has up to
 * 4 × 100 events in flight.
 */
export const CONCURRENCY = positiveInteger('BENCH_CONCURRENCY', 16);
/** 256 fund streams in all (64 dealers × 4 quarters), as in the baseline; shared out among the workers. */
export const STREAMS = 256;
const DEALERS = 64;
const STREAMS_PER_WORKER = Math.max(1, Math.floor(STREAMS / CONCURRENCY));

export function streamOf(index: number): { dealerCode: string; quarter: string } {
  const quarter = Math.floor(index / DEALERS);
  return { dealerCode: `BD${String(index % DEALERS).padStart(4, '0')}`, quarter: `${2025 + Math.floor(quarter / 4)}Q${1 + (quarter % 4)}` };
}

function accrue(paymentId: string, dealerCode: string, quarter: string): { stream: StreamRef; command: AccruePayment } {
  return {
    stream: { streamType: 'fund', streamId: fundStreamId(dealerCode, quarter), dealerCode },
    command: { type: 'AccruePayment', data: { dealerCode, quarter, paymentId, paymentFen: 123_456, receivedOn: quarterBounds(quarter).first,
      agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 150 } },
  };
}

/** The projection's live feed as a service declares it: an @EventPattern batch handler. */
function feedModule(apply: (events: EventEnvelope[]) => Promise<void>): Type {
  @Controller()
  class BenchFeed {
    @EventPattern({ topic: TOPICS.settlements, group: 'bench-fund-balance' }, { batch: true })
    feed(@Payload() events: EventEnvelope[]): Promise<void> {
      return apply(events);
    }
  }
  @Module({ controllers: [BenchFeed] })
  class BenchFeedModule {}
  return BenchFeedModule;
}

/**
 * The system path: handleCommand(fundDecider) → MongoEventStore → OutboxRelay → Kafka →
 * KafkaEventTransport → EventConsumer (processed log) → FundBalanceProjection. Latency: command
 * start → projection write.
 */
export async function runPipelineBench(run: BenchRun): Promise<CaseResult> {
  const db = run.mongo.db(`${run.runId}_pipeline`);
  const settings = { brokers: run.kafkaBrokers, clientId: 'bench-pipeline', topicPrefix: `${run.runId}.` };
  const kafka = createKafka(settings);
  const store = new MongoEventStore(db);
  await store.ensureIndexes();
  await ensureTopics(kafka, settings, [TOPICS.settlements, deadLetterTopic(TOPICS.settlements)]);
  const publisher = new KafkaEventPublisher(kafka, settings, TOPICS.settlements);
  await publisher.connect();
  const relay = new OutboxRelay(store, publisher, {
    pollIntervalMs: 5_000, batchSize: 100, onError: (error) => console.error('  relay error', error),
  });
  store.onAppended = (commit) => relay.enqueue(commit); // as ServiceInfrastructure wires it

  let tracker = new LatencyTracker('pipeline warm-up', 1);
  const projection = FundBalanceProjection.on(connectionOn(db));
  const measured: Projection = {
    name: projection.name,
    handles: projection.handles,
    async apply(events: EventEnvelope[]) {
      await projection.apply(events);
      tracker.done(events.map((e) => String(e.data['paymentId'])));
    },
  };
  const consumers: EventConsumer[] = [];
  const host: EventConsumerHost = {
    consumer: (options) => {
      const consumer = new EventConsumer(kafka, settings, (group) => new ProcessedEventLog(db, group), { ...options, logger: quietLogger });
      consumers.push(consumer);
      return consumer;
    },
    startConsumers: () => undefined, // started below, once the relay runs
  };
  const feed = await NestFactory.createMicroservice(feedModule((events) => measured.apply(relevant(measured, events))), {
    strategy: new KafkaEventTransport(host), logger: false,
  });
  feed.useGlobalFilters(new KafkaHandlerErrors());
  await feed.listen();

  const command = async (paymentId: string, dealerCode: string, quarter: string) => {
    const { stream, command } = accrue(paymentId, dealerCode, quarter);
    const at = new Date().toISOString();
    const context = { metadata: { correlationId: paymentId, causationId: null, actor: 'bench' }, occurredAt: at, recordedAt: at };
    await handleCommand(store, fundDecider, stream, command, context, fundEvents);
  };

  try {
    relay.start();
    await Promise.all(consumers.map((consumer) => consumer.start()));
    // Warm-up: the consumer group join and the producer connection are not part of the measure.
    tracker.start(['warmup']);
    await command('warmup', 'BDWARM', '2025Q1');
    await tracker.wait(run.timeoutMs);

    tracker = new LatencyTracker('pipeline', run.events);
    const main = tracker;
    const deadline = performance.now() + run.budgetMs;
    await inParallel(run.events, CONCURRENCY, async (worker, i) => {
      if (performance.now() > deadline) return;
      const { dealerCode, quarter } = streamOf(worker + CONCURRENCY * (i % STREAMS_PER_WORKER));
      main.start([`P${i}`]);
      await command(`P${i}`, dealerCode, quarter);
      if ((i + 1) % 1000 === 0) main.progress('commands appended', i + 1);
    });
    if (main.startedCount < run.events) {
      console.log(`  [pipeline] time budget of ${run.budgetMs / 1000} s spent: measuring the ${main.startedCount} events issued`);
      main.truncate();
    }
    await main.wait(run.timeoutMs);
    return main.result();
  } finally {
    await feed.close().catch(() => undefined);
    await relay.stop();
    await publisher.disconnect().catch(() => undefined);
    await db.dropDatabase().catch(() => undefined);
  }
}
