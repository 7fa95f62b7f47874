import { bulkWriteInChunks } from '@aftersales/mongo';
import { Collection, Db } from 'mongodb';

/** Event ids per `$in` lookup: one indexed query per Kafka batch (kafkajs batches are usually smaller). */
const LOOKUP_CHUNK = 500;

interface ProcessedEvent {
  _id: string; // `${groupId}|${eventId}`
  at: Date;
}

/**
 * Which events a consumer group has fully handled (docs/architecture.md rule 4). Written after
 * the handler's own write is durable and before the offset is committed, so a redelivery
 * after a crash is skipped; handlers are idempotent too, for the crash between write and mark.
 */
export class ProcessedEventLog {
  private readonly collection: Collection<ProcessedEvent>;

  constructor(db: Db, private readonly groupId: string) {
    this.collection = db.collection<ProcessedEvent>('processed_events');
  }

  /**
   * One `_id: {$in: [...]}` query per batch: the _id index answers it on MongoDB and on the
   * deploy/local FerretDB (whose SQLite backend reaches that index only through patch 0003).
   */
  async alreadyProcessed(eventIds: string[]): Promise<Set<string>> {
    const seen = new Set<string>();
    const unique = [...new Set(eventIds)];
    const prefix = this.key('');
    for (let i = 0; i < unique.length; i += LOOKUP_CHUNK) {
      const keys = unique.slice(i, i + LOOKUP_CHUNK).map((id) => this.key(id));
      const found = await this.collection.find({ _id: { $in: keys } }, { projection: { _id: 1 } }).toArray();
      for (const { _id } of found) seen.add(_id.slice(prefix.length));
    }
    return seen;
  }

  /**
   * Inserts, never upserts: an insert is one write where an upsert is a lookup and a write.
   * A mark that already exists (a redelivery marked twice) is a duplicate key, and is what we wanted.
   */
  async markProcessed(eventIds: string[]): Promise<void> {
    const at = new Date();
    const ops = [...new Set(eventIds)].map((id) => ({ insertOne: { document: { _id: this.key(id), at } } }));
    await bulkWriteInChunks(this.collection, ops, { tolerateDuplicateKeys: true });
  }

  private key(eventId: string): string {
    return `${this.groupId}|${eventId}`;
  }
}
