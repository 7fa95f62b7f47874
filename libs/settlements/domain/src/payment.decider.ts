import { conflict, Decider, exhaustive } from '@aftersales/event-sourcing';
import { FundModel } from './fund.events';

/** 回款 as settlements records it: with the agreement in force on the day it was received. */
export interface Payment {
  paymentId: string;
  dealerCode: string;
  receivedOn: string;
  amountFen: number;
  quarter: string;
  /** The agreement version in force on receivedOn when the payment was recorded, and its fund terms. */
  agreementVersion: number;
  fundModel: FundModel;
  fundRateBp?: number;
}

export type PaymentRecorded = { type: 'PaymentRecorded'; data: Payment };
export type PaymentEvent = PaymentRecorded;
export type RecordPayment = { type: 'RecordPayment'; data: Payment };
export type PaymentState = { recorded?: Payment };

export const paymentStreamId = (paymentId: string) => `payment-${paymentId}`;

/**
 * 回款 is recorded once per paymentId: the same payment again is answered as before, a
 * different payment under the same id is a conflict (HTTP 409), never a second payment.
 */
export const paymentDecider: Decider<RecordPayment, PaymentEvent, PaymentState> = {
  initialState: () => ({}),
  decide({ data }, state) {
    if (!state.recorded) return [{ type: 'PaymentRecorded', data: { ...data } }];
    if (samePayment(state.recorded, data)) return [];
    throw conflict(`payment ${data.paymentId} was already recorded with a different body`, 'paymentId');
  },
  evolve(_state, event) {
    switch (event.type) {
      case 'PaymentRecorded': return { recorded: event.data };
      default: return exhaustive(event.type, 'payment event');
    }
  },
};

function samePayment(a: Payment, b: Payment): boolean {
  return a.dealerCode === b.dealerCode && a.receivedOn === b.receivedOn && a.amountFen === b.amountFen;
}
