import { EventEnvelope, FeedRowChangeV1, FeedsEvents, PublishedFeedKind } from '@aftersales/integration-events';
import { randomUUID } from 'node:crypto';

/** A FeedRowsChanged envelope as dealer-feeds publishes it: one chunk of one accepted version. */
export function feedRowsChanged(dealerCode: string, period: string, kind: PublishedFeedKind, changes: FeedRowChangeV1[], acceptedAt: string, version = 1): EventEnvelope {
  const submissionId = `${dealerCode}-${period}-${kind}`;
  return {
    eventId: randomUUID(), type: FeedsEvents.FeedRowsChanged.type, schemaVersion: 1, streamType: 'feed', streamId: `feed-${submissionId}`, version: version + 1,
    dealerCode, occurredAt: acceptedAt, recordedAt: acceptedAt,
    data: { submissionId, dealerCode, period, kind, version, chunk: 1, chunks: 1, changes } as never,
    metadata: { correlationId: randomUUID(), causationId: null, actor: 'test-feed' },
  };
}
