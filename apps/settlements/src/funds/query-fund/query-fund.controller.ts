import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { QueryBus } from '@nestjs/cqrs';
import { ApiInputProblems, ApiProblem, DealerCodeField, QuarterField } from '@aftersales/service-kit';
import { FundResponse } from './fund.response';
import { FundView, QueryFund } from './query-fund.handler';

export class FundParams {
  @DealerCodeField() dealerCode!: string;
}

export class FundQuery {
  @QuarterField({ optional: true, description: 'The quarter; defaults to the current quarter in the dealer time zone' })
  quarter?: string;
}

@ApiTags('funds')
@Controller('funds')
export class QueryFundController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':dealerCode')
  @ApiOperation({ operationId: 'getFund', summary: "A dealer's repair fund in a quarter" })
  @ApiOkResponse({ type: FundResponse, description: 'The balance as of its last event (asOf); null asOf: nothing accrued yet' })
  @ApiInputProblems()
  @ApiProblem(404, 'Unknown dealer')
  fund(@Param() { dealerCode }: FundParams, @Query() { quarter }: FundQuery): Promise<FundView> {
    return this.queries.execute(new QueryFund(dealerCode, quarter));
  }
}
