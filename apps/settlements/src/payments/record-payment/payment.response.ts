import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { QUARTER_PATTERN } from '@aftersales/calendar';
import { DEALER_CODE, FUND_MODELS, FundModel } from '@aftersales/integration-events';

/** A recorded payment (settlements.PaymentRecorded), with the agreement terms in force on receivedOn. */
export class PaymentResponse {
  @ApiProperty({ example: 'PAY-2026-0001' }) paymentId!: string;
  @ApiProperty({ pattern: DEALER_CODE.source, example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ format: 'date', example: '2026-08-03' }) receivedOn!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 10_000_000 }) amountFen!: number;
  @ApiProperty({ pattern: QUARTER_PATTERN.source, example: '2026Q3', description: 'The quarter of receivedOn: the fund it accrues to' }) quarter!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The agreement version in force on receivedOn' }) agreementVersion!: number;
  @ApiProperty({ enum: FUND_MODELS }) fundModel!: FundModel;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 10_000, description: 'revenue-share only: the rate the payment accrues at' }) fundRateBp?: number;
}
