import { FeedEvent } from '@aftersales/dealer-feeds-domain';
import { EventCodec, exhaustive, pickDefined, UnknownEventType } from '@aftersales/event-sourcing';
import { FeedsEvents, isPublishedAs, published } from '@aftersales/integration-events';

const { SubmissionAccepted: ACCEPTED, FeedRowsChanged: CHANGED, SubmissionRejected: REJECTED } = FeedsEvents;

// The fields each published schema holds, each named (see pickDefined).
const REF = ['submissionId', 'dealerCode', 'period', 'kind'] as const;
const ACCEPTED_FIELDS = [
  ...REF, 'version', 'contentHash', 'fileName', 'format', 'receivedAt', 'late', 'dueDate', 'rows', 'recorded', 'corrected', 'withdrawn',
  'warnings', 'chunks', 'uploadedBy',
] as const;
const CHANGED_FIELDS = [...REF, 'version', 'chunk', 'chunks', 'changes'] as const;
const REJECTED_FIELDS = [...REF, 'contentHash', 'fileName', 'receivedAt', 'errors', 'warnings', 'uploadedBy'] as const;

/** A feed's events ↔ the published feeds.SubmissionAccepted, FeedRowsChanged and SubmissionRejected. */
export const feedEvents: EventCodec<FeedEvent> = {
  toPublished(event) {
    switch (event.type) {
      case 'SubmissionAccepted': return published(ACCEPTED, pickDefined(event.data, ACCEPTED_FIELDS));
      case 'FeedRowsChanged': return published(CHANGED, pickDefined(event.data, CHANGED_FIELDS));
      case 'SubmissionRejected': return published(REJECTED, pickDefined(event.data, REJECTED_FIELDS));
      default: return exhaustive(event, 'feed event');
    }
  },
  fromPublished(event): FeedEvent {
    if (isPublishedAs(ACCEPTED, event)) return { type: 'SubmissionAccepted', data: pickDefined(event.data, ACCEPTED_FIELDS) };
    // Read without its rows (FeedStreams loads the stream's headers only): the decider needs the chunk numbers.
    if (isPublishedAs(CHANGED, event)) return { type: 'FeedRowsChanged', data: { ...pickDefined(event.data, CHANGED_FIELDS), changes: event.data.changes ?? [] } };
    if (isPublishedAs(REJECTED, event)) return { type: 'SubmissionRejected', data: pickDefined(event.data, REJECTED_FIELDS) };
    throw new UnknownEventType(event, 'feed');
  },
};
