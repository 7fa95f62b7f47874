import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../domain-rules.validator';
import { NestedList, NestedObject } from '../nested.validator';
import { IsText } from '../text.validator';
import { IsTimeZone } from '../time-zone.validator';

/** The terms of one agreement version (docs/domain.md "Agreements and their versions"), as published. */
export const FUND_MODELS = ['revenue-share', 'per-unit'] as const;
export type FundModel = (typeof FUND_MODELS)[number];
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const FEN = { message: ({ property }: { property: string }) => `${property} must be an integer number of fen` };

export class WarrantyOverrideV1 {
  @IsText(100) component!: string;
  @IsInt() @Min(0) @Max(120) months!: number;
}

export class WarrantyPolicyV1 {
  /** 保修一年: months from the sale to the customer. */
  @IsInt() @Min(0) @Max(120) defaultMonths!: number;
  @IsInt() @Min(0) @Max(120) newSparePartsMonths!: number;
  /** e.g. 列印頭 3 months. */
  @NestedList(() => WarrantyOverrideV1, 200)
  componentOverrides!: WarrantyOverrideV1[];
  /** Categories with no warranty at all: used parts, consumables (toner, ribbon, ink). */
  @IsArray() @ArrayMaxSize(50) @IsText(100, { each: true }) excludedCategories!: string[];
}

export class ReturnWindowsV1 {
  /** 第五條 2: 開箱不良 within this many days of the dealer's receipt. */
  @IsInt() @Min(0) @Max(365) doaWindowDays!: number;
  /** 第五條 3: 品質不良 within this many days of the sale to the customer. */
  @IsInt() @Min(0) @Max(365) qualityWindowDays!: number;
}

export class ArrivalHoursV1 {
  @IsInt() @Min(1) @Max(720) local!: number;
  @IsInt() @Min(1) @Max(720) near!: number;
  @IsInt() @Min(1) @Max(720) far!: number;
}

export class ServiceLevelsV1 {
  @IsInt() @Min(1) @Max(10_080) firstResponseMinutes!: number;
  @IsInt() @Min(1) @Max(720) resolutionWorkingHours!: number;
  @IsInt() @Min(1) @Max(90) complexResolutionWorkingDays!: number;
  @NestedObject(() => ArrivalHoursV1) arrivalHours!: ArrivalHoursV1;
  @IsInt() @Min(1) @Max(90) loanerAfterWorkingDays!: number;
  @IsInt() @Min(1) @Max(365) loanerMaxDays!: number;
}

export class WorkingCalendarV1 {
  /** ISO weekdays, 1 = Monday. */
  @IsArray() @ArrayMaxSize(7) @IsInt({ each: true }) @Min(1, { each: true }) @Max(7, { each: true })
  workingDays!: number[];
  @Matches(CLOCK, { message: 'dayStart must be HH:mm' }) dayStart!: string;
  @Matches(CLOCK, { message: 'dayEnd must be HH:mm' }) dayEnd!: string;
  @IsArray() @ArrayMaxSize(400) @IsCalendarDate({ each: true })
  holidays!: string[];
  /** 調休: weekend days that are working days. */
  @IsArray() @ArrayMaxSize(400) @IsCalendarDate({ each: true })
  adjustedWorkingDays!: string[];
  @IsTimeZone() timeZone!: string;
}

export class ReportingTermsV1 {
  /** Monthly feeds are due by this day of the next month. */
  @IsInt() @Min(1) @Max(28) feedDueDay!: number;
  /** The assessment result reaches the dealer by this day (second agreement 五 3). */
  @IsInt() @Min(1) @Max(28) assessmentDueDay!: number;
}

export class TrainingTermsV1 {
  @IsInt() @Min(0) @Max(1000) freeTrainingPlaces!: number;
  @IsInt() @Min(0) @Max(365) maxTrainingDays!: number;
}

/** Absent from the versions signed before it existed: DEFAULT_SHIPPING_DAYS then. */
export class LogisticsTermsV1 {
  @IsInt() @Min(0) @Max(90) shippingDays!: number;
}

export class FeeItemV1 {
  @IsText(100) operation!: string;
  // Fen are exact integers: past 2^53−1 a number no longer holds every whole fen.
  @IsInt(FEN) @Min(0) @Max(Number.MAX_SAFE_INTEGER) feeFen!: number;
  /** How many times the operation is free before the fee applies. */
  @IsInt() @Min(0) @Max(1000) freeQuota!: number;
}

export class ServiceOrganisationV1 {
  @IsOptional() @IsText(300) address?: string;
  @IsOptional() @IsText(50) hotline?: string;
  @IsOptional() @IsText(100) serviceManager?: string;
  @IsArray() @ArrayMaxSize(500) @IsText(100, { each: true }) technicians!: string[];
}

export class AgreementTermsV1 {
  @IsIn(FUND_MODELS) fundModel!: FundModel;
  /** revenue-share: basis points of the quarter's payments (第三條 1). */
  @ValidateIf((t: AgreementTermsV1) => t.fundModel === 'revenue-share')
  @IsInt() @Min(0) @Max(10_000) fundRateBp?: number;
  /** revenue-share: parts supplied directly while within this share of payments (第三條 3). */
  @ValidateIf((t: AgreementTermsV1) => t.fundModel === 'revenue-share')
  @IsInt() @Min(0) @Max(10_000) partsQuotaBp?: number;
  @ValidateIf((t: AgreementTermsV1) => t.fundModel === 'revenue-share')
  @IsBoolean() carryAcrossYear?: boolean;
  /** per-unit: fen per unit registered by a returned warranty card (聖寶龍 七/八). */
  @ValidateIf((t: AgreementTermsV1) => t.fundModel === 'per-unit')
  @IsInt(FEN) @Min(0) @Max(Number.MAX_SAFE_INTEGER) allowancePerUnitFen?: number;
  @IsArray() @ArrayMaxSize(500) @IsText(100, { each: true }) territory!: string[];
  @IsInt() @Min(0) @Max(365) noticeDays!: number;
  @NestedObject(() => ServiceOrganisationV1) serviceOrganisation!: ServiceOrganisationV1;
  @NestedObject(() => WarrantyPolicyV1) warranty!: WarrantyPolicyV1;
  @NestedObject(() => ReturnWindowsV1) returns!: ReturnWindowsV1;
  @NestedObject(() => ServiceLevelsV1) serviceLevels!: ServiceLevelsV1;
  @NestedObject(() => WorkingCalendarV1) calendar!: WorkingCalendarV1;
  @NestedObject(() => ReportingTermsV1) reporting!: ReportingTermsV1;
  @NestedObject(() => TrainingTermsV1) training!: TrainingTermsV1;
  @IsOptional() @NestedObject(() => LogisticsTermsV1) logistics?: LogisticsTermsV1;
  @NestedList(() => FeeItemV1, 200) feeSchedule!: FeeItemV1[];
}
