import { DismissFlag } from '@aftersales/dealer-feeds-domain';
import { FlagDismissedV1 } from '@aftersales/integration-events';
import { ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import { requestContext } from '@aftersales/service-kit';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { FlagParam } from '../flag.param';
import { DismissFlagRequest } from './dismiss-flag.request';

class FlagDismissalResponse {
  @ApiProperty() flagId!: string;
  @ApiProperty({ example: 'D0001' }) dealerCode!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ description: 'Who dismissed it (the signed-in user)' }) dismissedBy!: string;
}

@ApiTags('feed-flags')
@Controller('dealers/:dealerCode/feed-flags')
export class DismissFlagController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':flagId/dismissal')
  @HttpCode(200)
  @ApiOperation({ operationId: 'dismissFeedFlag', summary: 'Dismiss an open flag with a reason (kept in its history)' })
  @ApiOkResponse({ type: FlagDismissalResponse, description: 'Dismissed: the list shows it within a second or so' })
  @ApiInputProblems({ body: true })
  @ApiProblem(404, 'The dealer has no such flag')
  @ApiProblem(422, 'The flag is already dismissed or cleared')
  dismiss(@Param() { dealerCode, flagId }: FlagParam, @Body() { reason }: DismissFlagRequest): Promise<FlagDismissedV1> {
    const by = requestContext.getStore()?.actor ?? 'system';
    return this.commands.execute(new DismissFlag(flagId, dealerCode, reason, by));
  }
}
