import { RE_RATED_PAYMENTS_PER_EVENT } from '@aftersales/published-rules';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf,
  ValidateNested,
} from 'class-validator';
import { FUND_MODELS, FundModel } from '../contracts/agreement-terms.schema';
import { defineEvent, defineUpcaster } from '../registry';
import { IsCalendarDate, IsDealerCode, IsQuarter } from '../domain-rules.validator';

export class PaymentRecordedV1 {
  @IsString() @MinLength(1) @MaxLength(100) paymentId!: string;
  @IsDealerCode() dealerCode!: string;
  @IsCalendarDate() receivedOn!: string;
  @IsInt() @Min(1) amountFen!: number;
  @IsQuarter() quarter!: string;
  /** The agreement in force on receivedOn, and its fund terms, when the payment was recorded. */
  @IsInt() @Min(1) agreementVersion!: number;
  @IsIn(FUND_MODELS) fundModel!: FundModel;
  @IsOptional() @IsInt() @Min(0) @Max(10_000) fundRateBp?: number;
}

/** 第三條 1: the fund accrues a share of the quarter's payments, rounded once from the total. */
export class FundAccruedV1 {
  @IsDealerCode() dealerCode!: string;
  @IsQuarter() quarter!: string;
  @IsIn(['revenue-share']) fundModel!: 'revenue-share';
  @IsString() @MinLength(1) paymentId!: string;
  @IsInt() @Min(1) paymentFen!: number;
  @IsInt() @Min(0) @Max(10_000) fundRateBp!: number;
  @IsInt() @Min(1) agreementVersion!: number;
  /** Quarter totals after this payment. */
  @IsInt() @Min(0) paymentsFen!: number;
  @IsInt() @Min(0) accrualFen!: number;
  /** accrualFen minus the accrual before this payment (can be 0). */
  @IsInt() @Min(0) accrualDeltaFen!: number;
}

/**
 * A payment counted in its quarter's fund, at the agreement version and rate it was recorded
 * with (as PaymentRecorded says). Version 2 counts per-unit payments too (at rate 0: per-unit
 * payments accrue nothing) and keeps the payment's date, so a later version can re-rate it.
 */
export class FundAccruedV2 {
  @IsDealerCode() dealerCode!: string;
  @IsQuarter() quarter!: string;
  @IsString() @MinLength(1) paymentId!: string;
  @IsInt() @Min(1) paymentFen!: number;
  /** Absent only in events first written as version 1. */
  @IsOptional() @IsCalendarDate() receivedOn?: string;
  @IsInt() @Min(1) agreementVersion!: number;
  @IsIn(FUND_MODELS) fundModel!: FundModel;
  /** The rate applied to this payment: 0 under a per-unit version. */
  @IsInt() @Min(0) @Max(10_000) fundRateBp!: number;
  /** Quarter totals after this payment. */
  @IsInt() @Min(0) paymentsFen!: number;
  @IsInt() @Min(0) accrualFen!: number;
  /** accrualFen minus the accrual before this payment (can be 0). */
  @IsInt() @Min(0) accrualDeltaFen!: number;
  /** The quarter's parts charges (第三條 3), once there are any (added in place: older events hold none, 0). */
  @IsOptional() @IsInt() @Min(0) chargesFen?: number;
}

/** The fund terms of one agreement version, as the fund rates payments by them. */
export class AgreementFundTermsV1 {
  @IsInt() @Min(1) agreementVersion!: number;
  @IsCalendarDate() validFrom!: string;
  @IsCalendarDate() validTo!: string;
  @IsIn(FUND_MODELS) fundModel!: FundModel;
  @ValidateIf((t: AgreementFundTermsV1) => t.fundModel === 'revenue-share')
  @IsInt() @Min(0) @Max(10_000) fundRateBp?: number;
}

/** How one payment is rated: by an agreement version, or by none (then at rate 0). */
export class PaymentRatingV1 {
  /** Absent: no agreement is in force on the payment's date. */
  @IsOptional() @IsInt() @Min(1) agreementVersion?: number;
  @IsOptional() @IsIn(FUND_MODELS) fundModel?: FundModel;
  @IsInt() @Min(0) @Max(10_000) fundRateBp!: number;
}

export class ReRatedPaymentV1 {
  @IsString() @MinLength(1) paymentId!: string;
  @IsInt() @Min(1) paymentFen!: number;
  @IsCalendarDate() receivedOn!: string;
  @ValidateNested() @Type(() => PaymentRatingV1) from!: PaymentRatingV1;
  @ValidateNested() @Type(() => PaymentRatingV1) to!: PaymentRatingV1;
}

const MAX_VERSIONS = 1_000;

/**
 * A correction (docs/domain.md "Agreements and their versions"): agreement versions that reached settlements after
 * payments were counted change the rate of some of them. Names each payment's version before
 * and after; the totals are the quarter's after the correction, the accrual rounded once from
 * the exact Σ rate × payment.
 */
export class FundReRatedV1 {
  @IsDealerCode() dealerCode!: string;
  @IsQuarter() quarter!: string;
  /** Every agreement version of the dealer that the fund now rates its payments by. */
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_VERSIONS) @ValidateNested({ each: true }) @Type(() => AgreementFundTermsV1)
  agreementVersions!: AgreementFundTermsV1[];
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(RE_RATED_PAYMENTS_PER_EVENT) @ValidateNested({ each: true }) @Type(() => ReRatedPaymentV1)
  payments!: ReRatedPaymentV1[];
  @IsInt() @Min(0) paymentsFen!: number;
  @IsInt() @Min(0) accrualFen!: number;
  /** accrualFen minus the accrual before the correction: negative when the rate went down. */
  @IsInt() accrualDeltaFen!: number;
  /** The quarter's parts charges (第三條 3), once there are any (added in place: older events hold none, 0). */
  @IsOptional() @IsInt() @Min(0) chargesFen?: number;
}

/** Newer agreement versions reached the fund and changed no payment's rate: it rates by them from now on. */
export class FundTermsUpdatedV1 {
  @IsDealerCode() dealerCode!: string;
  @IsQuarter() quarter!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_VERSIONS) @ValidateNested({ each: true }) @Type(() => AgreementFundTermsV1)
  agreementVersions!: AgreementFundTermsV1[];
}

export class ChargedLineV1 {
  @IsInt() @Min(1) lineNo!: number;
  @IsString() @MinLength(1) @MaxLength(64) code!: string;
  @IsInt() @Min(1) quantity!: number;
  @IsInt() @Min(0) amountFen!: number;
}

/**
 * 第三條 3: a shipment's in-warranty parts charged to the fund within the parts quota
 * (round(partsQuotaBp × payments received by the shipping day / 10000)), the excess and an urgent
 * carrier's freight difference invoiced to the dealer. Names its source (requisition, shipment,
 * lines); the totals are the quarter's after it.
 */
export class FundChargedForPartsV1 {
  @IsDealerCode() dealerCode!: string;
  @IsQuarter() quarter!: string;
  @IsString() @MinLength(1) @MaxLength(100) requisitionId!: string;
  @IsString() @MinLength(1) @MaxLength(100) shipmentId!: string;
  @IsCalendarDate() shippedOn!: string;
  @IsInt() @Min(1) agreementVersion!: number;
  @IsIn(FUND_MODELS) fundModel!: FundModel;
  @IsOptional() @IsInt() @Min(0) @Max(10_000) partsQuotaBp?: number;
  @IsInt() @Min(0) paymentsToDateFen!: number;
  @IsOptional() @IsInt() @Min(0) quotaFen?: number;
  @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => ChargedLineV1) lines!: ChargedLineV1[];
  @IsInt() @Min(0) issuedFen!: number;
  @IsInt() @Min(0) chargedFen!: number;
  @IsInt() @Min(0) excessInvoicedFen!: number;
  @IsInt() @Min(0) freightInvoicedFen!: number;
  @IsInt() @Min(0) paymentsFen!: number;
  @IsInt() @Min(0) accrualFen!: number;
  @IsInt() @Min(0) chargesFen!: number;
}

defineEvent('settlements.FundAccrued', 1, FundAccruedV1);
// Version 1 data is valid version 2 data: a revenue-share payment, its date unknown.
defineUpcaster('settlements.FundAccrued', 1, (data) => data);

export const SettlementsEvents = {
  PaymentRecorded: defineEvent('settlements.PaymentRecorded', 1, PaymentRecordedV1),
  FundAccrued: defineEvent('settlements.FundAccrued', 2, FundAccruedV2),
  FundReRated: defineEvent('settlements.FundReRated', 1, FundReRatedV1),
  FundTermsUpdated: defineEvent('settlements.FundTermsUpdated', 1, FundTermsUpdatedV1),
  FundChargedForParts: defineEvent('settlements.FundChargedForParts', 1, FundChargedForPartsV1),
} as const;
