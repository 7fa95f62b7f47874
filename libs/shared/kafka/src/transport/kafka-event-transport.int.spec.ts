import { deadLetterTopic, EventEnvelope, SettlementsEvents, TOPICS } from '@aftersales/integration-events';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import { Controller, INestMicroservice, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { KafkaMessage } from 'kafkajs';
import { v7 as uuidv7 } from 'uuid';
import { EventConsumer, EventConsumerOptions } from '../event-consumer';
import { createKafka, ensureTopics, KafkaSettings, physicalTopic } from '../kafka-config';
import { ProcessedEventLog } from '../processed-events';
import { KafkaEventContext } from './kafka-event-context';
import { EventConsumerHost, KafkaEventTransport, KafkaHandlerErrors } from './kafka-event-transport';
import { KafkaRouteExtras } from './kafka-route';

jest.setTimeout(90_000);
const WAIT = 30_000;
const TOPIC = TOPICS.settlements;

function payment(paymentId: string): EventEnvelope {
  return {
    eventId: uuidv7(), type: SettlementsEvents.PaymentRecorded.type, schemaVersion: 1, streamType: 'payment',
    streamId: `payment-${paymentId}`, version: 1, dealerCode: 'D0001', occurredAt: '2026-07-15T02:00:00.000Z',
    recordedAt: '2026-07-15T02:00:01.000Z', metadata: { correlationId: `c-${paymentId}`, causationId: null, actor: 'finance' },
    data: { paymentId, dealerCode: 'D0001', receivedOn: '2026-07-15', amountFen: 10_000, quarter: '2026Q3', agreementVersion: 1, fundModel: 'revenue-share' },
  };
}
const header = (m: KafkaMessage, name: string) => m.headers?.[name]?.toString();
type Handler = (data: EventEnvelope & EventEnvelope[], ctx: KafkaEventContext) => Promise<void>;

/** One @EventPattern handler on the topic, in the group `probe`, as a service declares it. */
function probeController(extras: KafkaRouteExtras, handle: Handler): Type {
  @Controller()
  class Probe {
    @EventPattern({ topic: TOPIC, group: 'probe' }, extras)
    handle(@Payload() data: EventEnvelope & EventEnvelope[], @Ctx() ctx: KafkaEventContext): Promise<void> {
      return handle(data, ctx);
    }
  }
  return Probe;
}

describe('KafkaEventTransport: @EventPattern handlers on a real Kafka broker keep every consumer guarantee', () => {
  let ctx: TestContext;
  const closers: (() => Promise<unknown>)[] = [];
  beforeAll(async () => (ctx = await createTestContext('transport')));
  afterAll(async () => {
    await Promise.allSettled(closers.map((close) => close()));
    await ctx.dispose();
  });

  /** A Nest microservice of its own (topic prefix, groups), its handler's writes in Mongo, and ways to look at Kafka. */
  async function scenario(name: string, extras: KafkaRouteExtras, handle: Handler) {
    const settings: KafkaSettings = { brokers: ctx.kafkaBrokers, clientId: `transport-test-${name}`, topicPrefix: `${ctx.topicPrefix}${name}.` };
    const kafka = createKafka(settings);
    const topic = physicalTopic(settings, TOPIC);
    await ensureTopics(kafka, settings, [TOPIC, deadLetterTopic(TOPIC)]);
    const [producer, admin] = [kafka.producer(), kafka.admin()];
    await Promise.all([producer.connect(), admin.connect()]);
    closers.push(() => producer.disconnect(), () => admin.disconnect());

    const consumers: EventConsumer[] = [];
    let joined = Promise.resolve<unknown>(undefined);
    const quiet = { warn: () => undefined, error: () => undefined, info: () => undefined };
    const host: EventConsumerHost = {
      consumer: (options: Omit<EventConsumerOptions, 'logger'>) => {
        const consumer = new EventConsumer(kafka, settings, (group) => new ProcessedEventLog(ctx.db, group), {
          ...options, retryBackoffMs: 10, logger: quiet, client: { sessionTimeoutMs: 6_000, supervisor: { backoff: { initialMs: 100 } } },
        });
        consumers.push(consumer);
        return consumer;
      },
      startConsumers: (started) => void (joined = Promise.all(started.map((consumer) => consumer.start()))),
    };
    @Module({ controllers: [probeController(extras, handle)] })
    class ProbeModule {}
    const app: INestMicroservice = await NestFactory.createMicroservice(ProbeModule, { strategy: new KafkaEventTransport(host), logger: false });
    app.useGlobalFilters(new KafkaHandlerErrors());
    await app.listen();
    await joined;
    closers.push(() => app.close());

    const send = (...values: (EventEnvelope | string)[]) => producer.send({
      topic, acks: -1, messages: values.map((v) => ({ key: 'D0001', value: typeof v === 'string' ? v : JSON.stringify(v) })),
    });
    const readDeadLetters = async () => {
      const dlq: KafkaMessage[] = [];
      const reader = kafka.consumer({ groupId: physicalTopic(settings, 'dlq-reader') });
      closers.push(() => reader.disconnect());
      await reader.connect();
      await reader.subscribe({ topic: deadLetterTopic(topic), fromBeginning: true });
      await reader.run({ eachMessage: async ({ message }) => void dlq.push(message) });
      return dlq;
    };
    const committed = async () => (await admin.fetchOffsets({ groupId: physicalTopic(settings, 'probe'), topics: [topic] }))
      .flatMap((t) => t.partitions).reduce((n, p) => n + Math.max(0, Number(p.offset)), 0);
    const written = ctx.db.collection<{ _id: string; paymentId: string }>(`written_${name}`);
    const write = (e: EventEnvelope) => written.insertOne({ _id: e.eventId, paymentId: String(e.data['paymentId']) });
    const deadLetterCount = async () => (await admin.fetchTopicOffsets(deadLetterTopic(topic))).reduce((n, p) => n + Number(p.high), 0);
    return { app, consumer: () => consumers[0], topic, send, readDeadLetters, committed, write, written, deadLetterCount };
  }

  const paymentIds = (events: EventEnvelope[]) => events.map((e) => e.data['paymentId']);

  it('gives a handler its event and context, and handles a duplicate delivery once', async () => {
    const handled: EventEnvelope[] = [];
    const contexts: { group: string; topic: string; eventId: string; correlationId: string; offsets: string[] }[] = [];
    const { send, topic } = await scenario('dup', {}, async (event, c) => {
      handled.push(event);
      contexts.push({ group: c.getGroup(), topic: c.getTopic(), eventId: c.getEventId(), correlationId: c.getCorrelationId(), offsets: c.getOffsets() });
    });
    const [first, second] = [payment('P1'), payment('P2')];
    await send(first, first);
    await eventually(async () => handled.length, (n) => n >= 1, WAIT);
    await send(first, second);
    await eventually(async () => paymentIds(handled), (ids) => ids.includes('P2'), WAIT);
    expect(paymentIds(handled)).toEqual(['P1', 'P2']);
    expect(contexts[0]).toEqual({ group: `${ctx.topicPrefix}dup.probe`, topic, eventId: first.eventId, correlationId: 'c-P1', offsets: ['0'] });
  });

  it('retries a refusing handler maxAttempts times (extras), dead-letters the event with the error, and handles the next', async () => {
    const [failing, next] = [payment('P3'), payment('P4')];
    const attempts: unknown[] = [];
    const { send, readDeadLetters } = await scenario('retry', { maxAttempts: 3 }, async (event) => {
      attempts.push(event.data['paymentId']);
      if (event.eventId === failing.eventId) throw new Error('fund ledger refused the payment');
    });
    const dlq = await readDeadLetters();
    await send(failing, next, '{"not json');
    await eventually(async () => dlq.length, (n) => n >= 2, WAIT);
    expect(attempts).toEqual(['P3', 'P3', 'P3', 'P4']);
    // The message that is not an event is dead-lettered as the batch is read, before any handler runs.
    expect(dlq.map((m) => [String(m.value), header(m, 'dlq-error')])).toEqual([
      ['{"not json', expect.stringMatching(/not valid JSON/)],
      [JSON.stringify(failing), 'Error: fund ledger refused the payment'],
    ]);
  });

  it('gives a batch handler arrays, and retries a refused batch one event at a time (each a one-element array)', async () => {
    const calls: unknown[][] = [];
    const [a, refused, c] = [payment('P5'), payment('P6'), payment('P7')];
    const { send, written, write, readDeadLetters } = await scenario('batch', { batch: true, maxAttempts: 2 }, async (events) => {
      calls.push(paymentIds(events));
      if (events.some((e) => e.eventId === refused.eventId)) throw new Error('P6 cannot be applied');
      for (const e of events) await write(e);
    });
    const dlq = await readDeadLetters();
    await send(a, refused, c);
    await eventually(async () => dlq.length, (n) => n >= 1, WAIT);
    expect(calls).toEqual([['P5', 'P6', 'P7'], ['P5'], ['P6'], ['P6'], ['P7']]);
    expect((await written.find().sort({ paymentId: 1 }).toArray()).map((d) => d.paymentId)).toEqual(['P5', 'P7']);
    expect(header(dlq[0], 'dlq-error')).toBe('Error: P6 cannot be applied');
  });

  it('commits only after the handler\'s write is durable', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const entered: unknown[] = [];
    const { send, committed, write, written } = await scenario('offsets', { batch: true }, async (events) => {
      entered.push(...paymentIds(events));
      await gate; // the write has not happened yet
      for (const e of events) await write(e);
    });
    await send(payment('P8'), payment('P9'));
    await eventually(async () => entered.length, (n) => n > 0, WAIT);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await committed()).toBe(0);
    release();
    await eventually(committed, (n) => n === 2, WAIT);
    expect(await written.countDocuments()).toBe(2);
  });

  it('on close (SIGTERM: app.close() → server.close()), the batch in hand finishes and is committed before the group is left', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const entered: unknown[] = [];
    const { app, send, committed, write, written } = await scenario('shutdown', { batch: true }, async (events) => {
      entered.push(...paymentIds(events));
      await gate;
      for (const e of events) await write(e);
    });
    await send(payment('P10'), payment('P11'), payment('P12'));
    await eventually(async () => entered.length, (n) => n === 3, WAIT);
    let closed = false;
    const closing = app.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(closed).toBe(false); // close waits for the batch in hand
    release();
    await closing;
    expect(await written.countDocuments()).toBe(3);
    expect(await committed()).toBe(3);
  });

  it('fails the batch on a transient error (the database is down): no dead letter, the event is handled once afterwards', async () => {
    const event = payment('P13');
    const attempts: unknown[] = [];
    let failures = 0;
    const scene = await scenario('transient', { maxAttempts: 2 }, async (e) => {
      attempts.push(e.data['paymentId']);
      // Until the supervisor has replaced the consumer: kafkajs retries the batch, then crashes.
      if (scene.consumer().status().restarts === 0) {
        failures++;
        throw Object.assign(new Error('connection refused'), { name: 'MongoNetworkError' });
      }
    });
    await scene.send(event);
    await eventually(async () => scene.consumer().status().restarts, (n) => n >= 1, 60_000);
    await eventually(async () => attempts.length, (n) => n === failures + 1, WAIT);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(attempts.length).toBe(failures + 1);
    expect(failures).toBeGreaterThan(2); // more than maxAttempts: an outage is never the event's fault
    expect(await scene.deadLetterCount()).toBe(0);
  });
});
