import { DeadlineEvent } from '@aftersales/dealer-feeds-domain';
import { EventCodec, exhaustive, UnknownEventType } from '@aftersales/event-sourcing';
import { FeedsEvents, isPublishedAs, published } from '@aftersales/integration-events';

/** A deadline stream's events ↔ the published feeds.FeedOverdue. */
export const deadlineEvents: EventCodec<DeadlineEvent> = {
  toPublished(event) {
    switch (event.type) {
      case 'FeedOverdue': return published(FeedsEvents.FeedOverdue, { ...event.data });
      default: return exhaustive(event.type, 'deadline event');
    }
  },
  fromPublished(event) {
    if (isPublishedAs(FeedsEvents.FeedOverdue, event)) return { type: 'FeedOverdue', data: { ...event.data } };
    throw new UnknownEventType(event, 'deadline');
  },
};
