import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { QueryBus } from '@nestjs/cqrs';
import { QUARTER_PATTERN } from '@aftersales/calendar';
import { DEALER_CODE, IsDealerCode, IsQuarter } from '@aftersales/integration-events';
import { IsOptional } from 'class-validator';
import { FundView, QueryFund } from './query-fund.handler';

export class FundParams {
  @ApiProperty({ example: 'D0001', description: 'The dealer code: 2-32 upper-case letters, digits or dashes', pattern: DEALER_CODE.source })
  @IsDealerCode() dealerCode!: string;
}

export class FundQuery {
  @ApiPropertyOptional({ example: '2026Q3', pattern: QUARTER_PATTERN.source, description: 'The quarter; defaults to the current quarter in the dealer time zone' })
  @IsOptional() @IsQuarter()
  quarter?: string;
}

@ApiTags('funds')
@Controller('funds')
export class QueryFundController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':dealerCode')
  @ApiOkResponse({ description: '{dealerCode, quarter, paymentsFen, accrualFen, chargesFen, balanceFen, asOf}; asOf is null before any accrual' })
  @ApiNotFoundResponse({ description: 'Unknown dealer' })
  fund(@Param() { dealerCode }: FundParams, @Query() { quarter }: FundQuery): Promise<FundView> {
    return this.queries.execute(new QueryFund(dealerCode, quarter));
  }
}
