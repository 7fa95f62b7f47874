import { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FUND_MODELS, FundModel, IsText } from '@aftersales/integration-events';
import { CalendarDateField, IntegerField, textItemSchema } from '@aftersales/service-kit';
import { IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, Max, Min, ValidateIf } from 'class-validator';
import {
  FeeItemRequest, ReportingTermsRequest, ReturnWindowsRequest, ServiceLevelsRequest, ServiceOrganisationRequest,
  LogisticsTermsRequest, TrainingTermsRequest, WarrantyPolicyRequest, WorkingCalendarRequest,
} from './agreement-terms.request';

const isRevenueShare = (r: SignAgreementRequest) => r.fundModel === 'revenue-share';
const isPerUnit = (r: SignAgreementRequest) => r.fundModel === 'per-unit';
const section = (type: Type<unknown>, description: string) =>
  ApiPropertyOptional({ type, nullable: true, description: `${description}. Optional; any field left out takes the default (README "Agreement terms")` });

/** What every agreement may state besides its fund model; validated here, sections after the defaults are filled in. */
export class AgreementCommonRequest {
  @CalendarDateField({ example: '2026-01-01' }) validFrom!: string;
  @CalendarDateField({ example: '2026-12-31', description: 'On or after validFrom (else 422)' }) validTo!: string;

  @ApiPropertyOptional({ type: 'array', maxItems: 500, items: textItemSchema(100), nullable: true })
  @IsOptional() @IsArray() @IsText(100, { each: true })
  territory?: string[];

  @IntegerField({ optional: true, minimum: 0, maximum: 365, default: 7 }) noticeDays?: number;
  @section(ServiceOrganisationRequest, 'Who serves the dealer') @IsOptional() @IsObject() serviceOrganisation?: Record<string, unknown>;
  @section(WarrantyPolicyRequest, 'Warranty periods') @IsOptional() @IsObject() warranty?: Record<string, unknown>;
  @section(ReturnWindowsRequest, 'Return windows') @IsOptional() @IsObject() returns?: Record<string, unknown>;
  @section(ServiceLevelsRequest, 'Service levels') @IsOptional() @IsObject() serviceLevels?: Record<string, unknown>;
  @section(WorkingCalendarRequest, 'The working calendar') @IsOptional() @IsObject() calendar?: Record<string, unknown>;
  @section(ReportingTermsRequest, 'Reporting deadlines') @IsOptional() @IsObject() reporting?: Record<string, unknown>;
  @section(TrainingTermsRequest, 'Training') @IsOptional() @IsObject() training?: Record<string, unknown>;
  @section(LogisticsTermsRequest, 'Parts logistics: approved parts ship within shippingDays calendar days (default 3)') @IsOptional() @IsObject() logistics?: Record<string, unknown>;

  @ApiPropertyOptional({ type: [FeeItemRequest], maxItems: 200, nullable: true, description: 'Replaces the default fee schedule whole' })
  @IsOptional() @IsArray() @IsObject({ each: true })
  feeSchedule?: Record<string, unknown>[];
}

/**
 * The body the service validates: the fund model and its terms are required, the other
 * model's terms refused. The document shows it as the two variants below (oneOf on fundModel).
 */
export class SignAgreementRequest extends AgreementCommonRequest {
  @IsIn(FUND_MODELS, { message: `fundModel must be one of ${FUND_MODELS.join(', ')}` })
  fundModel!: FundModel;

  @ValidateIf(isRevenueShare) @IsInt() @Min(0) @Max(10_000) fundRateBp?: number;
  @ValidateIf(isRevenueShare) @IsInt() @Min(0) @Max(10_000) partsQuotaBp?: number;
  @ValidateIf(isRevenueShare) @IsBoolean() carryAcrossYear?: boolean;
  @ValidateIf(isPerUnit) @IsInt({ message: 'allowancePerUnitFen must be an integer number of fen' }) @Min(0) @Max(Number.MAX_SAFE_INTEGER)
  allowancePerUnitFen?: number;
}

/** A revenue-share agreement, as the document shows it (SignAgreementRequest validates it). */
export class RevenueShareAgreementRequest extends AgreementCommonRequest {
  @ApiProperty({ enum: ['revenue-share'] }) fundModel!: 'revenue-share';
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10_000, example: 300, description: 'Basis points of quarterly payments (300 = 3%)' })
  fundRateBp!: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10_000, example: 200, description: 'Parts quota in basis points of payments' })
  partsQuotaBp!: number;
  @ApiProperty({ example: true, description: 'The year-end balance carries into the next year' }) carryAcrossYear!: boolean;
}

/** A per-unit agreement, as the document shows it (SignAgreementRequest validates it). */
export class PerUnitAgreementRequest extends AgreementCommonRequest {
  @ApiProperty({ enum: ['per-unit'] }) fundModel!: 'per-unit';
  @ApiProperty({ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER, example: 15000, description: 'Fen per unit registered by a warranty card' })
  allowancePerUnitFen!: number;
}
