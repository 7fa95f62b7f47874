import { IsIn, IsInt, IsOptional, IsString, Min, MinLength } from 'class-validator';
import { defineEvent } from '../registry';
import { IsCalendarDate, IsDealerCode } from '../domain-rules.validator';
import { NestedObject } from '../nested.validator';
import { IsText } from '../text.validator';
import { IsTimeZone } from '../time-zone.validator';
import { AgreementTermsV1 } from './agreement-terms.schema';

/** How far a region is from service: the agreement's arrival hours are per class (docs/domain.md "Dealers"). */
export const SERVICE_CLASSES = ['local', 'near', 'far'] as const;
export type ServiceClass = (typeof SERVICE_CLASSES)[number];

export class DealerRegisteredV1 {
  @IsDealerCode() code!: string;
  @IsText(200) name!: string;
  @IsText(100) region!: string;
  /** The region's service class when the dealer registered (added in place: optional, older events lack it). */
  @IsOptional() @IsIn(SERVICE_CLASSES) serviceClass?: ServiceClass;
  /** A sub-dealer (分銷商) names its parent dealer. */
  @IsOptional() @IsDealerCode() parentDealerCode?: string;
  @IsOptional() @IsText(300) address?: string;
  @IsOptional() @IsText(50) hotline?: string;
  @IsTimeZone() timeZone!: string;
}

export class AgreementSignedV1 {
  @IsString() @MinLength(1) agreementId!: string;
  @IsDealerCode() dealerCode!: string;
  /** 1, 2, 3...: a renewal or amendment is a new version. */
  @IsInt() @Min(1) agreementVersion!: number;
  @IsCalendarDate() validFrom!: string;
  @IsCalendarDate() validTo!: string;
  /** The version this one supersedes from its validFrom, if any. */
  @IsOptional() @IsInt() @Min(1) supersedesVersion?: number;
  @NestedObject(() => AgreementTermsV1) terms!: AgreementTermsV1;
}

export const ContractsEvents = {
  DealerRegistered: defineEvent('contracts.DealerRegistered', 1, DealerRegisteredV1),
  AgreementSigned: defineEvent('contracts.AgreementSigned', 1, AgreementSignedV1),
} as const;
