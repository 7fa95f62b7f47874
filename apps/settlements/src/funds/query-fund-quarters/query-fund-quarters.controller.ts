import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import { FundParams } from '../query-fund/query-fund.controller';
import { FundQuartersResponse } from './fund-quarters.response';
import { QueryFundQuarters } from './query-fund-quarters.handler';

@ApiTags('funds')
@Controller('funds')
export class QueryFundQuartersController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':dealerCode/quarters')
  @ApiOperation({ operationId: 'listFundQuarters', summary: "Every quarter of a dealer's repair fund, oldest first" })
  @ApiOkResponse({ type: FundQuartersResponse, description: 'The quarters the fund has accrued in, each as of its last event' })
  @ApiInputProblems()
  @ApiProblem(404, 'Unknown dealer')
  quarters(@Param() { dealerCode }: FundParams): Promise<FundQuartersResponse> {
    return this.queries.execute(new QueryFundQuarters(dealerCode));
  }
}
