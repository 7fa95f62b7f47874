import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { FEED_KINDS_PUBLISHED, PublishedFeedKind } from '@aftersales/integration-events';
import { OverdueScheduler } from './overdue-scheduler';

export class RecordedOverdue {
  @ApiProperty({ example: 'D0006' }) dealerCode!: string;
  @ApiProperty({ example: '2026-09' }) period!: string;
  @ApiProperty({ enum: FEED_KINDS_PUBLISHED }) kind!: PublishedFeedKind;
  @ApiProperty({ format: 'date', example: '2026-10-10' }) dueDate!: string;
}

export class OverdueCheckResponse {
  @ApiProperty({ type: [RecordedOverdue], description: 'The deadlines this check recorded overdue (none already recorded)' }) recorded!: RecordedOverdue[];
}

/** Internal administration (not forwarded by the gateway): the scheduler's check, now (the demo seed runs it after its feeds). */
@ApiTags('admin')
@Controller('admin/overdue-checks')
export class OverdueChecksController {
  constructor(private readonly scheduler: OverdueScheduler) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ operationId: 'checkOverdueFeeds', summary: 'Record every feed past its due date without an accepted version overdue, now (idempotent)' })
  @ApiOkResponse({ type: OverdueCheckResponse, description: 'What this check recorded' })
  async check(): Promise<OverdueCheckResponse> {
    const recorded = await this.scheduler.check();
    return { recorded: recorded.map(({ dealerCode, period, kind, dueDate }) => ({ dealerCode, period, kind, dueDate })) };
  }
}
