import type { FeedRef, FeedRowChange, SubmissionAccepted, SubmissionRejected } from './feed.events';

/**
 * Accept a file's section as the feed's next version. `baseVersion` is the version its rows were
 * compared with (0 for the first): when another version was accepted meanwhile, the difference
 * is stale and the command is refused.
 */
export class AcceptVersion {
  constructor(readonly submission: Omit<SubmissionAccepted, 'version'>, readonly baseVersion: number) {}
}

/** Record the next chunks of a version's difference, in order (a retry of recorded chunks does nothing). */
export class RecordChunks {
  constructor(readonly feed: FeedRef, readonly version: number, readonly chunks: readonly { chunk: number; changes: FeedRowChange[] }[]) {}
}

/** Record that a file was refused whole: nothing of it is applied. */
export class RejectSubmission {
  constructor(readonly submission: SubmissionRejected) {}
}

export type FeedCommand = AcceptVersion | RecordChunks | RejectSubmission;
