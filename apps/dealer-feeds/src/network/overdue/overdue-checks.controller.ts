import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { FEED_KINDS_PUBLISHED, PublishedFeedKind } from '@aftersales/integration-events';
import { ApiInputProblems, InputProblems } from '@aftersales/service-kit';
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
  @ApiBody({ required: true, description: 'An empty JSON object: the check takes no options', schema: { type: 'object', properties: {}, additionalProperties: false } })
  @ApiOkResponse({ type: OverdueCheckResponse, description: 'What this check recorded' })
  @ApiInputProblems({ body: true })
  async check(@Body() options: Record<string, unknown>): Promise<OverdueCheckResponse> {
    // The body is an empty object (a command is a JSON object, docs/architecture.md): any property is refused by name.
    const unknown = Object.keys(options ?? {});
    if (unknown.length > 0) throw new InputProblems(unknown.map((field) => ({ field, reason: `property ${field} should not exist` })));
    const recorded = await this.scheduler.check();
    return { recorded: recorded.map(({ dealerCode, period, kind, dueDate }) => ({ dealerCode, period, kind, dueDate })) };
  }
}
