import { AgreementFundTermsV1, DataOf, SettlementsEvents } from '@aftersales/integration-events';
import { Rating } from './fund-rating';

type Accrued = { type: typeof SettlementsEvents.FundAccrued.type; data: DataOf<typeof SettlementsEvents.FundAccrued> };
type ReRated = { type: typeof SettlementsEvents.FundReRated.type; data: DataOf<typeof SettlementsEvents.FundReRated> };
type TermsUpdated = { type: typeof SettlementsEvents.FundTermsUpdated.type; data: DataOf<typeof SettlementsEvents.FundTermsUpdated> };
export type FundEvent = Accrued | ReRated | TermsUpdated;

/** A payment the quarter's fund counts, with its date (to re-rate it) and its current rating. */
export interface CountedPayment {
  paymentId: string;
  paymentFen: number;
  /** Absent only for payments counted by FundAccrued version 1: they keep their rating. */
  receivedOn?: string;
  rating: Rating;
}

export interface FundState {
  payments: ReadonlyMap<string, CountedPayment>;
  /** Σ payments, exact: a total a number cannot hold exactly is refused, never rounded. */
  paymentsFen: bigint;
  /** Σ rate × payment, exact (fen·bp): the accrual is rounded once from it, never summed from rounded parts. */
  weightedFenBp: bigint;
  accrualFen: number;
  /** The dealer's agreement versions the fund rates by ([] until a version reached it after a payment). */
  agreementVersions: readonly AgreementFundTermsV1[];
}

export const initialFundState = (): FundState => ({
  payments: new Map(), paymentsFen: 0n, weightedFenBp: 0n, accrualFen: 0, agreementVersions: [],
});

export function evolveFund(state: FundState, event: FundEvent): FundState {
  switch (event.type) {
    case SettlementsEvents.FundAccrued.type: {
      const { paymentId, paymentFen, receivedOn, agreementVersion, fundModel, fundRateBp, accrualFen } = event.data;
      const payments = new Map(state.payments);
      payments.set(paymentId, { paymentId, paymentFen, receivedOn, rating: { agreementVersion, fundModel, fundRateBp } });
      const paymentsFen = state.paymentsFen + BigInt(paymentFen);
      return { ...state, payments, paymentsFen, weightedFenBp: state.weightedFenBp + BigInt(paymentFen) * BigInt(fundRateBp), accrualFen };
    }
    case SettlementsEvents.FundReRated.type: {
      const payments = new Map(state.payments);
      let weightedFenBp = state.weightedFenBp;
      for (const { paymentId, to } of event.data.payments) {
        const counted = payments.get(paymentId);
        if (!counted) continue; // unreachable: a correction names only payments the fund counts
        weightedFenBp += BigInt(counted.paymentFen) * BigInt(to.fundRateBp - counted.rating.fundRateBp);
        payments.set(paymentId, { ...counted, rating: to });
      }
      return { ...state, payments, weightedFenBp, accrualFen: event.data.accrualFen, agreementVersions: event.data.agreementVersions };
    }
    case SettlementsEvents.FundTermsUpdated.type:
      return { ...state, agreementVersions: event.data.agreementVersions };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}
