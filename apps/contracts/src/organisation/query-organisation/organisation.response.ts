import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANISATION_CHANGE_KINDS } from '../read-model/organisation.views';

export class ChangeRecordResponse {
  @ApiProperty({ enum: ORGANISATION_CHANGE_KINDS }) kind!: string;
  @ApiProperty({ format: 'date' }) effectiveOn!: string;
  @ApiProperty({ format: 'date', description: "The dealer's calendar date it was notified" }) notifiedOn!: string;
  @ApiProperty({ description: "Notified fewer than the agreement's noticeDays before it took effect" }) late!: boolean;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiPropertyOptional() address?: string;
  @ApiPropertyOptional() hotline?: string;
  @ApiPropertyOptional() serviceManager?: string;
  @ApiPropertyOptional() technicianId?: string;
  @ApiPropertyOptional() name?: string;
}

export class TechnicianSummary {
  @ApiProperty({ example: 'T-D0001-01' }) technicianId!: string;
  @ApiProperty({ example: '王建國' }) name!: string;
  @ApiProperty({ format: 'date' }) joinedOn!: string;
  @ApiPropertyOptional({ format: 'date', description: 'From this day on it is no longer in the organisation' }) leftOn?: string;
  @ApiProperty({ description: 'In the organisation on the day asked' }) inOrganisation!: boolean;
}

export class OrganisationInForce {
  @ApiPropertyOptional() address?: string;
  @ApiPropertyOptional() hotline?: string;
  @ApiPropertyOptional() serviceManager?: string;
  @ApiProperty({ type: [TechnicianSummary], description: 'The technicians in the organisation that day' }) technicians!: TechnicianSummary[];
}

export class OrganisationResponse {
  @ApiProperty({ example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ format: 'date', description: "The day asked (today in the dealer's time zone by default)" }) on!: string;
  @ApiProperty({ type: OrganisationInForce, description: "In force that day: the registration's address and hotline, then every change in effect" })
  inForce!: OrganisationInForce;
  @ApiProperty({ type: [ChangeRecordResponse], description: 'Changes taking effect after that day, in the order they take effect' }) scheduled!: ChangeRecordResponse[];
  @ApiProperty({ type: [ChangeRecordResponse], description: 'Every change, in the order notified' }) history!: ChangeRecordResponse[];
  @ApiProperty({ type: 'integer', description: 'How many changes were notified late' }) lateChanges!: number;
}

export class CertificateResponse {
  @ApiProperty({ example: 'CERT-D0001-1' }) certificateNo!: string;
  @ApiProperty({ format: 'date' }) issuedOn!: string;
  @ApiProperty({ format: 'date', description: 'The last day it is valid' }) expiresOn!: string;
  @ApiPropertyOptional() trainingSessionId?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Not valid from this day on' }) revokedOn?: string;
  @ApiPropertyOptional() revocationReason?: string;
  @ApiProperty({ enum: ['valid', 'expired', 'revoked', 'not-yet-valid'], description: 'On the day asked' }) status!: string;
}

export class TechnicianResponse extends TechnicianSummary {
  @ApiProperty({ type: [CertificateResponse] }) certificates!: CertificateResponse[];
}

export class TechnicianListResponse {
  @ApiProperty({ example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ format: 'date' }) on!: string;
  @ApiProperty({ type: [TechnicianResponse], description: 'Every technician the dealer had by that day, and those scheduled to join, by id' })
  items!: TechnicianResponse[];
}
