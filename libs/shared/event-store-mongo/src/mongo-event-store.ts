import {
  AppendContext, DomainEvent, EventStream, StreamRef, StreamVersionConflict,
} from '@aftersales/event-sourcing';
import { EventEnvelope, latestVersionOf, upcast } from '@aftersales/integration-events';
import { Collection, Db } from 'mongodb';
import { v7 as uuidv7 } from 'uuid';
import { COUNTERS_COLLECTION, CommitDocument, EVENTS_COLLECTION, isDuplicateKey } from './commit';

/**
 * Append-only event store on the MongoDB driver (mongoose's document casting is far slower
 * for bulk writes). Works on MongoDB 7 and FerretDB: single-document writes, unique indexes,
 * no transactions, no change streams.
 */
export class MongoEventStore<Event extends DomainEvent = DomainEvent> implements EventStream<Event> {
  readonly commits: Collection<CommitDocument>;
  private readonly counters: Collection<{ _id: string; value: number }>;

  constructor(db: Db) {
    this.commits = db.collection<CommitDocument>(EVENTS_COLLECTION);
    this.counters = db.collection(COUNTERS_COLLECTION);
  }

  async ensureIndexes(): Promise<void> {
    await this.commits.createIndex({ streamId: 1, firstVersion: 1 }, { unique: true, name: 'stream_version' });
    await this.commits.createIndex({ published: 1, seq: 1 }, { name: 'outbox' });
    await this.commits.createIndex({ seq: 1 }, { name: 'seq' });
  }

  async read(streamId: string): Promise<{ events: Event[]; version: number }> {
    const commits = await this.commits.find({ streamId }).sort({ firstVersion: 1 }).toArray();
    // Stored events keep the schema they were written with; deciders fold the current one.
    const events = commits.flatMap((c) => c.events.map((e) => ({ type: e.type, data: upcast(e.type, e.schemaVersion, e.data).data }) as Event));
    return { events, version: commits.at(-1)?.lastVersion ?? 0 };
  }

  async readEnvelopes(streamId: string): Promise<EventEnvelope[]> {
    const commits = await this.commits.find({ streamId }).sort({ firstVersion: 1 }).toArray();
    return commits.flatMap((c) => c.events);
  }

  async append(stream: StreamRef, expectedVersion: number, events: Event[], context: AppendContext): Promise<number> {
    const envelopes = events.map((event, i) => this.envelope(stream, expectedVersion + i + 1, event, context));
    const seq = await this.nextSeq();
    const commit: CommitDocument = {
      _id: `${stream.streamId}@${expectedVersion + 1}`,
      streamId: stream.streamId,
      streamType: stream.streamType,
      dealerCode: stream.dealerCode,
      firstVersion: expectedVersion + 1,
      lastVersion: expectedVersion + events.length,
      seq,
      events: envelopes,
      published: false,
      recordedAt: context.recordedAt,
    };
    try {
      await this.commits.insertOne(commit);
    } catch (error) {
      if (isDuplicateKey(error)) throw new StreamVersionConflict(stream.streamId, expectedVersion);
      throw error;
    }
    return commit.lastVersion;
  }

  /** Every commit in append order: the source of a rebuild. */
  all(batchSize = 1000): AsyncIterable<CommitDocument> {
    return this.commits.find({}).sort({ seq: 1 }).batchSize(batchSize);
  }

  private envelope(stream: StreamRef, version: number, event: Event, context: AppendContext): EventEnvelope {
    const schemaVersion = latestSchemaVersion(event.type);
    return {
      eventId: uuidv7(),
      type: event.type,
      schemaVersion,
      streamType: stream.streamType,
      streamId: stream.streamId,
      version,
      dealerCode: stream.dealerCode,
      occurredAt: context.occurredAt,
      recordedAt: context.recordedAt,
      data: event.data as Record<string, unknown>,
      metadata: { ...context.metadata },
    };
  }

  /** A global sequence; gaps are harmless (a failed insert), order within a stream is kept. */
  private async nextSeq(): Promise<number> {
    const result = await this.counters.findOneAndUpdate(
      { _id: 'commits' },
      { $inc: { value: 1 } },
      { upsert: true, returnDocument: 'after' },
    );
    if (!result) throw new Error('event counter did not answer');
    return result.value;
  }
}

const schemaVersions = new Map<string, number>();

/** Stored events are always written at the newest published schema of their type. */
function latestSchemaVersion(type: string): number {
  let version = schemaVersions.get(type);
  if (version === undefined) {
    version = latestVersionOf(type);
    if (version === undefined) throw new Error(`event type ${type} has no published schema`);
    schemaVersions.set(type, version);
  }
  return version;
}
