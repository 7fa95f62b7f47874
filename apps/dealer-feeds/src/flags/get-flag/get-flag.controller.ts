import { notFound } from '@aftersales/event-sourcing';
import { ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FeedFlags } from '../feed-flags';
import { FlagDetailResponse, flagDetail } from '../flag.response';
import { FlagParam } from '../flag.param';

@ApiTags('feed-flags')
@Controller('dealers/:dealerCode/feed-flags')
export class GetFlagController {
  constructor(private readonly flags: FeedFlags) {}

  @Get(':flagId')
  @ApiOperation({ operationId: 'getFeedFlag', summary: 'One flag of a dealer: its rule, evidence and history' })
  @ApiOkResponse({ type: FlagDetailResponse, description: 'The flag with every raise, clearing and dismissal, oldest first' })
  @ApiInputProblems()
  @ApiProblem(404, 'The dealer has no such flag')
  async get(@Param() { dealerCode, flagId }: FlagParam): Promise<FlagDetailResponse> {
    const flag = await this.flags.get(dealerCode, flagId);
    if (!flag) throw notFound(`dealer ${dealerCode} has no flag ${flagId}`, 'flagId');
    return flagDetail(flag);
  }
}
