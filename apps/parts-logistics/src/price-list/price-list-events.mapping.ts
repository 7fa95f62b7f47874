import { EventCodec, exhaustive, UnknownEventType } from '@aftersales/event-sourcing';
import { checkedPublished, isPublishedAs, PartsEvents } from '@aftersales/integration-events';
import { PriceListEvent } from '@aftersales/parts-logistics-domain';

const { PriceListRevised } = PartsEvents;

/** The price-list stream's events ↔ the published parts.PriceListRevised (the same fields). */
export const priceListEvents: EventCodec<PriceListEvent> = {
  toPublished(event) {
    switch (event.type) {
      case 'PriceListRevised': return checkedPublished(PriceListRevised, event.data);
      default: return exhaustive(event.type, 'price-list event');
    }
  },
  fromPublished(event) {
    if (isPublishedAs(PriceListRevised, event)) return { type: 'PriceListRevised', data: event.data as never };
    throw new UnknownEventType(event, 'price list');
  },
};
