import { FEED_DEFAULTS, writeErrorReport } from '@aftersales/feeds';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { Writable } from 'node:stream';
import { FeedArchive } from '../feed-archive';
import { VersionRows } from '../version-rows';
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

/** A version's rows: its whole difference or one kind of change, or every row of the version (VersionRows). */
@QueryHandler(ListSubmissionRows)
export class ListSubmissionRowsHandler implements IQueryHandler<ListSubmissionRows, FeedRowsResponse> {
  constructor(private readonly archive: FeedArchive, private readonly rows: VersionRows) {}

  async execute({ dealerCode, submissionId, change, skip, limit }: ListSubmissionRows): Promise<FeedRowsResponse> {
    const submission = await submissionOf(this.archive, dealerCode, submissionId);
    if (submission.status !== 'accepted') return { items: [], total: 0 };
    if (change === 'all') return { items: await this.rows.all(submission, skip, limit), total: submission.rows };
    if (change === 'changed') return { items: await this.rows.difference(submission, skip, limit), total: submission.changeCount ?? 0 };
    return { items: await this.rows.ofKind(submission, change, skip, limit), total: submission[change] };
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

/** The XLSX error report: every problem kept, and each problem row of the file beside its problems; in `language`, else in all three. */
export async function writeSubmissionReport(archive: FeedArchive, dealerCode: string, submissionId: string, target: Writable, language?: Language): Promise<void> {
  await submissionOf(archive, dealerCode, submissionId);
  const problems = await archive.problems.find({ s: submissionId }).sort({ n: 1 }).limit(FEED_DEFAULTS.maxProblems).toArray();
  const rows = archive.problemRows.find({ s: submissionId }).sort({ n: 1 });
  await writeErrorReport(target, problems, rows, language ? { language } : {});
}
