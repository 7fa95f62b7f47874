import {
  AppendContext, Decider, DomainError, DomainEvent, EventCodec, EventStream, handleCommand, PublishedEvent, StreamRef, StreamVersionConflict,
} from '@aftersales/event-sourcing';
import { defineEvent } from '@aftersales/integration-events';
import { createTestContext, TestContext } from '@aftersales/testing';
import { IsInt, Min } from 'class-validator';
import { DATA_AS_TEXT_BYTES, EVENT_DATA_COLLECTION, EVENTS_COLLECTION } from './commit';
import { MongoEventStore } from './mongo-event-store';

class TalliedV1 {
  @IsInt() @Min(1) by!: number;
  @IsInt() @Min(1) total!: number;
}
defineEvent('test.Tallied', 1, TalliedV1);

type Tallied = DomainEvent<'test.Tallied', TalliedV1>;
/** The smallest decider whose decision depends on the state it was folded from. */
const tally: Decider<{ by: number }, Tallied, { total: number }> = {
  initialState: () => ({ total: 0 }),
  evolve: (_state, event) => ({ total: event.data.total }),
  decide: ({ by }, { total }) => [{ type: 'test.Tallied', data: { by, total: total + by } }],
};

const context: AppendContext = {
  metadata: { correlationId: 'corr-1', causationId: null, actor: 'tester' },
  occurredAt: '2026-07-01T08:00:00.000Z',
  recordedAt: '2026-07-01T08:00:01.000Z',
};
const streamOf = (id: string): StreamRef => ({ streamType: 'tally', streamId: `tally-${id}`, dealerCode: 'D0001' });
/** Published as the domain has it: the codec only adds the schema version. */
const tallies: EventCodec<Tallied> = {
  toPublished: ({ type, data }) => ({ type, schemaVersion: 1, data }),
  fromPublished: ({ type, data }) => ({ type, data }) as Tallied,
};
/** A tally as stored and read back. */
const tallied = (by: number, total: number): PublishedEvent => ({ type: 'test.Tallied', schemaVersion: 1, data: { by, total } });
/** A tally as the decider decides it. */
const talliedEvent = (by: number, total: number): Tallied => ({ type: 'test.Tallied', data: { by, total } });

describe('MongoEventStore on a real MongoDB-wire server', () => {
  let ctx: TestContext;
  let store: MongoEventStore;

  beforeAll(async () => {
    ctx = await createTestContext('event-store');
    store = new MongoEventStore(ctx.db);
    await store.ensureIndexes();
  });
  afterAll(() => ctx.dispose());

  it('reads back appended events in order, with their versions and envelopes', async () => {
    const stream = streamOf('order');
    expect(await store.append(stream, 0, [tallied(1, 1)], context)).toBe(1);
    expect(await store.append(stream, 1, [tallied(2, 3)], context)).toBe(2);
    expect(await store.append(stream, 2, [tallied(4, 7)], context)).toBe(3);

    expect(await store.read(stream.streamId)).toEqual({ events: [tallied(1, 1), tallied(2, 3), tallied(4, 7)], version: 3 });
    const envelopes = await store.readEnvelopes(stream.streamId);
    expect(envelopes.map((e) => e.version)).toEqual([1, 2, 3]);
    expect(new Set(envelopes.map((e) => e.eventId)).size).toBe(3);
    expect(envelopes[0]).toMatchObject({
      type: 'test.Tallied', schemaVersion: 1, streamType: 'tally', streamId: stream.streamId, dealerCode: 'D0001',
      occurredAt: context.occurredAt, recordedAt: context.recordedAt, metadata: context.metadata,
    });
  });

  it('reads what another process appended to a stream this one has cached', async () => {
    const stream = streamOf('two-processes');
    const other = new MongoEventStore(ctx.db); // another service instance: its own cache
    await store.append(stream, 0, [tallied(1, 1)], context);
    expect((await store.read(stream.streamId)).version).toBe(1); // now cached here
    await other.append(stream, 1, [tallied(2, 3), tallied(3, 6)], context);
    expect(await store.read(stream.streamId)).toEqual({ events: [tallied(1, 1), tallied(2, 3), tallied(3, 6)], version: 3 });
    await expect(store.append(stream, 1, [tallied(9, 9)], context)).rejects.toBeInstanceOf(StreamVersionConflict);
  });

  it('handles a command on a stale cached copy: the append conflicts, the retry decides on the latest', async () => {
    const stream = streamOf('stale-cache');
    const other = new MongoEventStore(ctx.db);
    await handleCommand(store, tally, stream, { by: 1 }, context, tallies); // cached here at version 1
    await handleCommand(other, tally, stream, { by: 10 }, context, tallies); // another instance moves it to 2
    const result = await handleCommand(store, tally, stream, { by: 5 }, context, tallies);
    expect(result).toEqual({ events: [talliedEvent(5, 16)], state: { total: 16 }, version: 3 });
    expect((await other.read(stream.streamId)).events).toEqual([tallied(1, 1), tallied(10, 11), tallied(5, 16)]);
  });

  it('keeps reading a stream correctly with no cache at all', async () => {
    const uncached = new MongoEventStore(ctx.db, { streamCacheSize: 0 });
    const stream = streamOf('uncached');
    for (let v = 0; v < 5; v++) await uncached.append(stream, v, [tallied(1, v + 1)], context);
    expect((await uncached.read(stream.streamId)).version).toBe(5);
  });

  it('stores all events of one command in one document', async () => {
    const stream = streamOf('atomic');
    await store.append(stream, 0, [tallied(1, 1), tallied(1, 2), tallied(1, 3)], context);

    const docs = await ctx.db.collection(EVENTS_COLLECTION).find({ streamId: stream.streamId }).toArray();
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ firstVersion: 1, lastVersion: 3, published: false });
    expect(docs[0]['events']).toHaveLength(3);
    expect(await store.read(stream.streamId)).toEqual({ events: [tallied(1, 1), tallied(1, 2), tallied(1, 3)], version: 3 });
  });

  it("keeps a large event's data as its JSON text in a document of its own, a small one in the commit, and reads both back as appended", async () => {
    const stream = streamOf('large');
    const rows = Array.from({ length: 300 }, (_, i) => ({ key: `R-${i}`, text: '更換電源板後正常', fee: 12_050, ok: i % 2 === 0 }));
    const large: PublishedEvent = { type: 'test.Large', schemaVersion: 1, data: { rows } };
    await store.append(stream, 0, [tallied(1, 1), large], context);

    const [doc] = await ctx.db.collection(EVENTS_COLLECTION).find({ streamId: stream.streamId }).toArray();
    const [small, big] = doc?.['events'] as Record<string, unknown>[];
    expect(small).toMatchObject({ data: { by: 1, total: 1 } });
    expect(small).not.toHaveProperty('dataRef');
    expect(big).not.toHaveProperty('data');
    // the relay's mark rewrites the commit, not the rows
    expect(big?.['dataRef']).toBe(big?.['eventId']);
    const text = await ctx.db.collection(EVENT_DATA_COLLECTION).findOne({ _id: big?.['eventId'] as never });
    expect(text).toMatchObject({ commitId: doc?._id });
    expect(JSON.parse(String(text?.['text']))).toEqual({ rows });
    expect(DATA_AS_TEXT_BYTES).toBeLessThan(JSON.stringify({ rows }).length);

    const fresh = new MongoEventStore(ctx.db); // no cached copy: read from the database
    expect((await fresh.read(stream.streamId)).events).toEqual([tallied(1, 1), large]);
    const all = [];
    for await (const commit of fresh.all()) if (commit.streamId === stream.streamId) all.push(...commit.events.map((e) => e.data));
    expect(all).toEqual([{ by: 1, total: 1 }, { rows }]);
  });

  it('reads a commit written before event_data, with its large data inline as text', async () => {
    const stream = streamOf('legacy');
    const rows = Array.from({ length: 3 }, (_, i) => ({ key: `R-${i}` }));
    await store.append(stream, 0, [tallied(1, 1)], context);
    const [envelope] = await store.readEnvelopes(stream.streamId);
    const { data: _data, ...rest } = envelope!;
    const legacy = { ...rest, eventId: `${rest.eventId}-2`, version: 2, type: 'test.Large', dataText: JSON.stringify({ rows }) };
    await ctx.db.collection(EVENTS_COLLECTION).insertOne({
      _id: `${stream.streamId}@2` as never, streamId: stream.streamId, streamType: 'tally', dealerCode: 'D0001',
      firstVersion: 2, lastVersion: 2, events: [legacy], published: true, recordedAt: context.recordedAt,
    });
    expect((await new MongoEventStore(ctx.db).read(stream.streamId)).events).toEqual([tallied(1, 1), { type: 'test.Large', schemaVersion: 1, data: { rows } }]);
  });

  it("leaves no data document of an append that lost a conflict, and the winner's stays", async () => {
    const stream = streamOf('large-race');
    const big = (n: number): PublishedEvent => ({ type: 'test.Large', schemaVersion: 1, data: { rows: Array.from({ length: 400 }, (_, i) => ({ n, i, text: '更換電源板後正常' })) } });
    const results = await Promise.allSettled([store.append(stream, 0, [big(1)], context), store.append(stream, 0, [big(2)], context)]);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual([expect.any(StreamVersionConflict)]);
    const [commit] = await ctx.db.collection(EVENTS_COLLECTION).find({ streamId: stream.streamId }).toArray();
    const texts = await ctx.db.collection(EVENT_DATA_COLLECTION).find({ commitId: commit?._id }).toArray();
    expect(texts.map((t) => t._id)).toEqual([(commit?.['events'] as { eventId: string }[])[0]?.eventId]);
    expect((await new MongoEventStore(ctx.db).read(stream.streamId)).events).toHaveLength(1);
  });

  it('keeps no stream of large events in memory, whether it was read or appended to (a feed of a million rows)', async () => {
    const stream = streamOf('large-uncached');
    const large = (n: number): PublishedEvent => ({ type: 'test.Large', schemaVersion: 1, data: { rows: Array.from({ length: 800 }, (_, i) => ({ n, i, text: '更換電源板後正常' })) } });
    await store.append(stream, 0, [tallied(1, 1)], context);
    await store.read(stream.streamId); // cached: small so far
    expect(store['cache'].get(stream.streamId)?.version).toBe(1);
    await store.append(stream, 1, [large(1)], context);
    expect(store['cache'].get(stream.streamId)).toBeUndefined();
    expect((await store.read(stream.streamId)).events).toEqual([tallied(1, 1), large(1)]);
    expect(store['cache'].get(stream.streamId)).toBeUndefined();
    await store.append(stream, 2, [tallied(1, 2)], context);
    expect((await store.read(stream.streamId)).version).toBe(3);
    expect(store['cache'].get(stream.streamId)).toBeUndefined();
  });

  it('lets exactly one of two concurrent appends at the same version win', async () => {
    const stream = streamOf('race');
    await store.append(stream, 0, [tallied(1, 1)], context);

    const results = await Promise.allSettled([
      store.append(stream, 1, [tallied(10, 11)], context),
      store.append(stream, 1, [tallied(20, 21), tallied(1, 22)], context),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(StreamVersionConflict);
    const { events } = await store.read(stream.streamId);
    expect([[tallied(1, 1), tallied(10, 11)], [tallied(1, 1), tallied(20, 21), tallied(1, 22)]]).toContainEqual(events);
  });

  /** The store, with another request's write slipped in before each of the first `times` appends. */
  function raced(times: number, rivalBy: number): EventStream {
    let left = times;
    return {
      read: (streamId, options) => store.read(streamId, options),
      append: async (stream, expectedVersion, events, appendContext) => {
        if (left-- > 0) await handleCommand(store, tally, stream, { by: rivalBy }, context, tallies);
        return store.append(stream, expectedVersion, events, appendContext);
      },
    };
  }

  it('decides a command once more on the fresh state after a conflict', async () => {
    const stream = streamOf('retry');
    await handleCommand(store, tally, stream, { by: 1 }, context, tallies);

    const result = await handleCommand(raced(1, 10), tally, stream, { by: 5 }, context, tallies);
    expect(result).toEqual({ events: [talliedEvent(5, 16)], state: { total: 16 }, version: 3 });
    expect((await store.read(stream.streamId)).events).toEqual([tallied(1, 1), tallied(10, 11), tallied(5, 16)]);
  });

  it('answers a second conflict with a conflict error and writes nothing of its own', async () => {
    const stream = streamOf('twice');
    const error = await handleCommand(raced(2, 10), tally, stream, { by: 5 }, context, tallies).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'conflict' });
    expect((await store.read(stream.streamId)).events).toEqual([tallied(10, 10), tallied(10, 20)]);
  });
});
