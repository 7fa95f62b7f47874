import type { FeedProblem, ReportedRow } from '@aftersales/feeds';
import type { PublishedRow } from '@aftersales/integration-events';
import { ServiceInfrastructure } from '@aftersales/service-kit';
import { Injectable } from '@nestjs/common';
import { Collection, Db } from 'mongodb';
import type { SubmissionRecord } from './submission.record';

/** One row of a version's difference, staged while the file is read and kept as the version's diff. */
export interface ChangeDocument {
  _id: string; // `<submissionId>#<seq>`: read back by `_id $in`, the one index FerretDB uses
  s: string;
  n: number;
  /** The chunk of the version's FeedRowsChanged that carries it. */
  c: number;
  key: string;
  change: 'recorded' | 'corrected' | 'withdrawn';
  h?: string;
  row?: PublishedRow;
  previous?: PublishedRow;
}

/** A feed's current row (its newest accepted version), with its hash for the next comparison. */
export interface RowDocument { _id: string; feed: string; key: string; h: string; row: PublishedRow; version: number }
export interface ProblemDocument extends FeedProblem { _id: string; s: string; n: number }
export interface ProblemRowDocument extends ReportedRow { _id: string; s: string; n: number }
export interface ProgressDocument {
  _id: string; dealerCode: string; uploadId: string; phase: 'receiving' | 'reading' | 'applying' | 'done' | 'failed';
  bytesReceived: number; rowsRead: number; rowsTotal?: number; submissionIds?: string[]; updatedAt: Date;
}
/** The first answer to a file: the same bytes again for the same dealer and period get it. */
export interface FileDocument { _id: string; status: 201 | 422; uploadId: string; submissionIds: string[] }

export const changeId = (submissionId: string, seq: number) => `${submissionId}#${String(seq).padStart(9, '0')}`;
export const rowId = (feed: string, key: string) => `${feed}|${key}`;
export const fileId = (dealerCode: string, period: string, contentHash: string) => `${dealerCode}|${period}|${contentHash}`;
export const progressId = (dealerCode: string, uploadId: string) => `${dealerCode}|${uploadId}`;

/** How long an upload's progress is kept after its last change. */
const PROGRESS_TTL_SECONDS = 24 * 3600;

/**
 * The submissions' own collections (not projections: the problems and the staged rows are in no
 * event). The driver is used directly for the chunked bulk writes of the hot path; hot reads go
 * by `_id` (README "FerretDB").
 */
@Injectable()
export class FeedArchive {
  readonly submissions: Collection<SubmissionRecord>;
  readonly changes: Collection<ChangeDocument>;
  readonly rows: Collection<RowDocument>;
  readonly problems: Collection<ProblemDocument>;
  readonly problemRows: Collection<ProblemRowDocument>;
  readonly progress: Collection<ProgressDocument>;
  readonly files: Collection<FileDocument>;

  constructor(infra: ServiceInfrastructure) {
    const db = infra.connection.db as unknown as Db;
    this.submissions = db.collection('feed_submissions');
    this.changes = db.collection('feed_changes');
    this.rows = db.collection('feed_rows');
    this.problems = db.collection('feed_problems');
    this.problemRows = db.collection('feed_problem_rows');
    this.progress = db.collection('feed_upload_progress');
    this.files = db.collection('feed_files');
    infra.onStart(() => this.ensureIndexes());
  }

  private async ensureIndexes(): Promise<void> {
    await this.submissions.createIndex({ dealerCode: 1, period: 1, kind: 1, receivedAt: -1 }, { name: 'by_dealer' });
    await this.submissions.createIndex({ phase: 1 }, { name: 'by_phase' });
    await this.changes.createIndex({ s: 1, change: 1, n: 1 }, { name: 'by_submission' });
    await this.rows.createIndex({ feed: 1, key: 1 }, { name: 'by_feed' });
    await this.problems.createIndex({ s: 1, n: 1 }, { name: 'by_submission' });
    await this.problemRows.createIndex({ s: 1, n: 1 }, { name: 'by_submission' });
    // MongoDB expires old progress by itself; FerretDB has no TTL index, so there it is pruned by hand (pruneProgress).
    await this.progress.createIndex({ updatedAt: 1 }, { name: 'expiry', expireAfterSeconds: PROGRESS_TTL_SECONDS })
      .catch(async () => {
        this.expiresByItself = false;
        await this.progress.createIndex({ updatedAt: 1 }, { name: 'by_age' });
      });
  }

  private expiresByItself = true;
  private lastPruned = 0;

  /** Removes progress older than a day where the database does not expire it itself (at most once an hour). */
  async pruneProgress(now = Date.now()): Promise<void> {
    if (this.expiresByItself || now - this.lastPruned < 3600_000) return;
    this.lastPruned = now;
    await this.progress.deleteMany({ updatedAt: { $lt: new Date(now - PROGRESS_TTL_SECONDS * 1000) } });
  }
}
