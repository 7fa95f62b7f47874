import { AppendContext, StreamRef } from '@aftersales/event-sourcing';
import { EventEnvelope, SettlementsEvents, TOPICS } from '@aftersales/integration-events';
import { createKafka, ensureTopics, KafkaEventPublisher, KafkaSettings, physicalTopic } from '@aftersales/kafka';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import { MongoEventStore } from './mongo-event-store';
import { EventPublisher, OutboxRelay, RelayLogger } from './outbox-relay';

jest.setTimeout(90_000);

const context: AppendContext = {
  metadata: { correlationId: 'corr-r', causationId: null, actor: 'finance' },
  occurredAt: '2026-07-15T02:00:00.000Z',
  recordedAt: '2026-07-15T02:00:01.000Z',
};
const ledger = (dealerCode: string): StreamRef => ({ streamType: 'payments', streamId: `payments-${dealerCode}`, dealerCode });
const payment = (dealerCode: string, paymentId: string) => ({
  type: SettlementsEvents.PaymentRecorded.type,
  data: { paymentId, dealerCode, receivedOn: '2026-07-15', amountFen: 100, quarter: '2026Q3', agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 300 },
});

/** Log lines by level, as the service's JSON logger would write them. */
function recordingLogger() {
  const lines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => void lines.push({ level, message, fields });
  const logger: RelayLogger = { error: at('error'), warn: at('warn'), info: at('info') };
  return { lines, logger };
}

/** A broker outage in front of a real publisher: every publish fails while `down` is set. */
function outage(target: EventPublisher) {
  const state = { down: true, attempts: 0 };
  const publisher: EventPublisher = {
    async publish(events) {
      state.attempts++;
      if (state.down) throw Object.assign(new Error('Connection error: connect ECONNREFUSED'), { name: 'KafkaJSConnectionError' });
      await target.publish(events);
    },
  };
  return { state, publisher };
}

describe('OutboxRelay recovers by itself from broker failures', () => {
  let ctx: TestContext;
  const closers: (() => Promise<void>)[] = [];
  beforeAll(async () => (ctx = await createTestContext('relay-recovery')));
  afterAll(async () => {
    await Promise.allSettled(closers.map((close) => close()));
    await ctx.dispose();
  });

  async function setup(name: string) {
    const settings: KafkaSettings = { brokers: ctx.kafkaBrokers, clientId: 'relay-recovery', topicPrefix: `${ctx.topicPrefix}${name}.` };
    const kafka = createKafka(settings);
    await ensureTopics(kafka, settings, [TOPICS.settlements]);
    const publisher = new KafkaEventPublisher(kafka, settings, TOPICS.settlements);
    const received: EventEnvelope[] = [];
    const reader = kafka.consumer({ groupId: physicalTopic(settings, 'reader') });
    await reader.connect();
    await reader.subscribe({ topic: physicalTopic(settings, TOPICS.settlements), fromBeginning: true });
    await reader.run({ eachMessage: async ({ message }) => void received.push(JSON.parse(String(message.value))) });
    const db = ctx.mongo.db(`${ctx.dbName}_${name}`);
    const store = new MongoEventStore(db);
    await store.ensureIndexes();
    closers.push(() => publisher.disconnect(), () => reader.disconnect(), () => db.dropDatabase().then(() => undefined));
    const start = (target: EventPublisher, options: Partial<ConstructorParameters<typeof OutboxRelay>[2]> = {}) => {
      const relay = new OutboxRelay(store, target, { pollIntervalMs: 50, batchSize: 100, ...options });
      store.onAppended = (commit) => relay.enqueue(commit);
      relay.start();
      closers.push(() => relay.stop());
      return relay;
    };
    const unpublished = () => store.commits.countDocuments({ published: false });
    return { store, publisher, received, start, unpublished };
  }

  it('replaces a producer that stopped working (disconnected under it) and publishes what waited', async () => {
    const { store, publisher, received, start, unpublished } = await setup('recreate');
    const { lines, logger } = recordingLogger();
    start(publisher, { logger });
    await store.append(ledger('D0001'), 0, [payment('D0001', 'P1')], context);
    await eventually(async () => received.length, (n) => n === 1);

    await publisher.producer.current?.disconnect(); // kafkajs answers every send with "The producer is disconnected"
    await store.append(ledger('D0001'), 1, [payment('D0001', 'P2')], context);
    await eventually(async () => received.length, (n) => n >= 2, 20_000);
    await eventually(unpublished, (n) => n === 0);
    expect(received.map((e) => e.version)).toEqual([1, 2]);
    expect(publisher.producer.created).toBe(2);
    expect(lines.map((l) => l.level)).toEqual(['error', 'info']);
    expect(lines[0].message).toMatch(/outbox relay failed; retrying in 250 ms/);
  });

  it('backs off exponentially during an outage: a few attempts and log lines, not a tight loop', async () => {
    const { store, publisher, received, start, unpublished } = await setup('backoff');
    const { lines, logger } = recordingLogger();
    const broker = outage(publisher);
    start(broker.publisher, { logger, backoff: { initialMs: 100, maxMs: 800 } });
    await store.append(ledger('D0002'), 0, [payment('D0002', 'P3')], context);
    await new Promise((r) => setTimeout(r, 3_000));
    // 100 + 200 + 400 + 800 + 800 … ms: 6 or 7 attempts in 3 s (a 50 ms poll loop would make 60).
    expect(broker.state.attempts).toBeGreaterThanOrEqual(4);
    expect(broker.state.attempts).toBeLessThanOrEqual(8);
    expect(lines.length).toBe(broker.state.attempts);
    expect(lines.slice(1).filter((l) => l.level !== 'warn' || typeof l.fields?.['attempt'] !== 'number')).toEqual([]);

    broker.state.down = false;
    await eventually(unpublished, (n) => n === 0, 10_000);
    await eventually(async () => received.length, (n) => n === 1);
    expect(lines.at(-1)).toMatchObject({ level: 'info', message: expect.stringMatching(/recovered after \d+ failed attempts/) });
  });

  it('keeps each stream in version order when commits overflowed the hand-off during an outage', async () => {
    const { store, publisher, received, start, unpublished } = await setup('overflow');
    const broker = outage(publisher);
    broker.state.down = false;
    const relay = start(broker.publisher, { maxQueued: 3, pollIntervalMs: 600_000, backoff: { initialMs: 100, maxMs: 200 } });
    await eventually(async () => relay.status().workWaiting, (waiting) => !waiting); // the start-up scan is done
    broker.state.down = true;
    for (let v = 0; v < 10; v++) await store.append(ledger('D0003'), v, [payment('D0003', `P4-${v}`)], context);
    broker.state.down = false;
    await eventually(async () => received.length, (n) => n >= 10, 20_000);
    await store.append(ledger('D0003'), 10, [payment('D0003', 'P4-10')], context);
    await eventually(unpublished, (n) => n === 0, 20_000);
    await eventually(async () => new Set(received.map((e) => e.version)).size, (n) => n === 11);
    const firstCopies = received.map((e) => e.version).filter((v, i, all) => all.indexOf(v) === i);
    expect(firstCopies).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('says it is stalled when work waits and nothing gets through for longer than the threshold', async () => {
    const { store, publisher, start } = await setup('stall');
    const broker = outage(publisher);
    const relay = start(broker.publisher, { backoff: { initialMs: 100, maxMs: 200 } });
    expect(relay.stalled(500)).toBe(false);
    await store.append(ledger('D0004'), 0, [payment('D0004', 'P5')], context);
    await eventually(async () => relay.stalled(500), (stalled) => stalled, 5_000);
    expect(relay.status()).toMatchObject({ state: 'failing', workWaiting: true, lastError: expect.stringMatching(/ECONNREFUSED/) });
    broker.state.down = false;
    await eventually(async () => relay.stalled(500), (stalled) => !stalled, 5_000);
    await eventually(async () => relay.status().workWaiting, (waiting) => !waiting);
  });
});
