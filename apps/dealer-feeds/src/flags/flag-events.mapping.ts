import { EventCodec, exhaustive, UnknownEventType } from '@aftersales/event-sourcing';
import { FeedsEvents, FlagEvidenceV1, isPublishedAs, published } from '@aftersales/integration-events';
import { Evidence, FlagEvent } from '@aftersales/dealer-feeds-domain';

const { FlagRaised: RAISED, FlagCleared: CLEARED, FlagDismissed: DISMISSED } = FeedsEvents;

/** Published evidence is one flat shape; the domain's says which fields a feed row or a contracts fact has. */
function evidenceOf(e: FlagEvidenceV1, dealerCode: string): Evidence {
  const detail = e.detail !== undefined ? { detail: e.detail } : {};
  if (e.source === 'feed' && e.submissionId && e.version && e.kind && e.kind !== 'satisfaction' && e.kind !== 'opinions') {
    return { source: 'feed', dealerCode: e.dealerCode ?? dealerCode, submissionId: e.submissionId, version: e.version, kind: e.kind, key: e.key, ...detail };
  }
  return { source: 'contracts', key: e.key, ...detail };
}

/** A flag's events ↔ the published feeds.FlagRaised, FlagCleared and FlagDismissed (same fields on both sides). */
export const flagEvents: EventCodec<FlagEvent> = {
  toPublished(event) {
    switch (event.type) {
      case 'FlagRaised': return published(RAISED, event.data);
      case 'FlagCleared': return published(CLEARED, event.data);
      case 'FlagDismissed': return published(DISMISSED, event.data);
      default: return exhaustive(event, 'flag event');
    }
  },
  fromPublished(event): FlagEvent {
    if (isPublishedAs(RAISED, event)) return { type: 'FlagRaised', data: { ...event.data, evidence: event.data.evidence.map((e) => evidenceOf(e, event.data.dealerCode)) } };
    if (isPublishedAs(CLEARED, event)) return { type: 'FlagCleared', data: event.data };
    if (isPublishedAs(DISMISSED, event)) return { type: 'FlagDismissed', data: event.data };
    throw new UnknownEventType(event, 'flag');
  },
};
