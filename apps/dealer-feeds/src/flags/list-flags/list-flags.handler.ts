import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { FeedFlags, FlagFilter } from '../feed-flags';
import { flagResponse, FlagListResponse } from '../flag.response';

/** A page of the flags that match the filters: newest month first, then the most recently raised. */
export class ListFlags extends Query<FlagListResponse> {
  constructor(readonly filter: FlagFilter, readonly skip = 0, readonly limit = 50) {
    super();
  }
}

@QueryHandler(ListFlags)
export class ListFlagsHandler implements IQueryHandler<ListFlags, FlagListResponse> {
  constructor(private readonly flags: FeedFlags) {}

  async execute({ filter, skip, limit }: ListFlags): Promise<FlagListResponse> {
    const { total, flags } = await this.flags.list(filter, { skip, limit });
    return { flags: flags.map(flagResponse), total };
  }
}
