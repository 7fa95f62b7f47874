import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListRegions } from './query-regions.handler';
import { RegionListResponse } from './regions.response';

/** The configured regions a dealer may register in (setting REGIONS). */
@ApiTags('regions')
@Controller('regions')
export class QueryRegionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ operationId: 'listRegions', summary: 'The regions a dealer may register in' })
  @ApiOkResponse({ type: RegionListResponse, description: 'Each region with its service class (local, near, far)' })
  list() {
    return this.queries.execute(new ListRegions());
  }
}
