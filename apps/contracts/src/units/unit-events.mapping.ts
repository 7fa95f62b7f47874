import { UnitEvent } from '@aftersales/contracts-domain';
import { EventCodec, exhaustive, pickDefined, UnknownEventType } from '@aftersales/event-sourcing';
import { isPublishedAs, published, UnitEvents } from '@aftersales/integration-events';

const { UnitDelivered, UnitRegistered, RegistrationConflictFlagged } = UnitEvents;
const DELIVERY_FIELDS = ['serialNo', 'model', 'dealerCode', 'receivedOn', 'deliveryId'] as const;
const CARD_FIELDS = ['serialNo', 'model', 'dealerCode', 'cardNo', 'saleDate', 'customerName', 'customerPhone', 'subDealerCode', 'source', 'submissionId', 'late', 'receivedOn'] as const;
const CONFLICT_FIELDS = ['serialNo', 'dealerCode', 'conflict', 'cardNo', 'registeredCardNo', 'registeredDealerCode', 'saleDate'] as const;

/** A unit stream's events ↔ contracts.UnitDelivered, contracts.UnitRegistered, contracts.RegistrationConflictFlagged. */
export const unitEvents: EventCodec<UnitEvent> = {
  toPublished(event) {
    switch (event.type) {
      case 'UnitDelivered': return published(UnitDelivered, pickDefined(event.data, DELIVERY_FIELDS));
      case 'UnitRegistered': return published(UnitRegistered, pickDefined(event.data, CARD_FIELDS));
      case 'RegistrationConflictFlagged': return published(RegistrationConflictFlagged, pickDefined(event.data, CONFLICT_FIELDS));
      default: return exhaustive(event, 'unit event');
    }
  },
  fromPublished(event) {
    if (isPublishedAs(UnitDelivered, event)) return { type: 'UnitDelivered', data: pickDefined(event.data, DELIVERY_FIELDS) };
    if (isPublishedAs(UnitRegistered, event)) {
      // Cards registered before receivedOn was published count as received on their sale day.
      const data = pickDefined(event.data, CARD_FIELDS);
      return { type: 'UnitRegistered', data: { ...data, receivedOn: data.receivedOn ?? data.saleDate } };
    }
    if (isPublishedAs(RegistrationConflictFlagged, event)) return { type: 'RegistrationConflictFlagged', data: pickDefined(event.data, CONFLICT_FIELDS) };
    throw new UnknownEventType(event, 'unit');
  },
};
