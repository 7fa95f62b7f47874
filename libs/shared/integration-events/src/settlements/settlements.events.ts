import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { FUND_MODELS, FundModel } from '../contracts/agreement-terms.schema';
import { defineEvent } from '../registry';
import { IsCalendarDate } from '../calendar-date.validator';
import { DEALER_CODE } from '../contracts/contracts.events';

export const QUARTER = /^\d{4}Q[1-4]$/;

export class PaymentRecordedV1 {
  @IsString() @MinLength(1) @MaxLength(100) paymentId!: string;
  @Matches(DEALER_CODE) dealerCode!: string;
  @IsCalendarDate() receivedOn!: string;
  @IsInt() @Min(1) amountFen!: number;
  @Matches(QUARTER) quarter!: string;
  /** The agreement in force on receivedOn, and its fund terms, when the payment was recorded. */
  @IsInt() @Min(1) agreementVersion!: number;
  @IsIn(FUND_MODELS) fundModel!: FundModel;
  @IsOptional() @IsInt() @Min(0) @Max(10_000) fundRateBp?: number;
}

/** 第三條 1: the fund accrues a share of the quarter's payments, rounded once from the total. */
export class FundAccruedV1 {
  @Matches(DEALER_CODE) dealerCode!: string;
  @Matches(QUARTER) quarter!: string;
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

export const SettlementsEvents = {
  PaymentRecorded: defineEvent('settlements.PaymentRecorded', 1, PaymentRecordedV1),
  FundAccrued: defineEvent('settlements.FundAccrued', 1, FundAccruedV1),
} as const;
