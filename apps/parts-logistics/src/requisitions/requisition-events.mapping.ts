import { DomainEvent, EventCodec, UnknownEventType } from '@aftersales/event-sourcing';
import { checkedPublished, EventDefinition, isPublishedAs, PartsEvents } from '@aftersales/integration-events';
import { RequisitionEvent } from '@aftersales/parts-logistics-domain';

const E = PartsEvents;
const DEFINITIONS: { [T in RequisitionEvent['type']]: EventDefinition } = {
  RequisitionSubmitted: E.RequisitionSubmitted, RequisitionReviewed: E.RequisitionReviewed, RequisitionPaid: E.RequisitionPaid,
  ReplacementsChecked: E.ReplacementsChecked, PartsShipped: E.PartsShipped, ShipmentReceived: E.ShipmentReceived,
};
const BY_TYPE = Object.entries(DEFINITIONS) as [RequisitionEvent['type'], EventDefinition][];

/**
 * A requisition stream's events are published as they are decided: each domain event's data is
 * its published schema's (parts/requisition.events.ts), so the codec maps names, and checks each
 * event against its schema before it is stored (checkedPublished).
 */
export const requisitionEvents: EventCodec<RequisitionEvent> = {
  toPublished: (event: DomainEvent) => checkedPublished(DEFINITIONS[event.type as RequisitionEvent['type']], event.data),
  fromPublished(event) {
    const found = BY_TYPE.find(([, definition]) => isPublishedAs(definition, event));
    if (!found) throw new UnknownEventType(event, 'requisition');
    return { type: found[0], data: event.data } as RequisitionEvent;
  },
};
