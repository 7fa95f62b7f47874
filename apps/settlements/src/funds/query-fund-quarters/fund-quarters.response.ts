import { ApiProperty } from '@nestjs/swagger';
import { QUARTER_PATTERN } from '@aftersales/calendar';
import { DEALER_CODE } from '@aftersales/integration-events';

/** One quarter of a dealer's repair fund (the fund-balance read model); all amounts in fen. */
export class FundQuarterResponse {
  @ApiProperty({ pattern: QUARTER_PATTERN.source, example: '2026Q3' }) quarter!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: "The quarter's payments" }) paymentsFen!: number;
  @ApiProperty({ type: 'integer', description: 'What the fund accrued from them' }) accrualFen!: number;
  @ApiProperty({ type: 'integer', description: 'What was charged to the fund' }) chargesFen!: number;
  @ApiProperty({ type: 'integer', description: 'Carried in from the previous quarter' }) carriedInFen!: number;
  @ApiProperty({ type: 'integer', description: 'carriedIn + accrual − charges' }) balanceFen!: number;
  @ApiProperty({ type: 'string', format: 'date-time', description: 'The last event the balance includes' }) asOf!: string;
}

export class FundQuartersResponse {
  @ApiProperty({ pattern: DEALER_CODE.source, example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ type: [FundQuarterResponse], description: 'Every quarter the fund has accrued in, oldest first; empty before the first accrual' })
  quarters!: FundQuarterResponse[];
}
