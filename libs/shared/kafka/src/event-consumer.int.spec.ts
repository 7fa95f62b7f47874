import { deadLetterTopic, EventEnvelope, SettlementsEvents, TOPICS } from '@aftersales/integration-events';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import { KafkaMessage } from 'kafkajs';
import { v7 as uuidv7 } from 'uuid';
import { EventConsumer, EventConsumerOptions } from './event-consumer';
import { createKafka, ensureTopics, KafkaSettings, physicalTopic } from './kafka-config';
import { ProcessedEventLog } from './processed-events';

jest.setTimeout(90_000);
const WAIT = 30_000;
const TOPIC = TOPICS.settlements;

function payment(paymentId: string, data: Record<string, unknown> = {}): EventEnvelope {
  return {
    eventId: uuidv7(), type: SettlementsEvents.PaymentRecorded.type, schemaVersion: 1, streamType: 'payment',
    streamId: `payment-${paymentId}`, version: 1, dealerCode: 'D0001', occurredAt: '2026-07-15T02:00:00.000Z',
    recordedAt: '2026-07-15T02:00:01.000Z', metadata: { correlationId: `c-${paymentId}`, causationId: null, actor: 'finance' },
    data: { paymentId, dealerCode: 'D0001', receivedOn: '2026-07-15', amountFen: 10_000, quarter: '2026Q3', agreementVersion: 1, fundModel: 'revenue-share', ...data },
  };
}
const header = (m: KafkaMessage, name: string) => m.headers?.[name]?.toString();

describe('EventConsumer on a real Kafka broker', () => {
  let ctx: TestContext;
  const closers: (() => Promise<void>)[] = [];
  beforeAll(async () => (ctx = await createTestContext('event-consumer')));
  afterAll(async () => {
    // In parallel: each consumer waits out its long poll (up to 5 s) before leaving the group.
    await Promise.allSettled(closers.map((close) => close()));
    await ctx.dispose();
  });

  /** A topic and dead-letter topic of the test's own, a producer, and a way to start consumers on them. */
  async function scenario(name: string) {
    const lines: { level: string; message: string }[] = [];
    const logger = { warn: (message: string) => void lines.push({ level: 'warn', message }),
      error: (message: string) => void lines.push({ level: 'error', message }), info: (message: string) => void lines.push({ level: 'info', message }) };
    const settings: KafkaSettings = { brokers: ctx.kafkaBrokers, clientId: `consumer-test-${name}`, topicPrefix: `${ctx.topicPrefix}${name}.` };
    const kafka = createKafka(settings);
    const topic = physicalTopic(settings, TOPIC);
    await ensureTopics(kafka, settings, [TOPIC, deadLetterTopic(TOPIC)]);
    const [producer, admin] = [kafka.producer(), kafka.admin()];
    await Promise.all([producer.connect(), admin.connect()]);
    closers.push(() => producer.disconnect(), () => admin.disconnect());
    const send = (...values: (EventEnvelope | string)[]) => producer.send({
      topic, acks: -1, messages: values.map((v) => ({ key: 'D0001', value: typeof v === 'string' ? v : JSON.stringify(v) })),
    });
    const start = async (handle: EventConsumerOptions['handle'], logSuffix = '', retry: Pick<EventConsumerOptions, 'maxAttempts' | 'retryBackoffMs'> = {}) => {
      const consumer = new EventConsumer(kafka, settings, (group) => new ProcessedEventLog(ctx.db, `${group}${logSuffix}`), {
        groupId: 'projector', topics: [TOPIC], handle, maxAttempts: 3, retryBackoffMs: 10, ...retry, logger,
        client: { sessionTimeoutMs: 6_000, supervisor: { backoff: { initialMs: 100 } } },
      });
      closers.push(() => consumer.stop());
      await consumer.start();
      return consumer;
    };
    const readDeadLetters = async () => {
      const dlq: KafkaMessage[] = [];
      const reader = kafka.consumer({ groupId: physicalTopic(settings, 'dlq-reader') });
      closers.push(() => reader.disconnect());
      await reader.connect();
      await reader.subscribe({ topic: deadLetterTopic(topic), fromBeginning: true });
      await reader.run({ eachMessage: async ({ message }) => void dlq.push(message) });
      return dlq;
    };
    const deadLetterCount = async () => (await admin.fetchTopicOffsets(deadLetterTopic(topic))).reduce((n, p) => n + Number(p.high), 0);
    const committed = async () => (await admin.fetchOffsets({ groupId: physicalTopic(settings, 'projector'), topics: [topic] }))
      .flatMap((t) => t.partitions).reduce((n, p) => n + Math.max(0, Number(p.offset)), 0);
    return { topic, send, start, readDeadLetters, deadLetterCount, committed, lines };
  }

  const recorder = () => {
    const handled: string[] = [];
    return { handled, handle: async (e: EventEnvelope) => void handled.push(e.eventId) };
  };

  it('handles a duplicate delivery once, in the same batch and in a later one', async () => {
    const { send, start } = await scenario('dup');
    const { handled, handle } = recorder();
    const [first, second] = [payment('P1'), payment('P2')];
    await start(handle);
    await send(first, first);
    await eventually(async () => handled, (h) => h.includes(first.eventId), WAIT);
    await send(first, second);
    await eventually(async () => handled, (h) => h.includes(second.eventId), WAIT);
    expect(handled).toEqual([first.eventId, second.eventId]);
  });

  it('counts each handled event of a long batch as progress, so /health does not call a slow batch a stall', async () => {
    const { send, start } = await scenario('progress');
    const [quick, slow] = [payment('P1p'), payment('P2p')];
    let release: () => void = () => undefined;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    let slowStartedAt = 0;
    const consumer = await start(async (e) => {
      if (e.eventId === quick.eventId) return void (await new Promise((resolve) => setTimeout(resolve, 1_500)));
      slowStartedAt = Date.now();
      await blocked;
    });
    await send(quick, slow);
    await eventually(async () => slowStartedAt, (at) => at > 0, WAIT);
    // The batch [quick, slow] is still in hand, yet handling quick (1.5 s) was progress: not the fetch before it.
    const progressAt = Date.parse(consumer.status().lastProgressAt);
    release();
    expect(progressAt).toBeLessThanOrEqual(slowStartedAt);
    expect(slowStartedAt - progressAt).toBeLessThan(1_000);
  });

  it('sends a poison message to <topic>.dlq with the problem and moves on', async () => {
    const { send, start, readDeadLetters, topic } = await scenario('poison');
    const { handled, handle } = recorder();
    const [badAmount, good] = [payment('P3', { amountFen: '12' }), payment('P4')];
    const consumer = await start(handle);
    const dlq = await readDeadLetters();
    await send('{"not json', badAmount, good);

    await eventually(async () => handled, (h) => h.includes(good.eventId), WAIT);
    await eventually(async () => dlq.length, (n) => n >= 2, WAIT);
    expect(handled).toEqual([good.eventId]);
    expect(dlq.map((m) => String(m.value))).toEqual(['{"not json', JSON.stringify(badAmount)]);
    expect(header(dlq[0], 'dlq-error')).toMatch(/not valid JSON/);
    expect(header(dlq[1], 'dlq-error')).toMatch(/data\.amountFen/);
    expect(header(dlq[1], 'dlq-original-topic')).toBe(topic);
    expect(consumer.status()).toMatchObject({
      deadLettered: 2,
      lastDeadLetter: { eventId: badAmount.eventId, topic, error: expect.stringMatching(/data\.amountFen/) },
    });
  });

  it('retries a failing handler maxAttempts times, dead-letters the event and handles the next', async () => {
    const { send, start, readDeadLetters } = await scenario('retry');
    const [failing, next] = [payment('P5'), payment('P6')];
    const attempts: string[] = [];
    await start(async (e) => {
      attempts.push(e.eventId);
      if (e.eventId === failing.eventId) throw new Error('fund ledger refused the payment');
    });
    const dlq = await readDeadLetters();
    await send(failing, next);

    await eventually(async () => attempts, (a) => a.includes(next.eventId), WAIT);
    expect(attempts).toEqual([failing.eventId, failing.eventId, failing.eventId, next.eventId]);
    await eventually(async () => dlq.length, (n) => n >= 1, WAIT);
    expect(String(dlq[0].value)).toBe(JSON.stringify(failing));
    expect(header(dlq[0], 'dlq-error')).toBe('Error: fund ledger refused the payment');
  });

  it('stops at once while it waits to retry: the event is neither dead-lettered nor committed, and comes back', async () => {
    const { send, start, deadLetterCount, committed } = await scenario('stop-retrying');
    const failing = payment('P5b');
    const attempts: string[] = [];
    // Five attempts 5 s apart would keep a SIGTERM waiting for 75 s.
    const consumer = await start(async (e) => {
      attempts.push(e.eventId);
      throw new Error('fund ledger refused the payment');
    }, '', { maxAttempts: 5, retryBackoffMs: 5_000 });
    await send(failing);
    await eventually(async () => attempts.length, (n) => n >= 1, WAIT);

    const stopping = Date.now();
    await consumer.stop();
    expect(Date.now() - stopping).toBeLessThan(5_000);
    expect({ attempts: attempts.length, deadLettered: await deadLetterCount(), committed: await committed() })
      .toEqual({ attempts: 1, deadLettered: 0, committed: 0 });

    const again = recorder();
    await start(again.handle, '#restarted');
    await eventually(async () => again.handled, (h) => h.includes(failing.eventId), WAIT);
  });

  it('skips an event type this build does not know, without dead-lettering it', async () => {
    const { send, start, deadLetterCount } = await scenario('unknown');
    const { handled, handle } = recorder();
    const [fromNewerPublisher, known] = [{ ...payment('P7'), type: 'settlements.PaymentRefundedByRobot' }, payment('P8')];
    await start(handle);
    await send(fromNewerPublisher, known);

    await eventually(async () => handled, (h) => h.includes(known.eventId), WAIT);
    expect(handled).toEqual([known.eventId]);
    expect(await deadLetterCount()).toBe(0);
  });

  it('commits offsets only after handling, so a restarted group resumes after what it handled', async () => {
    const { send, start, committed } = await scenario('offsets');
    const [a, b, c] = [payment('P9'), payment('P10'), payment('P11')];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = recorder();
    const consumer = await start(async (e) => {
      await first.handle(e);
      await gate; // the handler's write is not durable yet
    });
    await send(a, b);

    await eventually(async () => first.handled, (h) => h.length > 0, WAIT);
    expect(await committed()).toBe(0);
    release();
    await eventually(committed, (n) => n === 2, WAIT);
    await consumer.stop();

    // A processed-event log of its own: only the committed offset can keep a and b from coming back.
    const second = recorder();
    await start(second.handle, '#restarted');
    await send(c);
    await eventually(async () => second.handled, (h) => h.includes(c.eventId), WAIT);
    expect(first.handled).toEqual([a.eventId, b.eventId]);
    expect(second.handled).toEqual([c.eventId]);
  });

  it('comes back by itself when its kafkajs consumer stops without being asked to', async () => {
    const { send, start, lines } = await scenario('stopped');
    const { handled, handle } = recorder();
    const [before, after] = [payment('P12'), payment('P13')];
    const consumer = await start(handle);
    await send(before);
    await eventually(async () => handled, (h) => h.includes(before.eventId), WAIT);

    await consumer.current?.disconnect(); // what a broker crash that kafkajs gives up on leaves behind
    await eventually(async () => consumer.status().state, (s) => s === 'recreating', 5_000);
    await send(after);
    await eventually(async () => handled, (h) => h.includes(after.eventId), WAIT);
    expect(handled).toEqual([before.eventId, after.eventId]);
    expect(consumer.status()).toMatchObject({ state: 'running', restarts: 1, lastError: expect.stringMatching(/stopped without being asked/) });
    expect(lines.filter((l) => l.level === 'error')).toEqual([{ level: 'error', message: expect.stringMatching(/consumer .*projector failed; retrying in 100 ms/) }]);
  });

  it('is recreated after kafkajs gives up on a batch (the database was down), and handles the event once', async () => {
    const { send, start, deadLetterCount } = await scenario('crashed');
    const event = payment('P14');
    const attempts: string[] = [];
    let failures = 0;
    const consumer = await start(async (e) => {
      attempts.push(e.eventId);
      // Until the supervisor has replaced the consumer: kafkajs retries the batch, then crashes.
      if (consumer.status().restarts === 0) {
        failures++;
        throw Object.assign(new Error('connection refused'), { name: 'MongoNetworkError' });
      }
    });
    await send(event);
    await eventually(async () => consumer.status().restarts, (n) => n >= 1, 60_000);
    await eventually(async () => attempts.length, (n) => n === failures + 1, WAIT);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(attempts.length).toBe(failures + 1); // handled once after recovery, never dead-lettered
    expect(await deadLetterCount()).toBe(0);
  });
});
