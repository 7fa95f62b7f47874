import { conflict, Decider, exhaustive, invalid } from '@aftersales/event-sourcing';
import { AcceptVersion, FeedCommand, RecordChunks, RejectSubmission } from './feed.commands';
import type { FeedEvent, FeedRef } from './feed.events';

/** A version of the feed, and how many of its chunks are recorded. */
export interface FeedVersion {
  submissionId: string;
  version: number;
  contentHash: string;
  chunks: number;
  recorded: number;
}

export interface FeedState {
  /** The newest accepted version (0: none yet). */
  version: number;
  versions: readonly FeedVersion[];
  rejected: readonly string[];
}

export const feedStreamId = (feed: Pick<FeedRef, 'dealerCode' | 'period' | 'kind'>) => `feed-${feed.dealerCode}-${feed.period}-${feed.kind}`;

/** The newest version while it still lacks chunks: no other version may start before it is whole. */
export function unfinished(state: FeedState): FeedVersion | undefined {
  const last = state.versions[state.versions.length - 1];
  return last && last.recorded < last.chunks ? last : undefined;
}

function accept({ submission, baseVersion }: AcceptVersion, state: FeedState): FeedEvent[] {
  if (state.versions.some((v) => v.submissionId === submission.submissionId)) return [];
  const open = unfinished(state);
  if (open) throw conflict(`version ${open.version} of ${feedStreamId(submission)} is still being recorded; retry`, 'file');
  if (baseVersion !== state.version) {
    throw conflict(`version ${state.version} of ${feedStreamId(submission)} was accepted while this file was read; send it again`, 'file');
  }
  return [{ type: 'SubmissionAccepted', data: { ...submission, version: state.version + 1 } }];
}

/** Chunks come 1..chunks in order; those already recorded are skipped, so a resumed append completes the version once. */
function recordChunks({ feed, version, chunks }: RecordChunks, state: FeedState): FeedEvent[] {
  const { submissionId } = feed;
  const target = state.versions.find((v) => v.submissionId === submissionId && v.version === version);
  if (!target) throw invalid(`version ${version} of submission ${submissionId} was never accepted`, 'version');
  const events: FeedEvent[] = [];
  let next = target.recorded + 1;
  for (const { chunk, changes } of chunks) {
    if (chunk < next) continue;
    if (chunk > target.chunks) throw invalid(`chunk ${chunk} is past version ${version}'s ${target.chunks} chunks`, 'chunk');
    if (chunk !== next) throw invalid(`chunk ${chunk} cannot follow chunk ${next - 1}`, 'chunk');
    events.push({ type: 'FeedRowsChanged', data: { ...feed, version, chunk, chunks: target.chunks, changes } });
    next += 1;
  }
  return events;
}

function reject({ submission }: RejectSubmission, state: FeedState): FeedEvent[] {
  return state.rejected.includes(submission.submissionId) ? [] : [{ type: 'SubmissionRejected', data: submission }];
}

/**
 * A feed is the stream `feed-<dealer>-<period>-<kind>` (docs/feeds.md "Submissions"): each accepted
 * version is one SubmissionAccepted and then exactly `chunks` FeedRowsChanged, in order; a rejected
 * file is one SubmissionRejected and changes nothing else.
 */
export const feedDecider: Decider<FeedCommand, FeedEvent, FeedState> = {
  initialState: () => ({ version: 0, versions: [], rejected: [] }),
  decide(command, state) {
    if (command instanceof AcceptVersion) return accept(command, state);
    if (command instanceof RecordChunks) return recordChunks(command, state);
    if (command instanceof RejectSubmission) return reject(command, state);
    return exhaustive(command, 'feed command');
  },
  evolve(state, event) {
    switch (event.type) {
      case 'SubmissionAccepted': {
        const { submissionId, version, contentHash, chunks } = event.data;
        return { ...state, version, versions: [...state.versions, { submissionId, version, contentHash, chunks, recorded: 0 }] };
      }
      case 'FeedRowsChanged': {
        const { version, chunk } = event.data;
        return { ...state, versions: state.versions.map((v) => (v.version === version ? { ...v, recorded: Math.max(v.recorded, chunk) } : v)) };
      }
      case 'SubmissionRejected': {
        return { ...state, rejected: [...state.rejected, event.data.submissionId] };
      }
      default: return exhaustive(event, 'feed event');
    }
  },
};
