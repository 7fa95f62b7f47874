import { Controller, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiExtraModels, ApiOperation, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ApiCreated, ApiProblem, ProblemResponse, requestContext } from '@aftersales/service-kit';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { languageOf } from '../problem-view';
import { FeedDealerParam } from '../submission.params';
import { UploadAcceptedResponse, UploadRejectedResponse } from '../submission.response';
import { SubmitFeedQuery } from './submit-feed.request';
import { SubmitFeed } from './submit-feed.handler';
import type { SubmitAnswer } from './feed-answers';

@ApiTags('feed-submissions')
@ApiExtraModels(UploadRejectedResponse, ProblemResponse)
@Controller('dealers/:dealerCode/feed-submissions')
export class SubmitFeedController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ operationId: 'submitFeed', summary: 'Upload a dealer\'s monthly feed file (CSV, XLSX or JSON Lines), all or nothing' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'The feed: CSV, XLSX or JSON Lines, at most FEEDS_MAX_BYTES' } } } })
  @ApiCreated({
    type: UploadAcceptedResponse,
    description: 'Accepted: each kind of the file is its feed\'s next version, its difference recorded as events',
    location: 'The first submission: /dealers/{dealerCode}/feed-submissions/{submissionId}',
    links: { GetSubmission: { operationId: 'getFeedSubmission', parameters: { dealerCode: '$request.path.dealerCode', submissionId: '$response.body#/submissions/0/submissionId' }, description: 'The submission and its feed\'s versions' } },
    unchanged: 'The same bytes were sent before for this dealer and period (repeated: true): the first result; nothing recorded',
  })
  @ApiResponse({
    status: 422, description: 'Rejected whole: every problem in the caller\'s language (UploadRejectedResponse); or a business refusal naming its field before the file is read, e.g. no agreement in force for the period (ProblemResponse)',
    schema: { oneOf: [{ $ref: getSchemaPath(UploadRejectedResponse) }, { $ref: getSchemaPath(ProblemResponse) }] },
  })
  @ApiProblem(400, 'Malformed: a query value of the wrong form, no file, or another form field')
  @ApiProblem(404, 'No such dealer')
  @ApiProblem(409, 'Another version of the same feed is being recorded: send it again shortly')
  @ApiProblem(413, 'The file is larger than FEEDS_MAX_BYTES')
  @ApiProblem(415, 'The body is not multipart/form-data')
  async submit(@Param() { dealerCode }: FeedDealerParam, @Query() query: SubmitFeedQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const language = languageOf(query.lang, req.headers['accept-language']);
    const uploadedBy = requestContext.getStore()?.actor ?? 'system';
    const answer = await this.commands.execute<SubmitFeed, SubmitAnswer>(
      new SubmitFeed(dealerCode, query.period, query.kind, query.encoding, query.uploadId ?? randomUUID(), req, uploadedBy, language),
    );
    res.status(answer.status);
    if (answer.location) res.location(answer.location);
    return answer.body;
  }
}
