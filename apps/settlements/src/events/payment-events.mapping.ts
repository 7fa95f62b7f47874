import { EventCodec, exhaustive, pickDefined, UnknownEventType } from '@aftersales/event-sourcing';
import { isPublishedAs, published, SettlementsEvents } from '@aftersales/integration-events';
import { PaymentEvent } from '@aftersales/settlements-domain';

const { PaymentRecorded } = SettlementsEvents;
/** The fields settlements.PaymentRecorded@1 publishes, each named (see pickDefined). */
const PAYMENT_FIELDS = ['paymentId', 'dealerCode', 'receivedOn', 'amountFen', 'quarter', 'agreementVersion', 'fundModel', 'fundRateBp'] as const;

/** A payment stream's events ↔ the published settlements.PaymentRecorded. */
export const paymentEvents: EventCodec<PaymentEvent> = {
  toPublished(event) {
    switch (event.type) {
      case 'PaymentRecorded': return published(PaymentRecorded, pickDefined(event.data, PAYMENT_FIELDS));
      default: return exhaustive(event.type, 'payment event');
    }
  },
  fromPublished(event) {
    if (isPublishedAs(PaymentRecorded, event)) return { type: 'PaymentRecorded', data: pickDefined(event.data, PAYMENT_FIELDS) };
    throw new UnknownEventType(event, 'payment');
  },
};
