import { AppendContext, StreamRef } from '@aftersales/event-sourcing';
import { KafkaEventPublisher } from '@aftersales/kafka';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import { MongoEventStore } from './mongo-event-store';
import { OutboxRelay } from './outbox-relay';
import { topicWithReader as topicWithReaderOf } from './testing/topic-with-reader';

jest.setTimeout(120_000);

const context: AppendContext = {
  metadata: { correlationId: 'corr-large', causationId: null, actor: 'finance' },
  occurredAt: '2026-07-15T02:00:00.000Z',
  recordedAt: '2026-07-15T02:00:01.000Z',
};
const stream = (dealerCode: string): StreamRef => ({ streamType: 'funds', streamId: `fund-${dealerCode}`, dealerCode });
/** Stands for a FundReRated listing hundreds of payments: tens of kilobytes of JSON. */
const bulky = (bytes: number, n: number) => ({ type: 'settlements.FundReRated', data: { n, payments: 'x'.repeat(bytes) } });

/**
 * The broker refuses a record batch over its message.max.bytes (about 1 MB by default), and
 * kafkajs sends all the messages of one send for one partition as one batch: a relay batch of
 * large events for one dealer must go out in several sends, in order.
 */
describe('OutboxRelay with large events, to a real Kafka broker', () => {
  let ctx: TestContext;
  let store: MongoEventStore;
  const closers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    ctx = await createTestContext('relay-large');
    store = new MongoEventStore(ctx.db);
    await store.ensureIndexes();
  });
  afterAll(async () => {
    await Promise.allSettled(closers.map((close) => close()));
    await ctx.dispose();
  });

  const topicWithReader = (name: string) => topicWithReaderOf(ctx, closers, name, 'relay-large-test');

  function startRelay(publisher: KafkaEventPublisher, errors: unknown[]) {
    const relay = new OutboxRelay(store, publisher, { pollIntervalMs: 50, batchSize: 100, onError: (e) => void errors.push(e) });
    relay.start();
    closers.push(() => relay.stop());
    return relay;
  }

  it('publishes a relay batch of several megabytes for one dealer, in version order', async () => {
    const { publisher, received } = await topicWithReader('big-batch');
    // 40 commits of 2 events of ~50 KB: ~4 MB for one key, hence one partition.
    for (let c = 0; c < 40; c++) await store.append(stream('D0100'), 2 * c, [bulky(50_000, 2 * c + 1), bulky(50_000, 2 * c + 2)], context);
    const errors: unknown[] = [];
    const relay = startRelay(publisher, errors);

    await eventually(() => store.commits.countDocuments({ streamId: 'fund-D0100', published: false }), (n) => n === 0, 60_000);
    await eventually(async () => received.length, (n) => n >= 80, 30_000);
    await relay.stop();
    expect(errors).toEqual([]);
    expect(received.map((e) => e.version)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
  });

  it('names an event too large to publish, in the relay status /health shows, and publishes nothing of it', async () => {
    const { publisher, received } = await topicWithReader('too-large');
    await store.append(stream('D0200'), 0, [bulky(2_000_000, 1)], context);
    const [event] = await store.readEnvelopes('fund-D0200');
    const errors: unknown[] = [];
    const relay = startRelay(publisher, errors);

    const status = await eventually(async () => relay.status(), (s) => s.state === 'failing', 30_000);
    await relay.stop();
    expect(status.lastError).toContain(event.eventId);
    expect(status.lastError).toMatch(/settlements\.FundReRated.*2,000,\d{3} bytes.*over the limit of/);
    expect(received).toEqual([]);
    expect(await store.commits.countDocuments({ streamId: 'fund-D0200', published: false })).toBe(1);
  });
});
