import type { FeedKindName } from '../deadline/deadline.decider';

export type RowChangeKind = 'recorded' | 'corrected' | 'withdrawn';
/** A row as published: column key → text, number (fen, whole numbers) or boolean. */
export type FeedRowValues = Record<string, string | number | boolean>;

export interface FeedRowChange {
  change: RowChangeKind;
  /** The natural key, its parts joined by `|`. */
  key: string;
  /** Absent when withdrawn. */
  row?: FeedRowValues;
}

/** Which feed: one dealer's rows of one kind for one month. */
export interface FeedRef {
  submissionId: string;
  dealerCode: string;
  period: string;
  kind: FeedKindName;
}

export interface VersionCounts {
  rows: number;
  recorded: number;
  corrected: number;
  withdrawn: number;
  warnings: number;
}

export interface SubmissionAccepted extends FeedRef, VersionCounts {
  version: number;
  contentHash: string;
  fileName: string;
  format: 'csv' | 'xlsx' | 'jsonl';
  receivedAt: string;
  late: boolean;
  dueDate: string;
  /** How many FeedRowsChanged carry the difference (0 when nothing changed). */
  chunks: number;
  uploadedBy?: string;
}

export interface FeedRowsChanged extends FeedRef {
  version: number;
  chunk: number;
  chunks: number;
  changes: FeedRowChange[];
}

export interface SubmissionRejected extends FeedRef {
  contentHash: string;
  fileName: string;
  receivedAt: string;
  errors: number;
  warnings: number;
  uploadedBy?: string;
}

export type FeedEvent =
  | { type: 'SubmissionAccepted'; data: SubmissionAccepted }
  | { type: 'FeedRowsChanged'; data: FeedRowsChanged }
  | { type: 'SubmissionRejected'; data: SubmissionRejected };
