import { ApiInputProblems, ApiProblem, QueryInteger, strictInteger } from '@aftersales/service-kit';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { GetPriceVersion, ListPriceVersions } from './list-price-versions.handler';
import { PriceVersionResponse, PriceVersionsResponse } from './price-versions.response';

export class PriceVersionsQuery {
  @QueryInteger({ default: 0, minimum: 0, maximum: 1_000_000_000, description: 'Skip this many versions first (paging)' }) skip?: number;
  @QueryInteger({ default: 50, minimum: 1, maximum: 500, description: 'At most this many versions' }) limit?: number;
}

export class PriceVersionParam {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1_000_000_000, example: 1, description: 'A version number' })
  @Transform(({ value }) => strictInteger(value))
  @IsInt({ message: 'version must be an integer written in decimal digits' }) @Min(1) @Max(1_000_000_000)
  version!: number;
}

@ApiTags('price list')
@Controller('price-list/versions')
export class ListPriceVersionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ operationId: 'listPriceListVersions', summary: 'The versions of the price list, newest first' })
  @ApiOkResponse({ type: PriceVersionsResponse })
  @ApiInputProblems()
  list(@Query() { skip, limit }: PriceVersionsQuery): Promise<PriceVersionsResponse> {
    return this.queries.execute(new ListPriceVersions(skip, limit));
  }

  @Get(':version')
  @ApiOperation({ operationId: 'getPriceListVersion', summary: 'One version of the price list' })
  @ApiOkResponse({ type: PriceVersionResponse })
  @ApiInputProblems()
  @ApiProblem(404, 'No such version')
  get(@Param() { version }: PriceVersionParam): Promise<PriceVersionResponse> {
    return this.queries.execute(new GetPriceVersion(version));
  }
}
