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
  /** What the fund was charged in the quarter (parts within the quota); absent in events written before charges existed: 0. */
  chargesFen?: number;
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

/** One line of a shipment the fund pays for: an in-warranty replacement, at the price of the shipping day. */
export interface ChargedLine { lineNo: number; code: string; quantity: number; amountFen: number }

/**
 * 第三條 3: the in-warranty parts of a shipment, charged to the fund while the quarter's parts
 * charges stay within round(partsQuotaBp × payments received by the shipping day / 10000); the
 * rest invoiced to the dealer at the price list, and so is an urgent carrier's freight difference.
 */
export type FundChargedForParts = {
  type: 'FundChargedForParts';
  data: {
    dealerCode: string; quarter: string; requisitionId: string; shipmentId: string; shippedOn: string;
    agreementVersion: number; fundModel: FundModel;
    /** revenue-share: the quota's share; per-unit: absent (the agreement sets no quota: the fund pays every in-warranty part). */
    partsQuotaBp?: number;
    /** The quarter's payments received by shippedOn, and the quota from them (revenue-share). */
    paymentsToDateFen: number;
    quotaFen?: number;
    lines: ChargedLine[];
    /** The in-warranty parts' value, what the fund pays of it, what is invoiced. */
    issuedFen: number; chargedFen: number; excessInvoicedFen: number;
    freightInvoicedFen: number;
    /** The quarter's totals after the charge. */
    paymentsFen: number; accrualFen: number; chargesFen: number;
  };
};

export type FundEvent = FundAccrued | FundReRated | FundTermsUpdated | FundChargedForParts;
