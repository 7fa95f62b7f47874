import { AppendContext, StreamRef } from '@aftersales/event-sourcing';
import { DataOf, EventEnvelope, SettlementsEvents } from '@aftersales/integration-events';
import { createTestContext, eventually, TestContext } from '@aftersales/testing';
import { Db } from 'mongodb';
import { MongoEventStore } from './mongo-event-store';
import { OutboxRelay } from './outbox-relay';
import { topicWithReader as topicWithReaderOf } from './testing/topic-with-reader';
import { Projection, rebuildProjection, relevant } from './projection';

jest.setTimeout(90_000);

type Payment = DataOf<typeof SettlementsEvents.PaymentRecorded>;
const payment = (dealerCode: string, paymentId: string, amountFen: number) => ({
  type: SettlementsEvents.PaymentRecorded.type,
  data: { paymentId, dealerCode, receivedOn: '2026-07-15', amountFen, quarter: '2026Q3', agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 300 } as Payment,
});
const context: AppendContext = {
  metadata: { correlationId: 'corr-1', causationId: null, actor: 'finance' },
  occurredAt: '2026-07-15T02:00:00.000Z',
  recordedAt: '2026-07-15T02:00:01.000Z',
};
const ledger = (dealerCode: string): StreamRef => ({ streamType: 'payments', streamId: `payments-${dealerCode}`, dealerCode });
const relayErrors: unknown[] = [];
const options = { pollIntervalMs: 50, batchSize: 100, onError: (e: unknown) => void relayErrors.push(e) };

/** A payment ledger read model: one document per payment, written by event id, so a redelivery changes nothing. */
function paymentLedger(db: Db, name: string): Projection & { applied: number } {
  const collection = db.collection<{ _id: string }>(name);
  return {
    name,
    applied: 0,
    handles: new Set([SettlementsEvents.PaymentRecorded.type]),
    async apply(events) {
      for (const e of events) {
        const data = e.data as unknown as Payment;
        await collection.updateOne({ _id: e.eventId }, { $set: { dealerCode: data.dealerCode, amountFen: data.amountFen, version: e.version } }, { upsert: true });
        this.applied++;
      }
    },
  };
}

describe('OutboxRelay to a real Kafka broker', () => {
  let ctx: TestContext;
  let store: MongoEventStore;
  const closers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    ctx = await createTestContext('outbox-relay');
    store = new MongoEventStore(ctx.db);
    await store.ensureIndexes();
  });
  afterAll(async () => {
    // In parallel: each consumer waits out its long poll (up to 5 s) before leaving the group.
    await Promise.allSettled(closers.map((close) => close()));
    await ctx.dispose();
  });

  const topicWithReader = (name: string) => topicWithReaderOf(ctx, closers, name, 'relay-test');

  it('publishes stored commits in stream order per dealer and marks them published', async () => {
    const { publisher, received } = await topicWithReader('order');
    await store.append(ledger('D0001'), 0, [payment('D0001', 'P1', 100)], context);
    await store.append(ledger('D0002'), 0, [payment('D0002', 'P2', 200), payment('D0002', 'P3', 300)], context);
    await store.append(ledger('D0001'), 1, [payment('D0001', 'P4', 400)], context);
    await store.append(ledger('D0001'), 2, [payment('D0001', 'P5', 500)], context);

    expect(await new OutboxRelay(store, publisher, options).relayOnce()).toBe(4);

    await eventually(async () => received.length, (n) => n >= 5);
    const versionsOf = (dealer: string) => received.filter((e) => e.dealerCode === dealer).map((e) => e.version);
    expect(versionsOf('D0001')).toEqual([1, 2, 3]);
    expect(versionsOf('D0002')).toEqual([1, 2]);
    expect(await store.commits.countDocuments({ published: false })).toBe(0);
  });

  it('re-publishes, never loses, when it stops between publishing and marking', async () => {
    const { publisher, received } = await topicWithReader('crash');
    await store.append(ledger('D0003'), 0, [payment('D0003', 'P6', 600), payment('D0003', 'P7', 700)], context);
    await store.append(ledger('D0004'), 0, [payment('D0004', 'P8', 800)], context);
    const stored = [...(await store.readEnvelopes('payments-D0003')), ...(await store.readEnvelopes('payments-D0004'))];

    const crashing = { publish: async (events: EventEnvelope[]) => {
      await publisher.publish(events);
      throw new Error('process killed before the mark');
    } };
    await expect(new OutboxRelay(store, crashing, options).relayOnce()).rejects.toThrow('killed');
    expect(await store.commits.countDocuments({ published: false })).toBe(2);

    const relay = new OutboxRelay(store, publisher, options);
    relay.start();
    closers.push(() => relay.stop());
    await eventually(() => store.commits.countDocuments({ published: false }), (n) => n === 0);
    await eventually(async () => received.length, (n) => n >= 2 * stored.length);
    await relay.stop();
    expect(relayErrors).toEqual([]);

    expect(received.map((e) => e.eventId).sort()).toEqual([...stored, ...stored].map((e) => e.eventId).sort());
    const projection = paymentLedger(ctx.db, 'crash_ledger');
    await projection.apply(relevant(projection, received));
    expect(projection.applied).toBe(6);
    const rows = await ctx.db.collection('crash_ledger').find().toArray();
    expect(rows.map((r) => r['amountFen']).sort()).toEqual([600, 700, 800]);
  });

  it('publishes again and marks the commits whose mark failed (marks are written while the next batch is published)', async () => {
    const { publisher, received } = await topicWithReader('mark-fails');
    const db = ctx.mongo.db(`${ctx.dbName}_markfails`);
    const markStore = new MongoEventStore(db);
    await markStore.ensureIndexes();
    let failures = 1;
    const commits = new Proxy(markStore.commits, {
      get(target, name, receiver) {
        if (name !== 'updateMany') return Reflect.get(target, name, receiver) as unknown;
        return (...args: Parameters<typeof target.updateMany>) => (failures-- > 0 ? Promise.reject(new Error('the mark was lost')) : target.updateMany(...args));
      },
    });
    const errors: unknown[] = [];
    const relay = new OutboxRelay({ commits, decode: (stored) => markStore.decode(stored) }, publisher, { ...options, onError: (e) => void errors.push(e) });
    markStore.onAppended = (commit) => relay.enqueue(commit);
    relay.start();
    closers.push(() => relay.stop(), () => db.dropDatabase().then(() => undefined));
    await markStore.append(ledger('D0009'), 0, [payment('D0009', 'P20', 2000)], context);
    await eventually(() => markStore.commits.countDocuments({ published: false }), (n) => n === 0);
    expect(errors.map(String)).toEqual(['Error: the mark was lost']);
    // published, then published again after the failed mark: once more is harmless, consumers skip a processed eventId
    const ids = await eventually(async () => received.filter((e) => e.dealerCode === 'D0009').map((e) => e.eventId), (found) => found.length >= 2);
    expect(new Set(ids).size).toBe(1);
  });

  it('relays a commit the moment its store appends it, without waiting for a scan', async () => {
    const { publisher, received } = await topicWithReader('handoff');
    const handoffStore = new MongoEventStore(ctx.mongo.db(`${ctx.dbName}_handoff`));
    await handoffStore.ensureIndexes();
    const relay = new OutboxRelay(handoffStore, publisher, { ...options, pollIntervalMs: 600_000 });
    handoffStore.onAppended = (commit) => relay.enqueue(commit);
    relay.start(); // scans once at start, then not for ten minutes
    closers.push(() => relay.stop(), () => ctx.mongo.db(`${ctx.dbName}_handoff`).dropDatabase().then(() => undefined));
    await new Promise((r) => setTimeout(r, 500)); // let the start-up scan finish: what follows can only be a hand-off
    // Appends while the relay is busy publishing the previous one must not wait for the next scan.
    for (let v = 0; v < 5; v++) await handoffStore.append(ledger('D0007'), v, [payment('D0007', `P12-${v}`, 1200)], context);
    await eventually(async () => received.filter((e) => e.dealerCode === 'D0007').length, (n) => n === 5, 15_000);
    await eventually(() => handoffStore.commits.countDocuments({ published: false }), (n) => n === 0);
  });

  it('rebuilds a read model into the same documents the live projection wrote', async () => {
    const db = ctx.mongo.db(`${ctx.dbName}_rebuild`);
    closers.push(() => db.dropDatabase().then(() => undefined));
    const rebuildStore = new MongoEventStore(db);
    await rebuildStore.ensureIndexes();
    const live = paymentLedger(db, 'live_ledger');
    for (const [dealer, version, id, fen] of [['D0005', 0, 'P9', 900], ['D0006', 0, 'P10', 1000], ['D0005', 1, 'P11', 1100]] as const) {
      await rebuildStore.append(ledger(dealer), version, [payment(dealer, id, fen)], context);
      const appended = (await rebuildStore.readEnvelopes(`payments-${dealer}`)).slice(version);
      await live.apply(relevant(live, appended));
    }

    expect(await rebuildProjection(rebuildStore, paymentLedger(db, 'rebuilt_ledger'))).toBe(3);
    const rows = (name: string) => db.collection(name).find().sort({ _id: 1 }).toArray();
    expect(await rows('rebuilt_ledger')).toEqual(await rows('live_ledger'));
    expect(await db.collection('rebuilt_ledger').countDocuments()).toBe(3);
  });
});
