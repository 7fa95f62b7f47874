import { ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { QueryFeedMatrix } from './feed-matrix.handler';
import { FeedMatrixQuery } from './feed-matrix.request';
import { FeedMatrixResponse } from './feed-matrix.response';

/** Reads the submissions matrix read model (eventually consistent with feeds.events.v1) and the dealers. */
@ApiTags('feed-matrix')
@Controller('feed-matrix')
export class FeedMatrixController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ operationId: 'getFeedMatrix', summary: 'The submissions matrix: dealers × months × kinds, each cell missing, overdue, late, rejected or accepted' })
  @ApiOkResponse({ type: FeedMatrixResponse, description: 'A page of dealers with every month × kind of the range' })
  @ApiInputProblems()
  @ApiProblem(422, 'to before from, or a range longer than FEEDS_MATRIX_MAX_MONTHS months')
  matrix(@Query() { from, to, region, within, skip, limit }: FeedMatrixQuery): Promise<FeedMatrixResponse> {
    return this.queries.execute(new QueryFeedMatrix(from, to, { region, within }, skip, limit));
  }
}
