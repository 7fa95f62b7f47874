import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { QueryBus } from '@nestjs/cqrs';
import { QueryInteger } from '@aftersales/service-kit';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DealerCodeParam } from '../dealer-code.param';
import { GetDealer, ListDealers } from './query-dealers.handler';

export class ListDealersQuery {
  @ApiPropertyOptional({ example: 'south', description: 'Only the dealers of this region' }) @IsOptional() @IsString() @MaxLength(100) region?: string;
  @QueryInteger({ default: 100, minimum: 1, maximum: 500, description: 'At most this many dealers' }) limit?: number;
  @QueryInteger({ default: 0, minimum: 0, maximum: 1_000_000_000, description: 'Skip this many dealers first (paging)' }) skip?: number;
}

/** Reads the dealer read model (eventually consistent with the event store, usually within a second). */
@ApiTags('dealers')
@Controller('dealers')
export class QueryDealersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ description: 'Dealers ordered by code' })
  list(@Query() { region, skip, limit }: ListDealersQuery) {
    return this.queries.execute(new ListDealers(region, skip, limit));
  }

  @Get(':code')
  @ApiNotFoundResponse({ description: 'No such dealer' })
  get(@Param() { code }: DealerCodeParam) {
    return this.queries.execute(new GetDealer(code));
  }
}
