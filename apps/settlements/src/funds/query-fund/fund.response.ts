import { ApiProperty } from '@nestjs/swagger';
import { QUARTER_PATTERN } from '@aftersales/calendar';
import { DEALER_CODE } from '@aftersales/integration-events';

/** A dealer's repair fund in one quarter (the fund-balance read model); all amounts in fen. */
export class FundResponse {
  @ApiProperty({ pattern: DEALER_CODE.source, example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ pattern: QUARTER_PATTERN.source, example: '2026Q3' }) quarter!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: "The quarter's payments" }) paymentsFen!: number;
  @ApiProperty({ type: 'integer', description: 'What the fund accrued from them' }) accrualFen!: number;
  @ApiProperty({ type: 'integer', description: 'What was charged to the fund' }) chargesFen!: number;
  @ApiProperty({ type: 'integer', description: 'Carried in from the previous quarter' }) carriedInFen!: number;
  @ApiProperty({ type: 'integer', description: 'carriedIn + accrual − charges' }) balanceFen!: number;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: 'The last event the balance includes; null before any accrual' })
  asOf!: string | null;
}
