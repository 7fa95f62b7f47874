import { DealerEvent } from '@aftersales/contracts-domain';
import { EventCodec, exhaustive, pickDefined, UnknownEventType } from '@aftersales/event-sourcing';
import { ContractsEvents, isPublishedAs, published } from '@aftersales/integration-events';

const { DealerRegistered } = ContractsEvents;
/** The fields contracts.DealerRegistered@1 publishes, each named (see pickDefined). */
const DEALER_FIELDS = ['code', 'name', 'region', 'serviceClass', 'parentDealerCode', 'address', 'hotline', 'timeZone'] as const;

/** A dealer stream's events ↔ the published contracts.DealerRegistered. */
export const dealerEvents: EventCodec<DealerEvent> = {
  toPublished(event) {
    switch (event.type) {
      case 'DealerRegistered': return published(DealerRegistered, pickDefined(event.data, DEALER_FIELDS));
      default: return exhaustive(event.type, 'dealer event');
    }
  },
  fromPublished(event) {
    if (isPublishedAs(DealerRegistered, event)) return { type: 'DealerRegistered', data: pickDefined(event.data, DEALER_FIELDS) };
    throw new UnknownEventType(event, 'dealer');
  },
};
