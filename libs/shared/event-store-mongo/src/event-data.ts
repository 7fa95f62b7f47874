import { isDuplicateKey, onlyDuplicateKeys } from '@aftersales/mongo';
import { Collection, Db } from 'mongodb';
import { CommitDocument, dataRefsOf, decodeCommit, EVENT_DATA_COLLECTION, EventDataDocument, StoredCommit } from './commit';

/** Large texts read per query (each up to a few hundred KiB). */
export const DECODE_REFS = 16;

/**
 * The texts of large events' data (`event_data`, by event id; commit.ts): written before the
 * commit that names them, read back with it. The commit is the record: a text no commit names
 * (an append that lost a conflict, or a crash between the two writes) is never read.
 */
export class EventData {
  readonly texts: Collection<EventDataDocument>;

  constructor(db: Db) {
    this.texts = db.collection<EventDataDocument>(EVENT_DATA_COLLECTION);
  }

  /** Written before the commit; one already there (a retried append whose first write was stored) is fine. */
  async write(data: EventDataDocument[]): Promise<void> {
    if (data.length === 0) return;
    try {
      await this.texts.insertMany(data, { ordered: false });
    } catch (error) {
      if (!onlyDuplicateKeys(error) && !isDuplicateKey(error)) throw error;
    }
  }

  /**
   * The texts of an append that lost a conflict belong to no commit: removed, unless the commit
   * under that id is the append's own (a write the driver retried after it was stored).
   */
  async discard(commits: Collection<StoredCommit>, commit: CommitDocument, data: EventDataDocument[]): Promise<void> {
    if (data.length === 0) return;
    const there = await commits.findOne({ _id: commit._id }, { projection: { 'events.eventId': 1 } }).catch(() => null);
    if (there === null || there.events[0]?.eventId === commit.events[0]?.eventId) return;
    await this.texts.deleteMany({ _id: { $in: data.map((d) => d._id) } }).catch(() => undefined);
  }

  /** Stored commits as read: the texts of their large events are read by id, DECODE_REFS to a query. */
  async decode(stored: StoredCommit[]): Promise<CommitDocument[]> {
    const refs = stored.flatMap(dataRefsOf);
    const texts = new Map<string, string>();
    for (let i = 0; i < refs.length; i += DECODE_REFS) {
      for (const doc of await this.texts.find({ _id: { $in: refs.slice(i, i + DECODE_REFS) } }).toArray()) texts.set(doc._id, doc.text);
    }
    return stored.map((commit) => decodeCommit(commit, texts));
  }
}
