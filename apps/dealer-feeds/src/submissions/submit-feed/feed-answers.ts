import { Injectable } from '@nestjs/common';
import { FeedArchive, FileDocument } from '../feed-archive';
import { Language, problemView } from '../problem-view';
import { acceptedOf, ProblemAnswer, SubmissionRecord, UploadAnswer } from '../submission.record';

/** At most this many problems in an upload's answer; every one is at GET …/problems and in the error report. */
export const PROBLEMS_IN_ANSWER = 1_000;

export interface SubmitAnswer { status: 200 | 201 | 422; body: UploadAnswer; location?: string }

export const errorReportPath = (r: Pick<SubmissionRecord, '_id' | 'dealerCode'>) => `/dealers/${r.dealerCode}/feed-submissions/${r._id}/error-report`;
export const submissionPath = (r: Pick<SubmissionRecord, '_id' | 'dealerCode'>) => `/dealers/${r.dealerCode}/feed-submissions/${r._id}`;

/** The answers of POST …/feed-submissions, built from what is kept, so a repeat answers as the first did (in its caller's language). */
@Injectable()
export class FeedAnswers {
  constructor(private readonly archive: FeedArchive) {}

  async accepted(uploadId: string, records: SubmissionRecord[], language: Language): Promise<SubmitAnswer> {
    const warnings: ProblemAnswer[] = [];
    for (const record of records) warnings.push(...(await this.problems(record, language, PROBLEMS_IN_ANSWER - warnings.length)));
    return { status: 201, location: submissionPath(records[0]), body: { uploadId, status: 'accepted', submissions: records.map(acceptedOf), warnings } };
  }

  async rejected(record: SubmissionRecord, language: Language): Promise<SubmitAnswer> {
    const problems = await this.problems(record, language, PROBLEMS_IN_ANSWER);
    const total = record.errors + record.warnings;
    return {
      status: 422,
      body: {
        uploadId: record.uploadId, status: 'rejected', submissionId: record._id, errors: record.errors, warnings: record.warnings, problems,
        problemsTruncated: problems.length < total || !!record.problemsTruncated, errorReport: errorReportPath(record),
      },
    };
  }

  /** The same bytes again for the same dealer and period: the first result, nothing emitted. */
  async repeated(first: FileDocument, language: Language): Promise<SubmitAnswer> {
    const records = await this.archive.submissions.find({ _id: { $in: first.submissionIds } }).toArray();
    records.sort((a, b) => first.submissionIds.indexOf(a._id) - first.submissionIds.indexOf(b._id));
    const answer = first.status === 422 ? await this.rejected(records[0], language) : await this.accepted(first.uploadId, records, language);
    return { status: answer.status === 201 ? 200 : answer.status, body: { ...answer.body, repeated: true } };
  }

  private async problems(record: SubmissionRecord, language: Language, limit: number): Promise<ProblemAnswer[]> {
    if (limit <= 0) return [];
    const stored = await this.archive.problems.find({ s: record._id }).sort({ n: 1 }).limit(limit).toArray();
    return stored.map((p) => problemView(p, language, record.kind));
  }
}
