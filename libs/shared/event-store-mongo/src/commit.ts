import { EventEnvelope } from '@aftersales/integration-events';

/**
 * One stored document per command: all its events, so the append is atomic on a single
 * node and on FerretDB without multi-document transactions (ARCHITECTURE.md rule 2).
 * The stored events are the outbox: `published` flips once the relay has sent them.
 */
export interface CommitDocument {
  _id: string; // `${streamId}@${firstVersion}`
  streamId: string;
  streamType: string;
  dealerCode: string;
  /** Version of the first and last event in this commit. Unique with streamId. */
  firstVersion: number;
  lastVersion: number;
  /** Global append order, used by the relay and by rebuilds. */
  seq: number;
  events: EventEnvelope[];
  published: boolean;
  recordedAt: string;
}

export const EVENTS_COLLECTION = 'events';
export const COUNTERS_COLLECTION = 'event_counters';

/** Mongo duplicate key (a unique index refused the write). FerretDB answers with the same code. */
export function isDuplicateKey(error: unknown): boolean {
  const candidate = error as { code?: number; writeErrors?: { code?: number }[] } | null;
  return candidate?.code === 11000 || candidate?.writeErrors?.some((e) => e.code === 11000) === true;
}
