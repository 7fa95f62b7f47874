import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { QueryBus } from '@nestjs/cqrs';
import { ApiInputProblems, ApiProblem, QueryInteger } from '@aftersales/service-kit';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DealerCodeParam } from '../dealer-code.param';
import { DealerListResponse, DealerResponse } from '../dealer.response';
import { GetDealer, ListDealers } from './query-dealers.handler';

export class ListDealersQuery {
  @ApiPropertyOptional({ example: 'south', maxLength: 100, description: 'Only the dealers of this region' }) @IsOptional() @IsString() @MaxLength(100) region?: string;
  @QueryInteger({ default: 100, minimum: 1, maximum: 500, description: 'At most this many dealers' }) limit?: number;
  @QueryInteger({ default: 0, minimum: 0, maximum: 1_000_000_000, description: 'Skip this many dealers first (paging)' }) skip?: number;
}

/** Reads the dealer read model (eventually consistent with the event store, usually within a second). */
@ApiTags('dealers')
@Controller('dealers')
export class QueryDealersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ operationId: 'listDealers', summary: 'Dealers, a page at a time' })
  @ApiOkResponse({ type: DealerListResponse, description: 'Dealers ordered by code' })
  @ApiInputProblems()
  list(@Query() { region, skip, limit }: ListDealersQuery) {
    return this.queries.execute(new ListDealers(region, skip, limit));
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
