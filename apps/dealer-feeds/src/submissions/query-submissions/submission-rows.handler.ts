import { FEED_DEFAULTS, writeErrorReport } from '@aftersales/feeds';
import { invalid } from '@aftersales/event-sourcing';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { Writable } from 'node:stream';
import { ChangeDocument, changeId, FeedArchive } from '../feed-archive';
import { Language, problemView } from '../problem-view';
import type { FeedProblemsResponse, FeedRowsResponse } from '../submission.response';
import { submissionOf } from './query-submissions.handler';
import type { RowSelection } from './query-submissions.request';

export class ListSubmissionRows extends Query<FeedRowsResponse> {
  constructor(readonly dealerCode: string, readonly submissionId: string, readonly change: RowSelection = 'changed', readonly skip = 0, readonly limit = 100) {
    super();
  }
}

export class ListSubmissionProblems extends Query<FeedProblemsResponse> {
  constructor(readonly dealerCode: string, readonly submissionId: string, readonly language: Language, readonly skip = 0, readonly limit = 100) {
    super();
  }
}

/** A version's rows: its whole difference or one kind of change (kept per version), or every row of the current version. */
@QueryHandler(ListSubmissionRows)
export class ListSubmissionRowsHandler implements IQueryHandler<ListSubmissionRows, FeedRowsResponse> {
  constructor(private readonly archive: FeedArchive) {}

  async execute({ dealerCode, submissionId, change, skip, limit }: ListSubmissionRows): Promise<FeedRowsResponse> {
    const submission = await submissionOf(this.archive, dealerCode, submissionId);
    if (submission.status !== 'accepted') return { items: [], total: 0 };
    if (change === 'all') {
      const newest = await this.archive.submissions.find({ dealerCode, period: submission.period, kind: submission.kind, status: 'accepted' }).sort({ version: -1 }).limit(1).next();
      if (newest?._id !== submissionId) throw invalid(`version ${submission.version} is superseded: its difference is kept (change=changed), its whole rows only while it is current`, 'change');
      const query = { feed: submission.feed ?? '' };
      const [rows, total] = await Promise.all([this.archive.rows.find(query).sort({ key: 1 }).skip(skip).limit(limit).toArray(), this.archive.rows.countDocuments(query)]);
      return { items: rows.map((r) => ({ key: r.key, row: r.row })), total };
    }
    const [changes, total] = change === 'changed' ? await this.page(submissionId, submission.changeCount ?? 0, skip, limit) : await Promise.all([
      this.archive.changes.find({ s: submissionId, change }).sort({ n: 1 }).skip(skip).limit(limit).toArray(),
      this.archive.changes.countDocuments({ s: submissionId, change }),
    ]);
    return {
      items: changes.map((c) => ({ key: c.key, change: c.change, row: c.row ?? c.previous ?? {}, ...(c.change === 'corrected' && c.previous ? { previous: c.previous } : {}) })),
      total,
    };
  }

  /** The whole difference is numbered 1..changeCount: a page is read by its `_id`s, however large the version. */
  private async page(submissionId: string, changeCount: number, skip: number, limit: number): Promise<[ChangeDocument[], number]> {
    const ids = [];
    for (let n = skip + 1; n <= Math.min(changeCount, skip + limit); n++) ids.push(changeId(submissionId, n));
    const found = ids.length ? await this.archive.changes.find({ _id: { $in: ids } }).toArray() : [];
    return [found.sort((a, b) => a.n - b.n), changeCount];
  }
}

@QueryHandler(ListSubmissionProblems)
export class ListSubmissionProblemsHandler implements IQueryHandler<ListSubmissionProblems, FeedProblemsResponse> {
  constructor(private readonly archive: FeedArchive) {}

  async execute({ dealerCode, submissionId, language, skip, limit }: ListSubmissionProblems): Promise<FeedProblemsResponse> {
    const submission = await submissionOf(this.archive, dealerCode, submissionId);
    const [problems, total] = await Promise.all([
      this.archive.problems.find({ s: submissionId }).sort({ n: 1 }).skip(skip).limit(limit).toArray(),
      this.archive.problems.countDocuments({ s: submissionId }),
    ]);
    return { items: problems.map((p) => problemView(p, language, submission.kind)), total };
  }
}

/** The XLSX error report: every problem kept, and each problem row of the file beside its problems. */
export async function writeSubmissionReport(archive: FeedArchive, dealerCode: string, submissionId: string, target: Writable): Promise<void> {
  await submissionOf(archive, dealerCode, submissionId);
  const problems = await archive.problems.find({ s: submissionId }).sort({ n: 1 }).limit(FEED_DEFAULTS.maxProblems).toArray();
  const rows = archive.problemRows.find({ s: submissionId }).sort({ n: 1 });
  await writeErrorReport(target, problems, rows);
}
