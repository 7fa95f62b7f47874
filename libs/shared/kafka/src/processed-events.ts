import { bulkWriteInChunks } from '@aftersales/mongo';
import { Collection, Db } from 'mongodb';

const LOOKUPS_IN_FLIGHT = 8;

interface ProcessedEvent {
  _id: string; // `${groupId}|${eventId}`
  at: Date;
}

/**
 * Which events a consumer group has fully handled (ARCHITECTURE.md rule 4). Written after
 * the handler's own write is durable and before the offset is committed, so a redelivery
 * after a crash is skipped; handlers are idempotent too, for the crash between write and mark.
 */
export class ProcessedEventLog {
  private readonly collection: Collection<ProcessedEvent>;

  constructor(db: Db, private readonly groupId: string) {
    this.collection = db.collection<ProcessedEvent>('processed_events');
  }

  /**
   * One lookup by _id per event, a few at a time: indexed everywhere (an $in is a full scan on
   * FerretDB's SQLite backend), without flooding the server with a whole batch at once.
   */
  async alreadyProcessed(eventIds: string[]): Promise<Set<string>> {
    const seen = new Set<string>();
    const unique = [...new Set(eventIds)];
    for (let i = 0; i < unique.length; i += LOOKUPS_IN_FLIGHT) {
      const slice = unique.slice(i, i + LOOKUPS_IN_FLIGHT);
      const found = await Promise.all(slice.map((id) => this.collection.findOne({ _id: this.key(id) }, { projection: { _id: 1 } })));
      slice.forEach((id, j) => found[j] && seen.add(id));
    }
    return seen;
  }

  async markProcessed(eventIds: string[]): Promise<void> {
    const at = new Date();
    const ops = [...new Set(eventIds)].map((id) => ({
      updateOne: { filter: { _id: this.key(id) }, update: { $setOnInsert: { at } }, upsert: true },
    }));
    await bulkWriteInChunks(this.collection, ops);
  }

  private key(eventId: string): string {
    return `${this.groupId}|${eventId}`;
  }
}
