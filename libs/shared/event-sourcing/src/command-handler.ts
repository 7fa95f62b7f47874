import { Decider, DomainError, DomainEvent, fold } from './decider';

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

/** What the command handler needs of an event store (the port; event-store-mongo adapts). */
export interface EventStream<Event extends DomainEvent> {
  read(streamId: string): Promise<{ events: Event[]; version: number }>;
  /** Appends atomically; throws StreamVersionConflict when `expectedVersion` is stale. */
  append(stream: StreamRef, expectedVersion: number, events: Event[], context: AppendContext): Promise<number>;
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
  state: State;
  version: number;
}

/**
 * load → fold → decide → append with the expected version. A concurrent writer makes the
 * append conflict; the command is decided once more on the fresh state, then a second
 * conflict is the caller's (HTTP 409).
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  store: EventStream<DomainEvent>,
  decider: Decider<Command, Event, State>,
  stream: StreamRef,
  command: Command,
  context: AppendContext,
): Promise<HandledCommand<Event, State>> {
  for (let attempt = 1; ; attempt++) {
    const { events: past, version } = await store.read(stream.streamId);
    // The stream's events are the ones this decider wrote: one stream, one decider.
    const state = fold(decider, past as Event[]);
    const events = decider.decide(command, state);
    if (events.length === 0) return { events, state, version };
    try {
      const newVersion = await store.append(stream, version, events, context);
      return { events, state: events.reduce(decider.evolve, state), version: newVersion };
    } catch (error) {
      if (!(error instanceof StreamVersionConflict)) throw error;
      if (attempt >= 2) {
        throw new DomainError('conflict', `${stream.streamId} was changed by a concurrent request; retry`);
      }
    }
  }
}
