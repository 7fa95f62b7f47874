import { quarterOf } from '@aftersales/calendar';
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
/**
 * The use case's one command: the payment as the finance system reports it. The controller
 * builds it from the request, the CommandBus carries it as it is (the app's
 * `@CommandHandler(RecordPayment)` marks the class), and the decider takes it unchanged.
 */
export class RecordPayment {
  constructor(
    readonly paymentId: string,
    readonly dealerCode: string,
    /** The dealer's date the payment was received on (YYYY-MM-DD). */
    readonly receivedOn: string,
    readonly amountFen: number,
  ) {}
}

/** What the handler looked up for the payment: the agreement version in force on receivedOn. */
export interface PaymentFacts {
  termsInForce: { agreementVersion: number; fundModel: FundModel; fundRateBp?: number };
}

export type PaymentState = { recorded?: Payment };

export const paymentStreamId = (paymentId: string) => `payment-${paymentId}`;

/**
 * 回款 is recorded once per paymentId, in the quarter of receivedOn, with the terms in force
 * that day: the same payment again is answered as before, a different payment under the same
 * id is a conflict (HTTP 409), never a second payment.
 */
export const paymentDecider: Decider<RecordPayment, PaymentEvent, PaymentState, PaymentFacts> = {
  initialState: () => ({}),
  decide(command, state, { termsInForce }) {
    if (!state.recorded) return [{ type: 'PaymentRecorded', data: paymentUnder(command, termsInForce) }];
    if (samePayment(state.recorded, command)) return [];
    throw conflict(`payment ${command.paymentId} was already recorded with a different body`, 'paymentId');
  },
  evolve(_state, event) {
    switch (event.type) {
      case 'PaymentRecorded': return { recorded: event.data };
      default: return exhaustive(event.type, 'payment event');
    }
  },
};

function paymentUnder(
  { paymentId, dealerCode, receivedOn, amountFen }: RecordPayment, terms: PaymentFacts['termsInForce'],
): Payment {
  return {
    paymentId, dealerCode, receivedOn, amountFen, quarter: quarterOf(receivedOn),
    agreementVersion: terms.agreementVersion, fundModel: terms.fundModel,
    ...(terms.fundModel === 'revenue-share' ? { fundRateBp: terms.fundRateBp } : {}),
  };
}

function samePayment(a: Payment, b: RecordPayment): boolean {
  return a.dealerCode === b.dealerCode && a.receivedOn === b.receivedOn && a.amountFen === b.amountFen;
}
