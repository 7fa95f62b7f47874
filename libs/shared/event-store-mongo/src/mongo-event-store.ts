import {
  AppendContext, EventStream, EventToAppend, PublishedEvent, ReadOptions, StreamRef, StreamVersionConflict,
} from '@aftersales/event-sourcing';
import { EventEnvelope, latestVersionOf, upcast } from '@aftersales/integration-events';
import { Collection, Db } from 'mongodb';
import { v7 as uuidv7 } from 'uuid';
import { InsertBatcher, isDuplicateKey } from '@aftersales/mongo';
import { CommitDocument, dataRefsOf, EVENTS_COLLECTION, holdsLargeData, StoredCommit, storedCommit } from './commit';
import { DECODE_REFS, EventData } from './event-data';
import { StreamCache } from './stream-cache';

/**
 * Append-only event store. It stays on the MongoDB driver, not mongoose models (README "Read
 * models"): appends are raw bulk inserts shared by concurrent commands (InsertBatcher) whose
 * per-document outcome, a duplicate key being a conflict, is read from the driver's bulk
 * error; it is the event pipeline the bench measures against the driver's own insertMany;
 * and no request value reaches its filters. Works on MongoDB 7 and FerretDB: single-document
 * writes, unique indexes, no transactions, no change streams.
 */
export class MongoEventStore implements EventStream {
  /** The stored commits (`decode` gives commits as read). */
  readonly commits: Collection<StoredCommit>;
  /** The texts of large events' data, each written before the commit that names it (commit.ts). */
  readonly data: EventData;
  private readonly cache: StreamCache;
  /** Concurrent appends share insert commands: one round trip for a burst instead of one each. */
  private readonly inserts: InsertBatcher<StoredCommit>;
  /** Told of every commit this store wrote (the outbox relay publishes it without polling). */
  onAppended?: (commit: CommitDocument) => void;
  /** Told of an append that failed for another reason than a conflict: its commit may be stored all the same. */
  onAppendFailed?: (error: unknown) => void;

  constructor(db: Db, options: { streamCacheSize?: number } = {}) {
    this.commits = db.collection<StoredCommit>(EVENTS_COLLECTION);
    this.data = new EventData(db);
    this.cache = new StreamCache(options.streamCacheSize ?? 10_000);
    this.inserts = new InsertBatcher(this.commits);
  }

  async ensureIndexes(): Promise<void> {
    await this.commits.createIndex({ streamId: 1, firstVersion: 1 }, { unique: true, name: 'stream_version' });
    await this.commits.createIndex({ published: 1, streamId: 1, firstVersion: 1 }, { name: 'outbox_by_stream' });
    // GET /history/{dealerCode}: a dealer's commits, newest first.
    await this.commits.createIndex({ dealerCode: 1, recordedAt: -1, _id: -1 }, { name: 'dealer_history' });
  }

  /** With `allowStale`, this process's cached copy is returned as it is (see EventStream.read). */
  async read(streamId: string, options: ReadOptions = {}): Promise<{ events: PublishedEvent[]; version: number }> {
    const cached = options.allowStale ? this.cache.get(streamId) : undefined;
    const { envelopes, version } = cached ?? (await this.load(streamId));
    // Stored events keep the schema they were written with; readers get the newest one.
    const events = envelopes.map((e) => ({ type: e.type, ...upcast(e.type, e.schemaVersion, e.data) }));
    return { events, version };
  }

  async readEnvelopes(streamId: string): Promise<EventEnvelope[]> {
    return [...(await this.load(streamId)).envelopes];
  }

  /**
   * Follows the stream's commits by _id (`<stream>@<firstVersion>`, each commit names the next
   * one's id): indexed lookups on MongoDB and on FerretDB, whose SQLite backend uses an index
   * for _id equality only. Starts from the cached version when this process has one.
   */
  private async load(streamId: string): Promise<{ envelopes: EventEnvelope[]; version: number }> {
    const cached = this.cache.get(streamId);
    let envelopes = cached?.envelopes ?? [];
    let version = cached?.version ?? 0;
    let large = false;
    for (;;) {
      const stored = await this.commits.findOne({ _id: `${streamId}@${version + 1}` });
      if (!stored) break;
      large ||= holdsLargeData(stored);
      for (const next of await this.decode([stored])) {
        envelopes = [...envelopes, ...next.events];
        version = next.lastVersion;
      }
    }
    if (large) this.cache.delete(streamId);
    else this.cache.set(streamId, { envelopes, version });
    return { envelopes, version };
  }

  async append(stream: StreamRef, expectedVersion: number, events: EventToAppend[], context: AppendContext): Promise<number> {
    const envelopes = events.map((event, i) => this.envelope(stream, expectedVersion + i + 1, event, context));
    const commit: CommitDocument = {
      _id: `${stream.streamId}@${expectedVersion + 1}`,
      streamId: stream.streamId,
      streamType: stream.streamType,
      dealerCode: stream.dealerCode,
      firstVersion: expectedVersion + 1,
      lastVersion: expectedVersion + events.length,
      events: envelopes,
      published: false,
      recordedAt: context.recordedAt,
    };
    const { stored, data } = storedCommit(commit);
    try {
      await this.data.write(data);
      await this.inserts.insert(stored);
    } catch (error) {
      if (isDuplicateKey(error)) {
        await this.data.discard(this.commits, commit, data);
        throw new StreamVersionConflict(stream.streamId, expectedVersion);
      }
      this.onAppendFailed?.(error);
      throw error;
    }
    const cached = this.cache.get(stream.streamId);
    // A stream of large events (a feed's row chunks: a million rows is half a gigabyte) is not kept in memory.
    if (holdsLargeData(stored)) this.cache.delete(stream.streamId);
    else if (cached?.version === expectedVersion) {
      this.cache.set(stream.streamId, { envelopes: [...cached.envelopes, ...envelopes], version: commit.lastVersion });
    }
    this.onAppended?.(commit);
    return commit.lastVersion;
  }

  /**
   * Every commit, each stream in version order: the source of a rebuild. Like Kafka, it orders
   * events within a stream, not across streams; projections must not depend on more.
   */
  async *all(batchSize = 1000): AsyncIterable<CommitDocument> {
    let batch: StoredCommit[] = [];
    let refs = 0;
    for await (const stored of this.commits.find({}).sort({ streamId: 1, firstVersion: 1 }).batchSize(batchSize)) {
      batch.push(stored);
      refs += dataRefsOf(stored).length;
      // a batch's large texts are read together; at most DECODE_REFS of them in memory at once
      if (batch.length < batchSize && refs < DECODE_REFS) continue;
      yield* await this.decode(batch);
      batch = [];
      refs = 0;
    }
    if (batch.length > 0) yield* await this.decode(batch);
  }

  /** Stored commits as read, their large events' data read from event_data. */
  decode(stored: StoredCommit[]): Promise<CommitDocument[]> {
    return this.data.decode(stored);
  }

  private envelope(stream: StreamRef, version: number, event: EventToAppend, context: AppendContext): EventEnvelope {
    return {
      eventId: uuidv7(),
      type: event.type,
      schemaVersion: event.schemaVersion ?? latestSchemaVersion(event.type),
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
}

const schemaVersions = new Map<string, number>();

/** An event appended without a schema version is written at the newest published schema of its type. */
function latestSchemaVersion(type: string): number {
  let version = schemaVersions.get(type);
  if (version === undefined) {
    version = latestVersionOf(type);
    if (version === undefined) throw new Error(`event type ${type} has no published schema`);
    schemaVersions.set(type, version);
  }
  return version;
}
