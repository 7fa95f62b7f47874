import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FUND_MODELS, FundModel, IsCalendarDate, IsText } from '@aftersales/integration-events';
import { IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, Max, Min, ValidateIf } from 'class-validator';

const isRevenueShare = (r: SignAgreementRequest) => r.fundModel === 'revenue-share';
const isPerUnit = (r: SignAgreementRequest) => r.fundModel === 'per-unit';
const SECTION = 'Optional; any field left out takes the default (see README "Agreement terms")';

/**
 * The fund model and its terms are required; every other term is optional and defaults as
 * DOMAIN.md says. Sections are checked field by field after the defaults are filled in.
 */
export class SignAgreementRequest {
  @ApiProperty({ example: '2026-01-01' }) @IsCalendarDate() validFrom!: string;
  @ApiProperty({ example: '2026-12-31' }) @IsCalendarDate() validTo!: string;

  @ApiProperty({ enum: FUND_MODELS }) @IsIn(FUND_MODELS, { message: `fundModel must be one of ${FUND_MODELS.join(', ')}` })
  fundModel!: FundModel;

  @ApiPropertyOptional({ example: 300, description: 'revenue-share: basis points of quarterly payments (300 = 3%)' })
  @ValidateIf(isRevenueShare) @IsInt() @Min(0) @Max(10_000)
  fundRateBp?: number;

  @ApiPropertyOptional({ example: 200, description: 'revenue-share: parts quota in basis points of payments' })
  @ValidateIf(isRevenueShare) @IsInt() @Min(0) @Max(10_000)
  partsQuotaBp?: number;

  @ApiPropertyOptional({ example: true, description: 'revenue-share: the year-end balance carries into the next year' })
  @ValidateIf(isRevenueShare) @IsBoolean()
  carryAcrossYear?: boolean;

  @ApiPropertyOptional({ example: 15000, description: 'per-unit: fen per unit registered by a warranty card' })
  @ValidateIf(isPerUnit) @IsInt({ message: 'allowancePerUnitFen must be an integer number of fen' }) @Min(0)
  allowancePerUnitFen?: number;

  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @IsText(100, { each: true }) territory?: string[];
  @ApiPropertyOptional({ default: 7 }) @IsOptional() @IsInt() @Min(0) @Max(365) noticeDays?: number;
  @ApiPropertyOptional({ description: SECTION }) @IsOptional() @IsObject() serviceOrganisation?: Record<string, unknown>;
  @ApiPropertyOptional({ description: SECTION }) @IsOptional() @IsObject() warranty?: Record<string, unknown>;
  @ApiPropertyOptional({ description: SECTION }) @IsOptional() @IsObject() returns?: Record<string, unknown>;
  @ApiPropertyOptional({ description: SECTION }) @IsOptional() @IsObject() serviceLevels?: Record<string, unknown>;
  @ApiPropertyOptional({ description: SECTION }) @IsOptional() @IsObject() calendar?: Record<string, unknown>;
  @ApiPropertyOptional({ description: SECTION }) @IsOptional() @IsObject() reporting?: Record<string, unknown>;
  @ApiPropertyOptional({ description: SECTION }) @IsOptional() @IsObject() training?: Record<string, unknown>;
  @ApiPropertyOptional({ description: SECTION }) @IsOptional() @IsArray() @IsObject({ each: true }) feeSchedule?: Record<string, unknown>[];
}
