import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RegionDirectory } from '../region-directory';

/** The configured regions a dealer may register in (setting REGIONS). */
@ApiTags('regions')
@Controller('regions')
export class QueryRegionsController {
  constructor(private readonly regions: RegionDirectory) {}

  @Get()
  @ApiOkResponse({ description: 'Each region with its service class (local, near, far)' })
  list() {
    return { items: this.regions.list() };
  }
}
