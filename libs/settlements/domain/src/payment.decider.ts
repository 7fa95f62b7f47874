import { conflict, Decider } from '@aftersales/event-sourcing';
import { DataOf, PaymentRecordedV1, SettlementsEvents } from '@aftersales/integration-events';

export type PaymentEvent = { type: typeof SettlementsEvents.PaymentRecorded.type; data: DataOf<typeof SettlementsEvents.PaymentRecorded> };
export type RecordPayment = { type: 'RecordPayment'; data: PaymentRecordedV1 };
export type PaymentState = { recorded?: PaymentRecordedV1 };

export const paymentStreamId = (paymentId: string) => `payment-${paymentId}`;

/**
 * 回款 is recorded once per paymentId: the same payment again is answered as before, a
 * different payment under the same id is a conflict (HTTP 409), never a second payment.
 */
export const paymentDecider: Decider<RecordPayment, PaymentEvent, PaymentState> = {
  initialState: () => ({}),
  decide({ data }, state) {
    if (!state.recorded) return [{ type: SettlementsEvents.PaymentRecorded.type, data: { ...data } }];
    if (samePayment(state.recorded, data)) return [];
    throw conflict(`payment ${data.paymentId} was already recorded with a different body`, 'paymentId');
  },
  evolve: (_state, event) => ({ recorded: event.data }),
};

function samePayment(a: PaymentRecordedV1, b: PaymentRecordedV1): boolean {
  return a.dealerCode === b.dealerCode && a.receivedOn === b.receivedOn && a.amountFen === b.amountFen;
}
