import { ApiInputProblems } from '@aftersales/service-kit';
import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FlagListResponse } from '../flag.response';
import { ListFlags } from './list-flags.handler';
import { ListFlagsQuery } from './list-flags.request';

/** Reads the feed-flags read model (usually within a second of the flags' events). */
@ApiTags('feed-flags')
@Controller('feed-flags')
export class ListFlagsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ operationId: 'listFeedFlags', summary: 'Cross-feed consistency flags, filtered, a page at a time' })
  @ApiOkResponse({ type: FlagListResponse, description: 'The page (without histories) and the number of matching flags' })
  @ApiInputProblems()
  list(@Query() { dealerCode, period, rule, status, skip, limit }: ListFlagsQuery): Promise<FlagListResponse> {
    return this.queries.execute(new ListFlags({ dealerCode, period, rule, status }, skip, limit));
  }
}
