import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ListRegions } from './query-regions.handler';

/** The configured regions a dealer may register in (setting REGIONS). */
@ApiTags('regions')
@Controller('regions')
export class QueryRegionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ description: 'Each region with its service class (local, near, far)' })
  list() {
    return this.queries.execute(new ListRegions());
  }
}
