import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Region, RegionDirectory } from '../region-directory';

/** The configured regions a dealer may register in, each with its service class (setting REGIONS). */
export class ListRegions extends Query<{ items: Region[] }> {}

@QueryHandler(ListRegions)
export class ListRegionsHandler implements IQueryHandler<ListRegions> {
  constructor(private readonly regions: RegionDirectory) {}

  async execute(_query: ListRegions): Promise<{ items: Region[] }> {
    return { items: this.regions.list() };
  }
}
