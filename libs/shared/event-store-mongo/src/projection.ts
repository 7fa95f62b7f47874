import { EventEnvelope, upcast } from '@aftersales/integration-events';
import { MongoEventStore } from './mongo-event-store';

/**
 * A read model fed by events. `apply` must be idempotent and depend on the events alone
 * (no clock, no other reads), so a live projection and a rebuild write the same documents.
 */
export interface Projection {
  readonly name: string;
  /** Event types it reads; others are ignored. */
  readonly handles: ReadonlySet<string>;
  apply(events: EventEnvelope[]): Promise<void>;
  /** Creates the read model's indexes (idempotent); a rebuild creates them on its fresh collections too. */
  ensureIndexes?(): Promise<void>;
}

export interface ReplayOptions {
  /** Events per `apply` call. */
  chunk?: number;
  /** Told the running count after each `apply`. */
  onApplied?: (count: number) => void;
}

/**
 * Replays every stored event, in append order, into `projection` (docs/architecture.md rule 5).
 * Events are upcast to the newest schema, as consumers receive them.
 */
export async function rebuildProjection(store: MongoEventStore, projection: Projection, options: ReplayOptions = {}): Promise<number> {
  const chunk = options.chunk ?? 500;
  let pending: EventEnvelope[] = [];
  let count = 0;
  const flush = async () => {
    await projection.apply(pending);
    count += pending.length;
    pending = [];
    options.onApplied?.(count);
  };
  for await (const commit of store.all()) {
    for (const event of commit.events) if (projection.handles.has(event.type)) pending.push(upcastEnvelope(event));
    if (pending.length >= chunk) await flush();
  }
  await flush();
  return count;
}

export function relevant(projection: Projection, events: EventEnvelope[]): EventEnvelope[] {
  return events.filter((e) => projection.handles.has(e.type));
}

function upcastEnvelope(event: EventEnvelope): EventEnvelope {
  const current = upcast(event.type, event.schemaVersion, event.data);
  return current.schemaVersion === event.schemaVersion ? event : { ...event, ...current };
}
