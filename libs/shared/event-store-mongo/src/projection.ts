import { EventEnvelope } from '@aftersales/integration-events';
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
}

/** Replays every stored event, in append order, into `projection` (ARCHITECTURE.md rule 5). */
export async function rebuildProjection(store: MongoEventStore, projection: Projection, chunk = 500): Promise<number> {
  let pending: EventEnvelope[] = [];
  let count = 0;
  for await (const commit of store.all()) {
    for (const event of commit.events) if (projection.handles.has(event.type)) pending.push(event);
    if (pending.length >= chunk) {
      await projection.apply(pending);
      count += pending.length;
      pending = [];
    }
  }
  await projection.apply(pending);
  return count + pending.length;
}

export function relevant(projection: Projection, events: EventEnvelope[]): EventEnvelope[] {
  return events.filter((e) => projection.handles.has(e.type));
}
