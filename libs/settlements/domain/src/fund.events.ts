/**
 * The fund's own events and the values they carry: the settlements domain's language. They
 * are mapped to the published schemas (settlements.Fund*) at the service's edge, so either may
 * change without the other.
 */

/** How an agreement funds repairs: a share of payments (第三條 1) or an allowance per unit (聖寶龍 七/八). */
export type FundModel = 'revenue-share' | 'per-unit';

/** The fund terms of one agreement version, as the fund rates payments by them. */
export interface AgreementFundTerms {
  agreementVersion: number;
  validFrom: string;
  validTo: string;
  fundModel: FundModel;
  /** revenue-share only: basis points of each payment. */
  fundRateBp?: number;
}

/** How a payment is rated: the agreement version in force on its date, or none (then at rate 0). */
export interface Rating {
  agreementVersion?: number;
  fundModel?: FundModel;
  fundRateBp: number;
}

/** One payment a correction re-rates, from one rating to another. */
export interface ReRatedPayment {
  paymentId: string;
  paymentFen: number;
  receivedOn: string;
  from: Rating;
  to: Rating;
}

/** The quarter's totals after an event: payments, and the accrual rounded once from their exact Σ rate × payment. */
interface FundTotals {
  paymentsFen: number;
  accrualFen: number;
  /** accrualFen minus the accrual before the event: negative when a correction lowers the rate. */
  accrualDeltaFen: number;
}

/** A payment counted in its quarter's fund at the rating it was recorded with. */
export type FundAccrued = {
  type: 'FundAccrued';
  data: FundTotals & {
    dealerCode: string; quarter: string; paymentId: string; paymentFen: number;
    /** Absent only for payments counted before dates were kept: they keep their rating. */
    receivedOn?: string;
    agreementVersion: number; fundModel: FundModel;
    /** The rate applied: 0 under a per-unit version. */
    fundRateBp: number;
  };
};

/** Versions that reached the fund after payments were counted re-rate some of them. */
export type FundReRated = {
  type: 'FundReRated';
  data: FundTotals & { dealerCode: string; quarter: string; agreementVersions: AgreementFundTerms[]; payments: ReRatedPayment[] };
};

/** Newer versions reached the fund and changed no payment's rating: it rates by them from now on. */
export type FundTermsUpdated = {
  type: 'FundTermsUpdated';
  data: { dealerCode: string; quarter: string; agreementVersions: AgreementFundTerms[] };
};

export type FundEvent = FundAccrued | FundReRated | FundTermsUpdated;
