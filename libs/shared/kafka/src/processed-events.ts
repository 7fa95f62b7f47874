import { Collection, Db } from 'mongodb';

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

  async alreadyProcessed(eventIds: string[]): Promise<Set<string>> {
    if (eventIds.length === 0) return new Set();
    const ids = eventIds.map((id) => this.key(id));
    const found = await this.collection.find({ _id: { $in: ids } }, { projection: { _id: 1 } }).toArray();
    const prefix = `${this.groupId}|`.length;
    return new Set(found.map((doc) => doc._id.slice(prefix)));
  }

  async markProcessed(eventIds: string[]): Promise<void> {
    if (eventIds.length === 0) return;
    const at = new Date();
    const ops = eventIds.map((id) => ({
      updateOne: { filter: { _id: this.key(id) }, update: { $setOnInsert: { at } }, upsert: true },
    }));
    await this.collection.bulkWrite(ops, { ordered: false });
  }

  private key(eventId: string): string {
    return `${this.groupId}|${eventId}`;
  }
}
