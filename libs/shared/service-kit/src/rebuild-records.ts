import { isDuplicateKey, orNoMatch } from '@aftersales/mongo';
import { Collection, Db } from 'mongodb';
import { Connection, Model, Schema } from 'mongoose';

export type RebuildPhase = 'replay' | 'switch' | 'catch-up' | 'done';
export type RebuildState = 'running' | 'succeeded' | 'failed';

/** What `GET /admin/rebuilds/:id` answers; kept in the service's database, so every instance can answer it. */
export interface RebuildRecord {
  _id: string;
  projection: string;
  /** `store`, or `topic <name>`: where the replay reads the events. */
  source: string;
  collections: string[];
  state: RebuildState;
  phase: RebuildPhase;
  /** Events applied to the fresh collections before the switch. */
  eventsReplayed: number;
  /** Events applied again after the switch: those consumed while the replay ran. */
  eventsCaughtUp: number;
  /** Messages that are not a valid event (the live consumer dead-lettered them too). */
  skipped: number;
  startedAt: string;
  switchedAt?: string;
  finishedAt?: string;
  durationMs?: number;
  error?: string;
  heartbeatAt: string;
}

/** A rebuild whose instance has not written for this long has stopped (the instance died). */
export const REBUILD_STALE_MS = 60_000;

interface Lease { _id: string; rebuildId: string; heartbeatAt: Date }

const RECORDS = 'read_model_rebuilds';
/** For the read by the id a request names: a model query, so sanitizeFilter applies. The record's fields are ours, kept as written. */
const RecordSchema = new Schema<RebuildRecord>({ _id: { type: String, required: true } }, { collection: RECORDS, strict: false, versionKey: false });

/**
 * Rebuild records, and one lease per read model: two rebuilds of one read model at once would
 * switch over each other, so the second is refused while the first is alive.
 */
export class RebuildRecords {
  private readonly records: Collection<RebuildRecord>;
  private readonly leases: Collection<Lease>;
  private readonly byId: Model<RebuildRecord>;

  /** The bookkeeping writes stay on the driver (the service's own values); the read by a requested id is a model query. */
  constructor(connection: Connection, db: Db) {
    this.records = db.collection<RebuildRecord>(RECORDS);
    this.leases = db.collection<Lease>('read_model_rebuild_leases');
    this.byId = connection.models['RebuildRecord'] ?? connection.model<RebuildRecord>('RebuildRecord', RecordSchema);
  }

  /** Takes the read model's lease for `rebuildId`; otherwise names the rebuild that holds it. */
  async acquire(projection: string, rebuildId: string): Promise<{ acquired: true } | { acquired: false; holder: string }> {
    const now = new Date();
    try {
      await this.leases.insertOne({ _id: projection, rebuildId, heartbeatAt: now });
      return { acquired: true };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const stale = new Date(now.getTime() - REBUILD_STALE_MS);
    const taken = await this.leases.updateOne({ _id: projection, heartbeatAt: { $lt: stale } }, { $set: { rebuildId, heartbeatAt: now } });
    if (taken.modifiedCount === 1) return { acquired: true };
    const holder = await this.leases.findOne({ _id: projection });
    return { acquired: false, holder: holder?.rebuildId ?? 'unknown' };
  }

  /** Renews the lease; false when another rebuild took it over (this one was thought dead). */
  async renew(projection: string, rebuildId: string): Promise<boolean> {
    const renewed = await this.leases.updateOne({ _id: projection, rebuildId }, { $set: { heartbeatAt: new Date() } });
    return renewed.matchedCount === 1;
  }

  async release(projection: string, rebuildId: string): Promise<void> {
    await this.leases.deleteOne({ _id: projection, rebuildId });
  }

  async save(record: RebuildRecord): Promise<void> {
    await this.records.replaceOne({ _id: record._id }, { ...record, heartbeatAt: new Date().toISOString() }, { upsert: true });
  }

  /** The record, with a running rebuild whose instance stopped writing reported as failed. */
  async find(id: string): Promise<RebuildRecord | null> {
    const record = await orNoMatch(this.byId.findById(id).lean<RebuildRecord>().exec(), null);
    return record && asSeen(record);
  }

  async recent(limit = 20): Promise<RebuildRecord[]> {
    return (await this.records.find({}).sort({ startedAt: -1 }).limit(limit).toArray()).map(asSeen);
  }
}

function asSeen(record: RebuildRecord): RebuildRecord {
  const stale = record.state === 'running' && Date.now() - Date.parse(record.heartbeatAt) > REBUILD_STALE_MS;
  if (!stale) return record;
  return { ...record, state: 'failed', error: `abandoned: the instance running it stopped (last heard of at ${record.heartbeatAt})` };
}
