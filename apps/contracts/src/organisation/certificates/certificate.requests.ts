import { CalendarDateField, TextField } from '@aftersales/service-kit';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IdField } from '../organisation.fields';

export class IssueCertificateRequest {
  @IdField(64, { example: 'CERT-D0001-1', description: "維修員證號: what the repairs feed's technician_id carries; unique across the network (else 422)" })
  certificateNo!: string;
  @CalendarDateField({ example: '2026-03-15' }) issuedOn!: string;
  @CalendarDateField({ example: '2027-12-31', description: 'The last day it is valid; not before issuedOn (else 422)' }) expiresOn!: string;
  @IdField(100, { optional: true, example: 'TS-2026-03', description: 'The training session it followed' }) trainingSessionId?: string;
}

export class RevokeCertificateRequest {
  @CalendarDateField({ example: '2026-09-01', description: 'Not valid from this day on; not before issuedOn (else 422)' }) revokedOn!: string;
  @TextField(300, { example: '離職' }) reason!: string;
}

export class CertificateIssuedResponse {
  @ApiProperty({ example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ example: 'T-D0001-01' }) technicianId!: string;
  @ApiProperty({ example: 'CERT-D0001-1' }) certificateNo!: string;
  @ApiProperty({ format: 'date' }) issuedOn!: string;
  @ApiProperty({ format: 'date' }) expiresOn!: string;
  @ApiPropertyOptional() trainingSessionId?: string;
}

export class CertificateRevokedResponse {
  @ApiProperty({ example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ example: 'CERT-D0001-1' }) certificateNo!: string;
  @ApiProperty({ format: 'date' }) revokedOn!: string;
  @ApiProperty() reason!: string;
}
