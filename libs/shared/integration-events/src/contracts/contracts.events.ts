import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { defineEvent } from '../registry';
import { IsCalendarDate } from '../calendar-date.validator';
import { AgreementTermsV1 } from './agreement-terms.schema';

export const DEALER_CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

export class DealerRegisteredV1 {
  @Matches(DEALER_CODE) code!: string;
  @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @IsString() @MinLength(1) @MaxLength(100) region!: string;
  /** A sub-dealer (分銷商) names its parent dealer. */
  @IsOptional() @Matches(DEALER_CODE) parentDealerCode?: string;
  @IsOptional() @IsString() @MaxLength(300) address?: string;
  @IsOptional() @IsString() @MaxLength(50) hotline?: string;
  @IsString() @MinLength(1) @MaxLength(64) timeZone!: string;
}

export class AgreementSignedV1 {
  @IsString() @MinLength(1) agreementId!: string;
  @Matches(DEALER_CODE) dealerCode!: string;
  /** 1, 2, 3...: a renewal or amendment is a new version. */
  @IsInt() @Min(1) agreementVersion!: number;
  @IsCalendarDate() validFrom!: string;
  @IsCalendarDate() validTo!: string;
  /** The version this one supersedes from its validFrom, if any. */
  @IsOptional() @IsInt() @Min(1) supersedesVersion?: number;
  @ValidateNested() @Type(() => AgreementTermsV1) terms!: AgreementTermsV1;
}

export const ContractsEvents = {
  DealerRegistered: defineEvent('contracts.DealerRegistered', 1, DealerRegisteredV1),
  AgreementSigned: defineEvent('contracts.AgreementSigned', 1, AgreementSignedV1),
} as const;
