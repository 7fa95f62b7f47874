import { exhaustive } from '@aftersales/event-sourcing';
import { AgreementFundTerms, FundEvent, Rating } from './fund.events';

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
  agreementVersions: readonly AgreementFundTerms[];
  /** Parts charged to the fund in the quarter (第三條 3), and the shipments already charged. */
  chargesFen: number;
  shipments: ReadonlySet<string>;
}

export const initialFundState = (): FundState => ({
  payments: new Map(), paymentsFen: 0n, weightedFenBp: 0n, accrualFen: 0, agreementVersions: [], chargesFen: 0, shipments: new Set(),
});

export function evolveFund(state: FundState, event: FundEvent): FundState {
  switch (event.type) {
    case 'FundAccrued': {
      const { paymentId, paymentFen, receivedOn, agreementVersion, fundModel, fundRateBp, accrualFen } = event.data;
      const payments = new Map(state.payments);
      payments.set(paymentId, { paymentId, paymentFen, receivedOn, rating: { agreementVersion, fundModel, fundRateBp } });
      const paymentsFen = state.paymentsFen + BigInt(paymentFen);
      return { ...state, payments, paymentsFen, weightedFenBp: state.weightedFenBp + BigInt(paymentFen) * BigInt(fundRateBp), accrualFen };
    }
    case 'FundReRated': {
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
    case 'FundTermsUpdated':
      return { ...state, agreementVersions: event.data.agreementVersions };
    case 'FundChargedForParts':
      return { ...state, chargesFen: event.data.chargesFen, shipments: new Set([...state.shipments, event.data.shipmentId]) };
    default:
      return exhaustive(event, 'fund event');
  }
}
