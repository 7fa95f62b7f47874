import { AcceptVersion, FeedRef, RecordChunks } from '@aftersales/dealer-feeds-domain';
import { AppendContext } from '@aftersales/event-sourcing';
import { FeedRowChangeV1 } from '@aftersales/integration-events';
import { bulkWriteInChunks, isDuplicateKey } from '@aftersales/mongo';
import { Injectable } from '@nestjs/common';
import { ChangeDocument, changeId, FeedArchive } from './feed-archive';
import { FeedStreams, LoadedFeed } from './feed-streams';
import { promotion } from './staged-version';
import type { SubmissionRecord } from './submission.record';

/** One commit document holds at most this many chunks (≤ 256 KiB each: well under MongoDB's 16 MiB). */
const CHUNKS_PER_APPEND = 16;

/**
 * Records an accepted version from its staged changes: SubmissionAccepted, then its chunks in order
 * over as many appends as they need, then the feed's current rows become the version's. Every
 * step can be repeated: after a crash, `record` of the same submission completes what is missing
 * (the decider skips recorded chunks; the rows are replaced by `_id`), nothing twice.
 */
@Injectable()
export class VersionRecorder {
  constructor(private readonly archive: FeedArchive, private readonly streams: FeedStreams) {}

  async record(submission: SubmissionRecord, context: AppendContext): Promise<number> {
    const feed = refOf(submission);
    const accepted = await this.streams.decide(feed, new AcceptVersion(acceptedData(submission), submission.baseVersion ?? 0), context);
    const version = accepted.state.versions.find((v) => v.submissionId === submission._id)?.version ?? 0;
    await this.archive.submissions.updateOne({ _id: submission._id }, { $set: { version } });
    await this.appendAndPromote(submission, feed, version, accepted, context);
    await this.archive.submissions.updateOne({ _id: submission._id }, { $set: { phase: 'done' } });
    return version;
  }

  /**
   * The chunks, CHUNKS_PER_APPEND at a time: their staged changes are read once, appended (the
   * decider skips chunks already recorded) and then written to the feed's current rows.
   */
  private async appendAndPromote(submission: SubmissionRecord, feed: FeedRef, version: number, loaded: LoadedFeed, context: AppendContext) {
    const ends = submission.chunkEnds ?? [];
    let current = loaded;
    const recorded = () => current.state.versions.find((v) => v.version === version)?.recorded ?? 0;
    for (let from = 1; from <= ends.length; from += CHUNKS_PER_APPEND) {
      const to = Math.min(ends.length, from + CHUNKS_PER_APPEND - 1);
      const changes = await this.changes(submission._id, ends[from - 2] ?? 0, ends[to - 1]);
      if (recorded() < to) {
        const chunks = [];
        for (let chunk = from; chunk <= to; chunk++) chunks.push({ chunk, changes: changes.filter((c) => c.c === chunk).map(published) });
        current = await this.streams.decide(feed, new RecordChunks(feed, version, chunks), context, current);
      }
      await this.promote(submission.feed ?? '', version, changes);
    }
  }

  private async promote(feed: string, version: number, changes: ChangeDocument[]): Promise<void> {
    for (let i = 0; i < changes.length; i += 500) {
      const block = changes.slice(i, i + 500);
      const ops = promotion(feed, version, block);
      // New rows only (a first version): inserted in one command; a resumed promotion meets its own rows and replaces them.
      if (block.every((c) => c.change === 'recorded')) {
        const docs = ops.map((op) => ({ _id: (op as { replaceOne: { filter: { _id: string } } }).replaceOne.filter._id, ...(op as { replaceOne: { replacement: object } }).replaceOne.replacement }));
        const done = await this.archive.rows.insertMany(docs as never[], { ordered: false }).then(() => true, (error: unknown) => {
          if (isDuplicateKey(error) || (error as { code?: number }).code === 11000) return false;
          throw error;
        });
        if (done) continue;
      }
      await bulkWriteInChunks(this.archive.rows, ops);
    }
  }

  /** The staged changes after `after` up to `last`, in order, by `_id $in`. */
  private async changes(submissionId: string, after: number, last: number): Promise<ChangeDocument[]> {
    const ids = [];
    for (let n = after + 1; n <= last; n++) ids.push(changeId(submissionId, n));
    const found = await this.archive.changes.find({ _id: { $in: ids } }).toArray();
    return found.sort((a, b) => a.n - b.n);
  }
}

function published(change: ChangeDocument): FeedRowChangeV1 {
  return change.row ? { change: change.change, key: change.key, row: change.row } : { change: change.change, key: change.key };
}

export function refOf(s: SubmissionRecord): FeedRef {
  if (!s.kind) throw new Error(`submission ${s._id} has no kind`);
  return { submissionId: s._id, dealerCode: s.dealerCode, period: s.period, kind: s.kind };
}

function acceptedData(s: SubmissionRecord) {
  return {
    ...refOf(s), contentHash: s.contentHash, fileName: s.fileName, format: s.format ?? 'csv', receivedAt: s.receivedAt, late: s.late,
    dueDate: s.dueDate ?? '', rows: s.rows, recorded: s.recorded, corrected: s.corrected, withdrawn: s.withdrawn, warnings: s.warnings,
    chunks: (s.chunkEnds ?? []).length, uploadedBy: s.uploadedBy,
  };
}
