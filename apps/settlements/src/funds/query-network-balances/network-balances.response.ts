import { ApiProperty } from '@nestjs/swagger';
import { QUARTER_PATTERN } from '@aftersales/calendar';

/** The sums of a set of dealers' funds in one quarter; all amounts in fen, exact. */
export class FundSumsResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Dealers whose fund accrued in the quarter' }) dealers!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) paymentsFen!: number;
  @ApiProperty({ type: 'integer' }) accrualFen!: number;
  @ApiProperty({ type: 'integer' }) chargesFen!: number;
  @ApiProperty({ type: 'integer' }) balanceFen!: number;
}

export class RegionBalancesResponse extends FundSumsResponse {
  @ApiProperty({ example: 'south', description: "The dealers' region (as contracts registered them)" }) region!: string;
}

export class NetworkBalancesResponse {
  @ApiProperty({ pattern: QUARTER_PATTERN.source, example: '2026Q3' }) quarter!: string;
  @ApiProperty({ type: [RegionBalancesResponse], description: 'One entry per region with a fund in the quarter, in region order' })
  regions!: RegionBalancesResponse[];
  @ApiProperty({ type: FundSumsResponse, description: 'The whole network: the sums of the regions' }) totals!: FundSumsResponse;
}
