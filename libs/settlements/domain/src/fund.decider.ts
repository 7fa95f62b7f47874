import { Decider } from '@aftersales/event-sourcing';
import { DataOf, SettlementsEvents } from '@aftersales/integration-events';
import { BASIS_POINTS_PER_UNIT, divideRoundHalfUp, toSafeFen } from '@aftersales/money';

export type FundEvent = { type: typeof SettlementsEvents.FundAccrued.type; data: DataOf<typeof SettlementsEvents.FundAccrued> };

/** The terms in force on the payment's date come in with the command (rule 1: pure deciders). */
export type AccruePayment = {
  type: 'AccruePayment';
  data: { dealerCode: string; quarter: string; paymentId: string; paymentFen: number; fundRateBp: number; agreementVersion: number };
};

export interface FundState {
  paymentIds: ReadonlySet<string>;
  paymentsFen: number;
  /** Σ rate × payment, exact (fen·bp): the accrual is rounded once from it, never summed from rounded parts. */
  weightedFenBp: bigint;
  accrualFen: number;
}

export const fundStreamId = (dealerCode: string, quarter: string) => `fund-${dealerCode}-${quarter}`;

/** 第三條 1: accrual(q) = round(fundRate × Σ payments(q)); a payment's rate is the one in force on its date. */
export const fundDecider: Decider<AccruePayment, FundEvent, FundState> = {
  initialState: () => ({ paymentIds: new Set(), paymentsFen: 0, weightedFenBp: 0n, accrualFen: 0 }),
  decide({ data }, state) {
    if (state.paymentIds.has(data.paymentId)) return []; // redelivered: counted once
    const weighted = state.weightedFenBp + BigInt(data.paymentFen) * BigInt(data.fundRateBp);
    const accrualFen = toSafeFen(divideRoundHalfUp(weighted, BASIS_POINTS_PER_UNIT));
    return [{
      type: SettlementsEvents.FundAccrued.type,
      data: {
        dealerCode: data.dealerCode,
        quarter: data.quarter,
        fundModel: 'revenue-share',
        paymentId: data.paymentId,
        paymentFen: data.paymentFen,
        fundRateBp: data.fundRateBp,
        agreementVersion: data.agreementVersion,
        paymentsFen: state.paymentsFen + data.paymentFen,
        accrualFen,
        accrualDeltaFen: accrualFen - state.accrualFen,
      },
    }];
  },
  evolve(state, { data }) {
    return {
      paymentIds: new Set([...state.paymentIds, data.paymentId]),
      paymentsFen: data.paymentsFen,
      weightedFenBp: state.weightedFenBp + BigInt(data.paymentFen) * BigInt(data.fundRateBp),
      accrualFen: data.accrualFen,
    };
  },
};
