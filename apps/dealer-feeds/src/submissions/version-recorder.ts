import { AcceptVersion, FeedRef, RecordChunks } from '@aftersales/dealer-feeds-domain';
import { AppendContext } from '@aftersales/event-sourcing';
import { FeedRowChangeV1 } from '@aftersales/integration-events';
import { Injectable } from '@nestjs/common';
import { chunkId, FeedArchive, StagedChange } from './feed-archive';
import { FeedStreams, LoadedFeed } from './feed-streams';
import type { SubmissionRecord } from './submission.record';

/** One commit document holds at most this many chunks (≤ 256 KiB each: well under MongoDB's 16 MiB). */
const CHUNKS_PER_APPEND = 16;

/**
 * Records an accepted version from its staged chunks: SubmissionAccepted, then its chunks in order
 * over as many appends as they need. Its key index was written while the file was read, so the
 * version is the feed's current one once recorded. Every step can be repeated: after a crash,
 * `record` of the same submission completes what is missing (the decider skips recorded chunks),
 * nothing twice.
 */
@Injectable()
export class VersionRecorder {
  constructor(private readonly archive: FeedArchive, private readonly streams: FeedStreams) {}

  async record(submission: SubmissionRecord, context: AppendContext): Promise<number> {
    const feed = refOf(submission);
    const accepted = await this.streams.decide(feed, new AcceptVersion(acceptedData(submission), submission.baseVersion ?? 0), context);
    const version = accepted.state.versions.find((v) => v.submissionId === submission._id)?.version ?? 0;
    await this.archive.submissions.updateOne({ _id: submission._id }, { $set: { version } });
    await this.appendChunks(submission, feed, version, accepted, context);
    await this.archive.submissions.updateOne({ _id: submission._id }, { $set: { phase: 'done' } });
    return version;
  }

  /**
   * A version whose SubmissionAccepted was never stored (refused: another version was accepted
   * while its file was read) was never answered as accepted: its record and what it staged are
   * dropped. False, and nothing dropped, when it is accepted (its chunks are completed instead).
   */
  async dropIfNeverAccepted(submission: SubmissionRecord): Promise<boolean> {
    const { state } = await this.streams.load(refOf(submission));
    if (state.versions.some((v) => v.submissionId === submission._id)) return false;
    await this.archive.discardStaged([submission._id]);
    await this.archive.submissions.deleteOne({ _id: submission._id });
    return true;
  }

  /** The chunks not yet recorded, CHUNKS_PER_APPEND to an append, each read once from its staged document. */
  private async appendChunks(submission: SubmissionRecord, feed: FeedRef, version: number, loaded: LoadedFeed, context: AppendContext) {
    const total = (submission.chunkEnds ?? []).length;
    let current = loaded;
    const recorded = () => current.state.versions.find((v) => v.version === version)?.recorded ?? 0;
    while (recorded() < total) {
      const from = recorded() + 1;
      const to = Math.min(total, from + CHUNKS_PER_APPEND - 1);
      const ids = [];
      for (let c = from; c <= to; c++) ids.push(chunkId(submission._id, c));
      const docs = await this.archive.readChunks(ids);
      if (docs.length !== ids.length) throw new Error(`submission ${submission._id}: chunks ${from}-${to} are not all staged (${docs.length} of ${ids.length})`);
      const chunks = docs.map((doc) => ({ chunk: doc.c, changes: doc.changes.map(published) }));
      current = await this.streams.decide(feed, new RecordChunks(feed, version, chunks), context, current);
    }
  }
}

function published(change: StagedChange): FeedRowChangeV1 {
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
