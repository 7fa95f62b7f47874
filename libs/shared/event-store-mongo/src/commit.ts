import { EventEnvelope } from '@aftersales/integration-events';

/**
 * One stored document per command: all its events, so the append is atomic on a single
 * node and on FerretDB without multi-document transactions (docs/architecture.md rule 2).
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
  events: EventEnvelope[];
  published: boolean;
  recordedAt: string;
}

export const EVENTS_COLLECTION = 'events';
