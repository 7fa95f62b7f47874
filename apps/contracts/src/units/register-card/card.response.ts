import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REGISTRATION_CONFLICTS, REGISTRATION_SOURCES } from '@aftersales/integration-events';

export class RegistrationResponse {
  @ApiProperty({ example: 'WC-2026-0042' }) cardNo!: string;
  @ApiProperty({ example: 'D0001' }) dealerCode!: string;
  @ApiPropertyOptional({ example: 'D0001-S1' }) subDealerCode?: string;
  @ApiProperty({ example: 'LQ-690K' }) model!: string;
  @ApiProperty({ format: 'date' }) saleDate!: string;
  @ApiProperty({ example: '王小明' }) customerName!: string;
  @ApiPropertyOptional() customerPhone?: string;
  @ApiProperty({ enum: REGISTRATION_SOURCES }) source!: string;
  @ApiPropertyOptional() submissionId?: string;
  @ApiProperty({ format: 'date', description: 'The day the manufacturer got the card' }) receivedOn!: string;
  @ApiProperty({ description: 'Received more than WARRANTY_CARD_RETURN_MONTHS after the sale (聖寶龍 四 6)' }) late!: boolean;
}

export class ConflictResponse {
  @ApiProperty({ example: 'LQ690K-2026-000123' }) serialNo!: string;
  @ApiProperty({ enum: REGISTRATION_CONFLICTS }) conflict!: string;
  @ApiProperty({ example: 'D0002', description: 'The dealer of the second card' }) dealerCode!: string;
  @ApiProperty({ example: 'X-9' }) cardNo!: string;
  @ApiProperty({ example: 'D0001' }) registeredDealerCode!: string;
  @ApiProperty({ example: 'WC-2026-0042' }) registeredCardNo!: string;
  @ApiProperty({ format: 'date', description: "The second card's sale date" }) saleDate!: string;
  @ApiProperty({ format: 'date-time' }) flaggedAt!: string;
}

/** What a card did: registered the unit (or corrected its registration), nothing (the same card again), or was flagged for review. */
export class CardResultResponse {
  @ApiProperty({ enum: ['registered', 'unchanged', 'flagged'] }) outcome!: 'registered' | 'unchanged' | 'flagged';
  @ApiProperty({ example: 'LQ690K-2026-000123' }) serialNo!: string;
  @ApiProperty({ type: RegistrationResponse, description: "The unit's registration: this card's, or the first card's when this one was flagged" })
  registration!: RegistrationResponse;
  @ApiPropertyOptional({ type: ConflictResponse }) conflict?: ConflictResponse;
}
