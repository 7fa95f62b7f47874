import { Decider, DomainError, DomainEvent } from './decider';
import { EventCodec, EventToAppend, exhaustive, PublishedEvent } from './published-event';
import { AppendContext, EventStream, handleCommand, ReadOptions, StreamRef, StreamVersionConflict } from './command-handler';
import { DeciderSpecification } from './specification';

type Tallied = DomainEvent<'Tallied', { by: number; total: number }>;
/** The tally's published form: another name, and the count under another key. */
type TalliedV1 = PublishedEvent<'test.Tallied', { by: number; count: number }>;
interface Tally { by: number }
interface Count { total: number }

/** A tally that stays within 0..100: the smallest decider with rules to keep. */
const tally: Decider<Tally, Tallied, Count> = {
  initialState: () => ({ total: 0 }),
  evolve: (_state, event) => {
    switch (event.type) {
      case 'Tallied': return { total: event.data.total };
      default: return exhaustive(event.type, 'tally event');
    }
  },
  decide: (command, state) => {
    if (command.by === 0) return [];
    if (state.total + command.by > 100) throw new DomainError('invalid', 'a tally stops at 100', 'by');
    if (state.total + command.by < 0) throw new DomainError('invalid', 'a tally never goes below 0', 'by');
    return [{ type: 'Tallied', data: { by: command.by, total: state.total + command.by } }];
  },
};

/** The tally with a ceiling the handler looks up (a fact), instead of its own 100. */
const cappedTally: Decider<Tally, Tallied, Count, { ceiling: number }> = {
  ...tally,
  decide: (command, state, { ceiling }) => {
    if (state.total + command.by > ceiling) throw new DomainError('invalid', `a tally stops at ${ceiling}`, 'by');
    return tally.decide(command, state);
  },
};

const tallies: EventCodec<Tallied> = {
  toPublished: ({ data }): TalliedV1 => ({ type: 'test.Tallied', schemaVersion: 1, data: { by: data.by, count: data.total } }),
  fromPublished: (event) => {
    const { data } = event as TalliedV1;
    return { type: 'Tallied', data: { by: data.by, total: data.count } };
  },
};

/** The EventStream port held in memory, with optimistic concurrency like the real store. */
class InMemoryStream implements EventStream {
  readonly streams = new Map<string, PublishedEvent[]>();
  appends = 0;
  /** Runs before each append: lets a test slip in a concurrent writer. */
  beforeAppend: () => void = () => undefined;

  /** This process's cached copy of a stream, as a real store keeps one; it can fall behind. */
  readonly cached = new Map<string, PublishedEvent[]>();
  readonly reads: ('cached' | 'latest')[] = [];

  async read(streamId: string, options: ReadOptions = {}) {
    const copy = options.allowStale ? this.cached.get(streamId) : undefined;
    this.reads.push(copy ? 'cached' : 'latest');
    const events = [...(copy ?? this.streams.get(streamId) ?? [])];
    if (!copy) this.cached.set(streamId, events);
    return { events, version: events.length };
  }

  async append(stream: StreamRef, expectedVersion: number, appended: EventToAppend[]): Promise<number> {
    this.beforeAppend();
    const current = this.streams.get(stream.streamId) ?? [];
    if (current.length !== expectedVersion) throw new StreamVersionConflict(stream.streamId, expectedVersion);
    this.appends++;
    const events = appended.map((e) => ({ ...e, schemaVersion: e.schemaVersion ?? 1 }));
    this.streams.set(stream.streamId, [...current, ...events]);
    this.cached.set(stream.streamId, [...current, ...events]);
    return current.length + events.length;
  }

  /** Another request's write, straight into the stream. */
  rival(streamId: string, by: number): void {
    const current = this.streams.get(streamId) ?? [];
    const count = (current.at(-1) as TalliedV1 | undefined)?.data.count ?? 0;
    const rival: TalliedV1 = { type: 'test.Tallied', schemaVersion: 1, data: { by, count: count + by } };
    this.streams.set(streamId, [...current, rival]);
  }
}

const stream: StreamRef = { streamType: 'tally', streamId: 'tally-1', dealerCode: 'D0001' };
const context: AppendContext = {
  metadata: { correlationId: 'c-1', causationId: null, actor: 'tester' },
  occurredAt: '2026-07-01T08:00:00.000Z',
  recordedAt: '2026-07-01T08:00:00.000Z',
};

describe('handleCommand', () => {
  let store: InMemoryStream;
  beforeEach(() => (store = new InMemoryStream()));

  it('decides on the folded history and appends at the version it read', async () => {
    await handleCommand(store, tally, stream, { by: 5 }, context, tallies);
    const result = await handleCommand(store, tally, stream, { by: 7 }, context, tallies);
    expect(result).toEqual({ events: [{ type: 'Tallied', data: { by: 7, total: 12 } }], state: { total: 12 }, version: 2 });
  });

  it('stores the published form of what the decider decides, and folds the domain form of what the store holds', async () => {
    store.rival(stream.streamId, 4); // written as published, by another writer
    const result = await handleCommand(store, tally, stream, { by: 3 }, context, tallies);
    expect(result.events).toEqual([{ type: 'Tallied', data: { by: 3, total: 7 } }]);
    expect(store.streams.get(stream.streamId)).toEqual([
      { type: 'test.Tallied', schemaVersion: 1, data: { by: 4, count: 4 } },
      { type: 'test.Tallied', schemaVersion: 1, data: { by: 3, count: 7 } },
    ]);
  });

  it('hands the facts to the decider next to the command, on the retry after a concurrent write too', async () => {
    let rivals = 1;
    store.beforeAppend = () => rivals-- > 0 && store.rival(stream.streamId, 10);
    const refused = await handleCommand(store, cappedTally, stream, { by: 5 }, context, tallies, { ceiling: 12 }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ kind: 'invalid', message: 'a tally stops at 12' });
    const result = await handleCommand(store, cappedTally, stream, { by: 5 }, context, tallies, { ceiling: 15 });
    expect(result.events).toEqual([{ type: 'Tallied', data: { by: 5, total: 15 } }]);
  });

  it('appends nothing when the decider decides nothing', async () => {
    const result = await handleCommand(store, tally, stream, { by: 0 }, context, tallies);
    expect(result).toEqual({ events: [], state: { total: 0 }, version: 0 });
    expect(store.appends).toBe(0);
  });

  it('decides once more on the fresh state after a concurrent write', async () => {
    let rivals = 1;
    store.beforeAppend = () => rivals-- > 0 && store.rival(stream.streamId, 10);
    const result = await handleCommand(store, tally, stream, { by: 1 }, context, tallies);
    expect(result.events).toEqual([{ type: 'Tallied', data: { by: 1, total: 11 } }]);
    expect(result.version).toBe(2);
  });

  it('gives up with a conflict when the stream changes again during the retry', async () => {
    store.beforeAppend = () => store.rival(stream.streamId, 10);
    const error = await handleCommand(store, tally, stream, { by: 1 }, context, tallies).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'conflict' });
    expect(store.appends).toBe(0);
  });

  it('passes other store failures through without retrying', async () => {
    let calls = 0;
    store.beforeAppend = () => {
      calls++;
      throw new Error('disk full');
    };
    await expect(handleCommand(store, tally, stream, { by: 1 }, context, tallies)).rejects.toThrow('disk full');
    expect(calls).toBe(1);
  });

  describe('with a cached copy of the stream', () => {
    beforeEach(async () => {
      await handleCommand(store, tally, stream, { by: 5 }, context, tallies); // cached at total 5
      store.rival(stream.streamId, 10); // another instance's write: total 15, unseen here
      store.reads.length = 0;
    });

    it('decides on the cached copy without reading when the stream has not moved on', async () => {
      const fresh = new InMemoryStream();
      await handleCommand(fresh, tally, stream, { by: 5 }, context, tallies);
      fresh.reads.length = 0;
      const result = await handleCommand(fresh, tally, stream, { by: 2 }, context, tallies);
      expect(result.version).toBe(2);
      expect(fresh.reads).toEqual(['cached']);
    });

    it('lands nothing decided on a stale copy: the append conflicts and the command is decided on the latest', async () => {
      const result = await handleCommand(store, tally, stream, { by: 1 }, context, tallies);
      expect(result).toEqual({ events: [{ type: 'Tallied', data: { by: 1, total: 16 } }], state: { total: 16 }, version: 3 });
      expect(store.reads).toEqual(['cached', 'latest']);
      expect(store.appends).toBe(2);
    });

    it('confirms a refusal on the latest version before answering it', async () => {
      // The stale copy (total 5) refuses -8; the latest (total 15) allows it.
      const result = await handleCommand(store, tally, stream, { by: -8 }, context, tallies);
      expect(result.events).toEqual([{ type: 'Tallied', data: { by: -8, total: 7 } }]);
      expect(store.reads).toEqual(['cached', 'latest']);
    });

    it('still refuses what the latest version refuses', async () => {
      await expect(handleCommand(store, tally, stream, { by: -20 }, context, tallies)).rejects.toMatchObject({ kind: 'invalid', field: 'by' });
      expect(store.reads).toEqual(['cached', 'latest']);
      expect(store.appends).toBe(1);
    });

    it('confirms a no-op on the latest version too', async () => {
      const result = await handleCommand(store, tally, stream, { by: 0 }, context, tallies);
      expect(result).toEqual({ events: [], state: { total: 15 }, version: 2 });
      expect(store.reads).toEqual(['cached', 'latest']);
    });
  });

  it('folds only the events after the state it folded before', async () => {
    const evolved: number[] = [];
    const counted = { ...tally, evolve: (state: Count, event: Tallied) => (evolved.push(event.data.total), tally.evolve(state, event)) };
    for (const by of [1, 2, 3]) await handleCommand(store, counted, stream, { by }, context, tallies);
    expect(evolved).toEqual([1, 3, 6]); // each event once, when it is decided

    store.rival(stream.streamId, 10); // another writer's event: folded once, onto the kept state
    await handleCommand(store, counted, stream, { by: 4 }, context, tallies);
    expect(evolved).toEqual([1, 3, 6, 16, 20]);

    const elsewhere = new InMemoryStream(); // another store keeps its own states: it folds from the start
    elsewhere.streams.set(stream.streamId, [...(store.streams.get(stream.streamId) ?? [])]);
    const result = await handleCommand(elsewhere, counted, stream, { by: 0 }, context, tallies);
    expect(result.state).toEqual({ total: 20 });
    expect(evolved).toEqual([1, 3, 6, 16, 20, 1, 3, 6, 16, 20]);
  });

  it('lets a decider refusal through unchanged and writes nothing', async () => {
    await handleCommand(store, tally, stream, { by: 100 }, context, tallies);
    await expect(handleCommand(store, tally, stream, { by: 1 }, context, tallies)).rejects.toMatchObject({ kind: 'invalid', field: 'by' });
    expect(store.appends).toBe(1);
  });
});

describe('DeciderSpecification', () => {
  const spec = DeciderSpecification(tally);

  it('reads as given / when / then', () => {
    spec.given([{ type: 'Tallied', data: { by: 3, total: 3 } }]).when({ by: 2 })
      .then([{ type: 'Tallied', data: { by: 2, total: 5 } }]);
    spec.given([]).when({ by: 0 }).thenNothingHappens();
    spec.given([{ type: 'Tallied', data: { by: 99, total: 99 } }]).when({ by: 2 })
      .thenThrows(DomainError, (e) => expect((e as DomainError).field).toBe('by'));
  });

  it('takes the facts next to the command', () => {
    const capped = DeciderSpecification(cappedTally);
    capped.given([{ type: 'Tallied', data: { by: 3, total: 3 } }]).when({ by: 2 }, { ceiling: 5 })
      .then([{ type: 'Tallied', data: { by: 2, total: 5 } }]);
    capped.given([{ type: 'Tallied', data: { by: 3, total: 3 } }]).when({ by: 2 }, { ceiling: 4 })
      .thenThrows(DomainError, (e) => expect(e.message).toBe('a tally stops at 4'));
  });
});
