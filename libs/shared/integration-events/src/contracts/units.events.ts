import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { defineEvent } from '../registry';
import { IsCalendarDate, IsDealerCode } from '../domain-rules.validator';
import { IsText } from '../text.validator';

/**
 * Units under warranty (contracts, docs/domain.md "Units and warranty"): a unit is the stream
 * `unit-<serial>`; the envelope's dealerCode is the dealer it was delivered to (or carded by).
 */
export class UnitDeliveredV1 {
  @IsString() @MinLength(1) @MaxLength(64) serialNo!: string;
  @IsString() @MinLength(1) @MaxLength(64) model!: string;
  @IsDealerCode() dealerCode!: string;
  /** The dealer's receipt: it starts the DOA window (第五條 2). */
  @IsCalendarDate() receivedOn!: string;
  /** The import or API call that recorded it. */
  @IsOptional() @IsString() @MaxLength(100) deliveryId?: string;
}

export const REGISTRATION_SOURCES = ['feed', 'manual'] as const;

/** A warranty card (保修回執卡) registered the unit to its customer: the warranty starts at the sale (第五條 1). */
export class UnitRegisteredV1 {
  @IsString() @MinLength(1) @MaxLength(64) serialNo!: string;
  @IsString() @MinLength(1) @MaxLength(64) model!: string;
  @IsDealerCode() dealerCode!: string;
  @IsString() @MinLength(1) @MaxLength(64) cardNo!: string;
  @IsCalendarDate() saleDate!: string;
  @IsText(100) customerName!: string;
  @IsOptional() @IsText(50) customerPhone?: string;
  @IsOptional() @IsDealerCode() subDealerCode?: string;
  @IsIn(REGISTRATION_SOURCES) source!: 'feed' | 'manual';
  /** The feed submission whose row carried the card, when from a feed. */
  @IsOptional() @IsString() @MaxLength(100) submissionId?: string;
  /** Returned more than a month after the sale (聖寶龍 四 6). */
  @IsBoolean() late!: boolean;
  /** The day the manufacturer got the card (the feed submission's day in the dealer's zone, or the day it was entered). */
  @IsOptional() @IsCalendarDate() receivedOn?: string;
}

export const REGISTRATION_CONFLICTS = ['carded-by-two-dealers', 'carded-under-two-card-numbers'] as const;

/** A second, different card for a registered serial: kept for review, never overwriting the first. */
export class RegistrationConflictFlaggedV1 {
  @IsString() @MinLength(1) @MaxLength(64) serialNo!: string;
  @IsDealerCode() dealerCode!: string;
  @IsIn(REGISTRATION_CONFLICTS) conflict!: (typeof REGISTRATION_CONFLICTS)[number];
  @IsString() @MinLength(1) @MaxLength(64) cardNo!: string;
  @IsString() @MinLength(1) @MaxLength(64) registeredCardNo!: string;
  @IsDealerCode() registeredDealerCode!: string;
  @IsCalendarDate() saleDate!: string;
}

export const UnitEvents = {
  UnitDelivered: defineEvent('contracts.UnitDelivered', 1, UnitDeliveredV1),
  UnitRegistered: defineEvent('contracts.UnitRegistered', 1, UnitRegisteredV1),
  RegistrationConflictFlagged: defineEvent('contracts.RegistrationConflictFlagged', 1, RegistrationConflictFlaggedV1),
} as const;
