import type { FeedKind } from '@aftersales/feeds';

/** A submission as the service keeps it: one per kind of an accepted file, one per rejected file. */
export interface SubmissionRecord {
  _id: string;
  uploadId: string;
  dealerCode: string;
  period: string;
  kind?: FeedKind;
  /** A rejected file of several kinds (a workbook's sheets): every one of them; `kind` is the first. */
  kinds?: FeedKind[];
  status: 'accepted' | 'rejected';
  /** `applying` until every chunk is recorded (resumed at start). */
  phase: 'applying' | 'done';
  feed?: string;
  version?: number;
  baseVersion?: number;
  late: boolean;
  dueDate?: string;
  receivedAt: string;
  fileName: string;
  uploadedBy: string;
  contentHash: string;
  format?: 'csv' | 'xlsx' | 'jsonl';
  rows: number;
  recorded: number;
  corrected: number;
  withdrawn: number;
  errors: number;
  warnings: number;
  /** The last change (seq) of each chunk, 1..chunks. */
  chunkEnds?: number[];
  changeCount?: number;
  /** Segments of the version's key index (feed_version_index): every row of the version and where it is kept. */
  indexSegments?: number;
  problemsTruncated?: boolean;
}

export interface AcceptedSubmission {
  submissionId: string; dealerCode: string; period: string; kind: FeedKind; version: number; late: boolean; dueDate?: string;
  rows: number; recorded: number; corrected: number; withdrawn: number; warnings: number; receivedAt: string; fileName: string;
}

export interface ProblemAnswer {
  row: number; column?: string; header?: string; value?: string; code: string; severity: 'error' | 'warning'; message: string; sheet?: string; kind?: FeedKind;
}

export type UploadAnswer =
  | { uploadId: string; status: 'accepted'; submissions: AcceptedSubmission[]; warnings: ProblemAnswer[]; repeated?: boolean }
  | {
    uploadId: string; status: 'rejected'; submissionId: string; errors: number; warnings: number; problems: ProblemAnswer[];
    problemsTruncated: boolean; errorReport: string; repeated?: boolean;
  };

export function acceptedOf(record: SubmissionRecord): AcceptedSubmission {
  return {
    submissionId: record._id, dealerCode: record.dealerCode, period: record.period, kind: record.kind as FeedKind, version: record.version ?? 0,
    late: record.late, ...(record.dueDate ? { dueDate: record.dueDate } : {}), rows: record.rows, recorded: record.recorded,
    corrected: record.corrected, withdrawn: record.withdrawn, warnings: record.warnings, receivedAt: record.receivedAt, fileName: record.fileName,
  };
}
