import { Decider, DomainError, DomainEvent } from './decider';
import { EventCodec, EventToAppend, PublishedEvent } from './published-event';

export interface EventMetadataInput {
  correlationId: string;
  causationId: string | null;
  actor: string;
}

export interface StreamRef {
  streamType: string;
  streamId: string;
  dealerCode: string;
}

/**
 * What the command handler needs of an event store (the port; event-store-mongo adapts). It
 * holds published events: the command handler maps them to and from the domain's own.
 */
export interface EventStream {
  /**
   * The stream's events, each upcast to the newest schema of its type, and its version. With
   * `allowStale`, a copy this process already holds may be returned without asking the
   * database: it may lack other writers' newest events, which only makes an append at its
   * version conflict (the command handler then reads afresh).
   */
  read(streamId: string, options?: ReadOptions): Promise<{ events: PublishedEvent[]; version: number }>;
  /** Appends atomically; throws StreamVersionConflict when `expectedVersion` is stale. */
  append(stream: StreamRef, expectedVersion: number, events: EventToAppend[], context: AppendContext): Promise<number>;
}

export interface ReadOptions {
  allowStale?: boolean;
}

export interface AppendContext {
  metadata: EventMetadataInput;
  /** When the events happened in the business (defaults to recordedAt). */
  occurredAt: string;
  recordedAt: string;
}

export class StreamVersionConflict extends Error {
  constructor(readonly streamId: string, readonly expectedVersion: number) {
    super(`stream ${streamId} changed since version ${expectedVersion}`);
    this.name = 'StreamVersionConflict';
  }
}

export interface HandledCommand<Event, State> {
  events: Event[];
  /** The state after the command. Kept for the stream's next command: read it, never change it. */
  state: Readonly<State>;
  version: number;
}

/**
 * load → fold → decide(command, state, facts) → append with the expected version; `codec` maps the stream's published
 * events to the decider's domain events and back (the edge). A concurrent writer makes the
 * append conflict; the command is decided once more on the fresh state, then a second
 * conflict is the caller's (HTTP 409).
 *
 * The first attempt decides on the store's cached copy of the stream when it has one (one
 * database read fewer per command). An append from a stale copy conflicts, so it never
 * lands; a refusal or a no-op is not checked by an append, so it is confirmed on the latest
 * version first, and decided again if the stream has moved on.
 */
export async function handleCommand<Command, Event extends DomainEvent, State, Facts = void>(
  store: EventStream,
  decider: Decider<Command, Event, State, Facts>,
  stream: StreamRef,
  command: Command,
  context: AppendContext,
  codec: EventCodec<Event>,
  ...[facts]: FactsArgument<Facts>
): Promise<HandledCommand<Event, State>> {
  const stateAt = (loaded: Loaded) => folded(store, decider, codec, stream.streamId, loaded);
  for (let attempt = 1; ; attempt++) {
    const allowStale = attempt === 1;
    let loaded = await store.read(stream.streamId, { allowStale });
    let decision = decideOn(decider, stateAt(loaded), command, facts as Facts);
    if (allowStale && (decision.refused || decision.events.length === 0)) {
      const latest = await store.read(stream.streamId);
      if (latest.version !== loaded.version) {
        loaded = latest;
        decision = decideOn(decider, stateAt(latest), command, facts as Facts);
      }
    }
    if (decision.refused) throw decision.error;
    const { events, state } = decision;
    if (events.length === 0) return { events, state, version: loaded.version };
    try {
      const newVersion = await store.append(stream, loaded.version, events.map((e) => codec.toPublished(e)), context);
      const newState = events.reduce(decider.evolve, state);
      remember(store, decider, stream.streamId, newVersion, newState);
      return { events, state: newState, version: newVersion };
    } catch (error) {
      if (!(error instanceof StreamVersionConflict)) throw error;
      if (attempt >= 2) {
        throw new DomainError('conflict', `${stream.streamId} was changed by a concurrent request; retry`);
      }
    }
  }
}

/** The facts the decider takes next to its command; left out for a decider that takes none. */
export type FactsArgument<Facts> = [Facts] extends [void] ? [facts?: Facts] : [facts: Facts];

type Decision<Event, State> =
  | { refused: false; events: Event[]; state: State }
  | { refused: true; error: unknown };

function decideOn<Command, Event extends DomainEvent, State, Facts>(
  decider: Decider<Command, Event, State, Facts>, state: State, command: Command, facts: Facts,
): Decision<Event, State> {
  try {
    return { refused: false, events: decider.decide(command, state, facts), state };
  } catch (error) {
    return { refused: true, error };
  }
}

/** Streams whose folded state each store and decider keep, least recently used first out. */
const STATES_KEPT = 10_000;
const states = new WeakMap<object, WeakMap<object, Map<string, { version: number; state: unknown }>>>();

function statesOf(store: object, decider: object): Map<string, { version: number; state: unknown }> {
  let byDecider = states.get(store);
  if (!byDecider) states.set(store, (byDecider = new WeakMap()));
  let byStream = byDecider.get(decider);
  if (!byStream) byDecider.set(decider, (byStream = new Map()));
  return byStream;
}

function remember(store: object, decider: object, streamId: string, version: number, state: unknown): void {
  const kept = statesOf(store, decider);
  kept.delete(streamId);
  kept.set(streamId, { version, state });
  if (kept.size > STATES_KEPT) kept.delete(kept.keys().next().value as string);
}

type Loaded = { events: PublishedEvent[]; version: number };

/**
 * The state folded from the stream's events (one stream, one decider). A version is written
 * once and never changes, so the state this process folded at a version is the state at that
 * version: map and fold only the events after it (folding a long stream from the start on every
 * command costs a pass over its whole history, and more where evolve copies what it keeps).
 */
function folded<Event extends DomainEvent, State>(
  store: object, decider: Decider<never, Event, State, never>, codec: EventCodec<Event>, streamId: string, loaded: Loaded,
): State {
  const before = loaded.version - loaded.events.length; // the version just before events[0]
  const kept = statesOf(store, decider).get(streamId);
  const from = kept && kept.version >= before && kept.version <= loaded.version ? kept : undefined;
  let state = from ? (from.state as State) : decider.initialState();
  for (const event of from ? loaded.events.slice(from.version - before) : loaded.events) {
    state = decider.evolve(state, codec.fromPublished(event));
  }
  remember(store, decider, streamId, loaded.version, state);
  return state;
}
