import type { components } from '../../api/schema';

/**
 * The dealer-feeds API's answers as the pages read them (docs/feeds.md "Submissions"): the types
 * generated from the gateway's document (schema.d.ts), and the row form the rows table reads.
 */
type Schemas = components['schemas'];

export const FEED_KINDS = ['repairs', 'parts', 'sales', 'warranty-cards', 'satisfaction', 'opinions'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];
export type RowChange = 'recorded' | 'corrected' | 'withdrawn';

/** A problem of a feed file, placed in it: row as Excel numbers it (0: the whole file), the dealer's header, the value as typed. */
export type FeedProblem = Schemas['FeedProblemResponse'];
/** One accepted version of a dealer × period × kind feed. */
export type AcceptedSubmission = Schemas['AcceptedSubmissionResponse'];
export type AcceptedUpload = Schemas['UploadAcceptedResponse'];
export type RejectedUpload = Schemas['UploadRejectedResponse'];
export type UploadResult = AcceptedUpload | RejectedUpload;
export type UploadProgress = Schemas['UploadProgressResponse'];
/** A submission as the list shows it: accepted (with its version) or rejected. */
export type SubmissionSummary = Schemas['SubmissionItemResponse'];
/** One submission with every version and rejected attempt of its feed (dealer × period × kind), in order. */
export type SubmissionDetail = Schemas['SubmissionDetailResponse'];

/** A row as published: dates YYYY-MM-DD, instants ISO UTC, money fen, yes/no booleans (feeds.events.ts PublishedRow). */
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
