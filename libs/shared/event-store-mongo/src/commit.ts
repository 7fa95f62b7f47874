import { EventEnvelope } from '@aftersales/integration-events';

/**
 * One commit: all the events of one command, so the append is atomic on a single node and on
 * FerretDB without multi-document transactions (docs/architecture.md rule 2). The stored
 * events are the outbox: `published` flips once the relay has sent them. This is the commit
 * as read (`decodeCommit`); the collection holds `StoredCommit`.
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

/**
 * An event as stored: its data as a document; or, when large, the id of the document in
 * `event_data` that holds its JSON text (`dataRef`). Commits written before that collection
 * existed may hold the text inline (`dataText`); both are still read.
 */
export type StoredEvent = Omit<EventEnvelope, 'data'> & { data?: EventEnvelope['data']; dataRef?: string; dataText?: string };

export interface StoredCommit extends Omit<CommitDocument, 'events'> {
  events: StoredEvent[];
}

/** The JSON text of one large event's data, by the event's id, written before the commit that names it. */
export interface EventDataDocument {
  _id: string;
  commitId: string;
  text: string;
}

/**
 * Event data over this many bytes of JSON is kept as its text in a document of its own
 * (`event_data`). The store and the relay only pass a payload on, never query inside it;
 * FerretDB writes and reads a text about six times faster than the same rows as nested
 * documents (a 4 MiB commit of 8,000 feed rows: insert 1.3 s → 0.2 s, read 2.6 s → 0.4 s),
 * and, kept out of the commit, the text is not rewritten when the relay marks the commit
 * published (FerretDB rewrites the whole document: 0.5 s for that commit, more than its
 * insert). Small events stay documents in the commit, readable as they are in mongosh.
 */
export const DATA_AS_TEXT_BYTES = 16 * 1024;

/** A commit as stored, and the data documents to write before it. */
export function storedCommit(commit: CommitDocument): { stored: StoredCommit; data: EventDataDocument[] } {
  const data: EventDataDocument[] = [];
  const events = commit.events.map((event): StoredEvent => {
    const text = JSON.stringify(event.data);
    if (text.length <= DATA_AS_TEXT_BYTES / 4 || Buffer.byteLength(text) <= DATA_AS_TEXT_BYTES) return event;
    const { data: _data, ...envelope } = event;
    data.push({ _id: event.eventId, commitId: commit._id, text });
    return { ...envelope, dataRef: event.eventId };
  });
  return { stored: { ...commit, events }, data };
}

/** The ids of the data documents a stored commit names. */
export const dataRefsOf = (commit: StoredCommit): string[] => commit.events.flatMap((e) => (e.dataRef === undefined ? [] : [e.dataRef]));

/**
 * A stored commit as read, its large events' texts given by id (`texts`; MongoEventStore.decode
 * reads them). A text that is missing is an error naming the event: the store writes it first.
 */
export function decodeCommit(commit: StoredCommit, texts: ReadonlyMap<string, string> = new Map()): CommitDocument {
  const events = commit.events.map((event): EventEnvelope => {
    if (event.dataRef === undefined && event.dataText === undefined) return event as EventEnvelope;
    const { dataRef, dataText, ...envelope } = event;
    if (dataRef !== undefined) {
      const text = texts.get(dataRef);
      if (text === undefined) throw new Error(`the data of event ${event.eventId} (commit ${commit._id}) was not read from event_data`);
      return { ...envelope, data: JSON.parse(text) as EventEnvelope['data'] };
    }
    return { ...envelope, data: JSON.parse(dataText as string) as EventEnvelope['data'] };
  });
  return { ...commit, events };
}

/** Whether a stored commit has an event kept as text (its stream is not cached in memory). */
export const holdsLargeData = (commit: StoredCommit): boolean => commit.events.some((e) => e.dataText !== undefined || e.dataRef !== undefined);

export const EVENTS_COLLECTION = 'events';
export const EVENT_DATA_COLLECTION = 'event_data';
