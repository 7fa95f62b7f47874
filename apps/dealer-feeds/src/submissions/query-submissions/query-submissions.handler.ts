import { FeedKind } from '@aftersales/feeds';
import { notFound } from '@aftersales/event-sourcing';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Filter } from 'mongodb';
import { FeedArchive } from '../feed-archive';
import type { SubmissionRecord } from '../submission.record';
import type { SubmissionDetailResponse, SubmissionItemResponse, SubmissionListResponse, UploadProgressResponse } from '../submission.response';

export class ListSubmissions extends Query<SubmissionListResponse> {
  constructor(readonly dealerCode: string, readonly filter: { period?: string; kind?: FeedKind; status?: 'accepted' | 'rejected' }, readonly skip = 0, readonly limit = 50) {
    super();
  }
}

export class GetSubmission extends Query<SubmissionDetailResponse> {
  constructor(readonly dealerCode: string, readonly submissionId: string) {
    super();
  }
}

export class GetUploadProgress extends Query<UploadProgressResponse> {
  constructor(readonly dealerCode: string, readonly uploadId: string) {
    super();
  }
}

/** The submissions of a kind's feed: its versions, and rejected files for it (a workbook's: for each of its kinds). */
const ofKind = (kind: FeedKind): Filter<SubmissionRecord> => ({ $or: [{ kind }, { kinds: kind }] });

export function itemOf(r: SubmissionRecord): SubmissionItemResponse {
  return {
    submissionId: r._id, dealerCode: r.dealerCode, period: r.period, ...(r.kind ? { kind: r.kind } : {}), ...(r.kinds ? { kinds: r.kinds } : {}), status: r.status,
    ...(r.version ? { version: r.version } : {}), late: r.late, ...(r.dueDate ? { dueDate: r.dueDate } : {}), receivedAt: r.receivedAt,
    fileName: r.fileName, uploadedBy: r.uploadedBy, rows: r.rows, recorded: r.recorded, corrected: r.corrected, withdrawn: r.withdrawn,
    errors: r.errors, warnings: r.warnings, complete: r.phase === 'done',
  };
}

/** A submission of the dealer, or 404 (also for another dealer's). */
export async function submissionOf(archive: FeedArchive, dealerCode: string, submissionId: string): Promise<SubmissionRecord> {
  const found = await archive.submissions.findOne({ _id: submissionId });
  if (!found || found.dealerCode !== dealerCode) throw notFound(`dealer ${dealerCode} has no submission ${submissionId}`, 'submissionId');
  return found;
}

@QueryHandler(ListSubmissions)
export class ListSubmissionsHandler implements IQueryHandler<ListSubmissions, SubmissionListResponse> {
  constructor(private readonly archive: FeedArchive) {}

  async execute({ dealerCode, filter, skip, limit }: ListSubmissions): Promise<SubmissionListResponse> {
    const query: Filter<SubmissionRecord> = { dealerCode };
    if (filter.period) query.period = filter.period;
    if (filter.kind) Object.assign(query, ofKind(filter.kind));
    if (filter.status) query.status = filter.status;
    const [items, total] = await Promise.all([
      this.archive.submissions.find(query).sort({ receivedAt: -1, _id: -1 }).skip(skip).limit(limit).toArray(),
      this.archive.submissions.countDocuments(query),
    ]);
    return { items: items.map(itemOf), total };
  }
}

@QueryHandler(GetSubmission)
export class GetSubmissionHandler implements IQueryHandler<GetSubmission, SubmissionDetailResponse> {
  constructor(private readonly archive: FeedArchive) {}

  async execute({ dealerCode, submissionId }: GetSubmission): Promise<SubmissionDetailResponse> {
    const submission = await submissionOf(this.archive, dealerCode, submissionId);
    const versions = submission.kind
      ? await this.archive.submissions.find({ dealerCode, period: submission.period, ...ofKind(submission.kind) }).sort({ receivedAt: 1, _id: 1 }).toArray()
      : [submission];
    return { ...itemOf(submission), versions: versions.map(itemOf) };
  }
}

@QueryHandler(GetUploadProgress)
export class GetUploadProgressHandler implements IQueryHandler<GetUploadProgress, UploadProgressResponse> {
  constructor(private readonly archive: FeedArchive) {}

  async execute({ dealerCode, uploadId }: GetUploadProgress): Promise<UploadProgressResponse> {
    const found = await this.archive.progress.findOne({ _id: `${dealerCode}|${uploadId}` });
    if (!found) throw notFound(`dealer ${dealerCode} has no upload ${uploadId} (or it ended more than a day ago)`, 'uploadId');
    const { phase, bytesReceived, rowsRead, rowsTotal, submissionIds } = found;
    return { uploadId, phase, bytesReceived, rowsRead, ...(rowsTotal === undefined ? {} : { rowsTotal }), ...(submissionIds ? { submissionIds } : {}) };
  }
}
