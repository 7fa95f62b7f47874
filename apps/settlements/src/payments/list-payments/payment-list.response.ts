import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { QUARTER_PATTERN } from '@aftersales/calendar';
import { DEALER_CODE, FUND_MODELS, FundModel } from '@aftersales/integration-events';

/** A recorded payment as the list shows it: what PaymentRecorded said, when and by whom. */
export class PaymentListItem {
  @ApiProperty({ example: 'PAY-2026-0001' }) paymentId!: string;
  @ApiProperty({ pattern: DEALER_CODE.source, example: 'D0001' }) dealerCode!: string;
  @ApiPropertyOptional({ pattern: DEALER_CODE.source, description: "The dealer's parent, when it is a sub-dealer (分銷商)" }) parentDealerCode?: string;
  @ApiProperty({ format: 'date', example: '2026-08-03' }) receivedOn!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 10_000_000 }) amountFen!: number;
  @ApiProperty({ pattern: QUARTER_PATTERN.source, example: '2026Q3', description: 'The quarter of receivedOn: the fund it accrues to' }) quarter!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The agreement version in force on receivedOn when it was recorded' }) agreementVersion!: number;
  @ApiProperty({ enum: FUND_MODELS }) fundModel!: FundModel;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 10_000, description: 'revenue-share only: the rate it was recorded at' }) fundRateBp?: number;
  @ApiProperty({ type: 'string', format: 'date-time', description: 'When it was recorded' }) recordedAt!: string;
  @ApiProperty({ example: 'finance.li', description: 'Who recorded it (the event\'s metadata.actor)' }) actor!: string;
}

export class PaymentListResponse {
  @ApiProperty({ type: [PaymentListItem], description: 'This page, in the requested order' }) payments!: PaymentListItem[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Payments matching the filters, over all pages' }) total!: number;
}
