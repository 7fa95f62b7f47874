import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ConflictResponse, RegistrationResponse } from '../register-card/card.response';

export class UnitDeliveryResponse {
  @ApiProperty({ example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ example: 'LQ-690K' }) model!: string;
  @ApiProperty({ format: 'date', description: "The dealer's receipt (starts the DOA window)" }) receivedOn!: string;
  @ApiPropertyOptional() deliveryId?: string;
}

/** A unit: its delivery, its registration, and any second card flagged against it. */
export class UnitResponse {
  @ApiProperty({ example: 'LQ690K-2026-000123' }) serialNo!: string;
  @ApiProperty({ example: 'LQ-690K' }) model!: string;
  @ApiPropertyOptional({ type: UnitDeliveryResponse, description: 'Absent when no delivery was recorded' }) delivery?: UnitDeliveryResponse;
  @ApiPropertyOptional({ type: RegistrationResponse, description: 'Absent until a warranty card registers it' }) registration?: RegistrationResponse;
  @ApiProperty({ type: [ConflictResponse] }) conflicts!: ConflictResponse[];
}

export class ClockResponse {
  @ApiProperty({ enum: ['standard', 'component', 'doa', 'quality'] }) clock!: string;
  @ApiPropertyOptional({ example: 'print-head' }) component?: string;
  @ApiProperty({ format: 'date', description: 'First day covered' }) start!: string;
  @ApiProperty({ format: 'date', description: 'Last day covered' }) end!: string;
  @ApiProperty({ description: 'Whether the clock runs on the day asked' }) running!: boolean;
  @ApiPropertyOptional({ type: 'integer' }) months?: number;
  @ApiPropertyOptional({ type: 'integer' }) days?: number;
}

export class AgreementRefResponse {
  @ApiProperty({ example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ type: 'integer' }) agreementVersion!: number;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ format: 'date' }) validTo!: string;
}

export class NewSparePartsResponse {
  @ApiProperty({ type: 'integer' }) months!: number;
  @ApiProperty({ enum: ['fitting'], description: 'Counted from the day a new spare part is fitted under warranty' }) from!: string;
}

/** Each clock of a unit on a day, under the agreement in force at the sale (at the receipt while unsold). */
export class CoverageResponse {
  @ApiProperty({ example: 'LQ690K-2026-000123' }) serialNo!: string;
  @ApiProperty({ format: 'date' }) on!: string;
  @ApiProperty({ description: 'False until a warranty card registers the sale' }) warrantyStarted!: boolean;
  @ApiPropertyOptional({ type: AgreementRefResponse, description: 'The agreement version the clocks come from; absent when none was in force' }) agreement?: AgreementRefResponse;
  @ApiProperty({ type: [ClockResponse] }) clocks!: ClockResponse[];
  @ApiPropertyOptional({ type: NewSparePartsResponse }) newSpareParts?: NewSparePartsResponse;
  @ApiProperty({ type: [String], example: ['used-parts', 'consumables'], description: 'Never covered' }) excludedCategories!: string[];
}
