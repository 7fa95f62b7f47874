/**
 * The dealer-feeds API's answers as the pages read them (docs/feeds.md "Submissions"; the service
 * paths under the gateway's /api). Written from the agreed shapes; the generated schema.d.ts
 * describes the same routes once they are on the gateway.
 */
export const FEED_KINDS = ['repairs', 'parts', 'sales', 'warranty-cards', 'satisfaction', 'opinions'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];
export type RowChange = 'recorded' | 'corrected' | 'withdrawn';

/** A problem of a feed file, placed in it: row as Excel numbers it (0: the whole file), the dealer's header, the value as typed. */
export interface FeedProblem {
  row: number;
  column?: string;
  header?: string;
  value?: string;
  code: string;
  severity: 'error' | 'warning';
  message: string;
  sheet?: string;
}

/** One accepted version of a dealer × period × kind feed. */
export interface AcceptedSubmission {
  submissionId: string;
  dealerCode: string;
  period: string;
  kind: FeedKind;
  version: number;
  late: boolean;
  dueDate: string;
  rows: number;
  recorded: number;
  corrected: number;
  withdrawn: number;
  warnings: number;
  receivedAt: string;
  fileName: string;
}

export interface AcceptedUpload {
  uploadId: string;
  status: 'accepted';
  repeated?: boolean;
  submissions: AcceptedSubmission[];
  warnings: FeedProblem[];
}

export interface RejectedUpload {
  uploadId: string;
  status: 'rejected';
  submissionId: string;
  errors: number;
  warnings: number;
  problems: FeedProblem[];
  problemsTruncated: boolean;
  errorReport: string;
}

export type UploadResult = AcceptedUpload | RejectedUpload;

export type UploadPhase = 'receiving' | 'reading' | 'applying' | 'done' | 'failed';
export interface UploadProgress {
  phase: UploadPhase;
  bytesReceived: number;
  rowsRead: number;
  rowsTotal?: number;
}

/** A submission as the list and the page show it: accepted (with its version) or rejected. */
export interface SubmissionSummary {
  submissionId: string;
  dealerCode?: string;
  period: string;
  /** Absent for a rejected file whose form was not recognised. */
  kind?: FeedKind;
  status: 'accepted' | 'rejected';
  version?: number;
  late: boolean;
  dueDate?: string;
  receivedAt: string;
  fileName: string;
  uploadedBy?: string;
  rows?: number;
  recorded?: number;
  corrected?: number;
  withdrawn?: number;
  errors?: number;
  warnings?: number;
}

/** One submission with every version and rejected attempt of its feed (dealer × period × kind), in order. */
export interface SubmissionDetail extends SubmissionSummary {
  versions: SubmissionSummary[];
}

export type PublishedRow = Record<string, string | number | boolean>;
export interface FeedRow {
  key: string;
  change?: RowChange;
  row?: PublishedRow;
  previous?: PublishedRow;
}

export interface Page<T> {
  items: T[];
  total: number;
}
