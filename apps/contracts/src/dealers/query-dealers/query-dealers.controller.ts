import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { QueryBus } from '@nestjs/cqrs';
import { ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import { DealerCodeParam } from '../dealer-code.param';
import { DealerListResponse, DealerResponse } from '../dealer.response';
import { ListDealersQuery } from './list-dealers.query';
import { GetDealer, ListDealers } from './query-dealers.handler';

/** Reads the dealer read model (eventually consistent with the event store, usually within a second). */
@ApiTags('dealers')
@Controller('dealers')
export class QueryDealersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ operationId: 'listDealers', summary: 'Dealers, a page at a time' })
  @ApiOkResponse({ type: DealerListResponse, description: 'The dealers that match every filter given, in the order asked, and how many match' })
  @ApiInputProblems()
  list(@Query() { region, q, within, sort, skip, limit }: ListDealersQuery) {
    return this.queries.execute(new ListDealers({ region, text: q, within }, sort, skip, limit));
  }

  @Get(':code')
  @ApiOperation({ operationId: 'getDealer', summary: 'One dealer' })
  @ApiOkResponse({ type: DealerResponse, description: 'The dealer' })
  @ApiInputProblems()
  @ApiProblem(404, 'No such dealer')
  get(@Param() { code }: DealerCodeParam) {
    return this.queries.execute(new GetDealer(code));
  }
}
