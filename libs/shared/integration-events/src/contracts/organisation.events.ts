import { IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { defineEvent } from '../registry';
import { IsCalendarDate, IsDealerCode } from '../domain-rules.validator';
import { IsText } from '../text.validator';

/**
 * A dealer's service organisation (第二條 1-2) and its technicians' certificates (維修員證).
 * The envelope's dealerCode is the dealer's; catalog events (models, parts) are network-wide and
 * carry the envelope dealerCode `NETWORK` (one Kafka key, so their order holds).
 */
export const NETWORK_KEY = 'NETWORK';

/** A change of address, hotline or service manager, effective on a date; late when notified fewer than noticeDays before. */
export class ServiceOrganisationChangedV1 {
  @IsDealerCode() dealerCode!: string;
  @IsCalendarDate() effectiveOn!: string;
  @IsCalendarDate() notifiedOn!: string;
  @IsBoolean() late!: boolean;
  @IsOptional() @IsText(300) address?: string;
  @IsOptional() @IsText(50) hotline?: string;
  @IsOptional() @IsText(100) serviceManager?: string;
}

export class TechnicianJoinedV1 {
  @IsDealerCode() dealerCode!: string;
  /** The person's id in the dealer's organisation (e.g. T-D0001-01). */
  @IsString() @MinLength(1) @MaxLength(64) technicianId!: string;
  @IsText(100) name!: string;
  @IsCalendarDate() effectiveOn!: string;
  @IsCalendarDate() notifiedOn!: string;
  @IsBoolean() late!: boolean;
}

export class TechnicianLeftV1 {
  @IsDealerCode() dealerCode!: string;
  @IsString() @MinLength(1) @MaxLength(64) technicianId!: string;
  @IsCalendarDate() effectiveOn!: string;
  @IsCalendarDate() notifiedOn!: string;
  @IsBoolean() late!: boolean;
}

/** 維修員證: the number the repairs feed's technician_id column carries; valid validFrom..expiresOn inclusive. */
export class CertificateIssuedV1 {
  @IsDealerCode() dealerCode!: string;
  @IsString() @MinLength(1) @MaxLength(64) certificateNo!: string;
  @IsString() @MinLength(1) @MaxLength(64) technicianId!: string;
  @IsCalendarDate() issuedOn!: string;
  @IsCalendarDate() expiresOn!: string;
  @IsOptional() @IsString() @MaxLength(100) trainingSessionId?: string;
}

export class CertificateRevokedV1 {
  @IsDealerCode() dealerCode!: string;
  @IsString() @MinLength(1) @MaxLength(64) certificateNo!: string;
  @IsCalendarDate() revokedOn!: string;
  @IsText(300) reason!: string;
}

/** A training session of the manufacturer (network-wide: envelope dealerCode `NETWORK`); `days` long from startsOn. */
export class TrainingSessionScheduledV1 {
  @IsString() @MinLength(1) @MaxLength(100) trainingSessionId!: string;
  @IsText(200) title!: string;
  @IsCalendarDate() startsOn!: string;
  @IsInt() @Min(1) days!: number;
}

/** A dealer's places in a training session: those beyond the agreement's free places are chargeable (fee schedule). */
export class TrainingPlacesBookedV1 {
  @IsDealerCode() dealerCode!: string;
  @IsString() @MinLength(1) @MaxLength(100) trainingSessionId!: string;
  @IsCalendarDate() startsOn!: string;
  @IsInt() @Min(1) places!: number;
  @IsInt() @Min(0) freePlaces!: number;
  @IsInt() @Min(0) chargeablePlaces!: number;
  /** The fee schedule's operation and fee per place, when chargeable. */
  @IsOptional() @IsString() @MaxLength(100) operation?: string;
  @IsInt() @Min(0) feePerPlaceFen!: number;
  @IsInt() @Min(0) chargeFen!: number;
  @IsInt() @Min(1) agreementVersion!: number;
}

export const PART_CATEGORIES = ['spare-part', 'consumable', 'used-part'] as const;

/** The manufacturer's catalog: a product model, listed or changed. */
export class ModelListedV1 {
  @IsString() @MinLength(1) @MaxLength(64) model!: string;
  @IsText(200) name!: string;
}

/** A part of the catalog: its category decides its warranty; `component` names a warranty override (e.g. print-head). */
export class PartListedV1 {
  @IsString() @MinLength(1) @MaxLength(64) partNo!: string;
  @IsText(200) name!: string;
  @IsIn(PART_CATEGORIES) category!: (typeof PART_CATEGORIES)[number];
  @IsOptional() @IsString() @MaxLength(64) component?: string;
}

export const OrganisationEvents = {
  ServiceOrganisationChanged: defineEvent('contracts.ServiceOrganisationChanged', 1, ServiceOrganisationChangedV1),
  TechnicianJoined: defineEvent('contracts.TechnicianJoined', 1, TechnicianJoinedV1),
  TechnicianLeft: defineEvent('contracts.TechnicianLeft', 1, TechnicianLeftV1),
  CertificateIssued: defineEvent('contracts.CertificateIssued', 1, CertificateIssuedV1),
  CertificateRevoked: defineEvent('contracts.CertificateRevoked', 1, CertificateRevokedV1),
  TrainingSessionScheduled: defineEvent('contracts.TrainingSessionScheduled', 1, TrainingSessionScheduledV1),
  TrainingPlacesBooked: defineEvent('contracts.TrainingPlacesBooked', 1, TrainingPlacesBookedV1),
  ModelListed: defineEvent('contracts.ModelListed', 1, ModelListedV1),
  PartListed: defineEvent('contracts.PartListed', 1, PartListedV1),
} as const;
