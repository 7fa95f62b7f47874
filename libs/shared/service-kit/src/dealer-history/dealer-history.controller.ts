import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiInputProblems, ApiProblem } from '../problem.response';
import { GetDealerHistory } from './dealer-history.handler';
import { DealerHistoryParams, DealerHistoryQuery } from './dealer-history.request';
import { DealerHistoryResponse } from './dealer-history.response';

/** Every service answers its own part of a dealer's history; the gateway merges them (GET /api/dealers/{code}/history). */
@ApiTags('history')
@Controller('history')
export class DealerHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':dealerCode')
  @ApiOperation({ operationId: 'getDealerHistory', summary: "This service's events about a dealer, newest first" })
  @ApiOkResponse({ type: DealerHistoryResponse, description: 'A page of events, and the cursor of the next' })
  @ApiInputProblems()
  @ApiProblem(422, 'before is well-formed but no cursor of this history')
  history(@Param() { dealerCode }: DealerHistoryParams, @Query() { before, limit }: DealerHistoryQuery): Promise<DealerHistoryResponse> {
    return this.queries.execute(new GetDealerHistory(dealerCode, before, limit));
  }
}
