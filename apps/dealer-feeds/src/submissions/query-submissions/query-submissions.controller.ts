import { Controller, Get, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import type { Request, Response } from 'express';
import { PassThrough } from 'node:stream';
import { FeedArchive } from '../feed-archive';
import { languageOf } from '../problem-view';
import { FeedDealerParam, LanguageQuery, SubmissionParam, UploadParam } from '../submission.params';
import {
  FeedProblemsResponse, FeedRowsResponse, SubmissionDetailResponse, SubmissionListResponse, UploadProgressResponse,
} from '../submission.response';
import { GetSubmission, GetUploadProgress, ListSubmissions, submissionOf } from './query-submissions.handler';
import { ListSubmissionsQuery, SubmissionProblemsQuery, SubmissionRowsQuery } from './query-submissions.request';
import { ListSubmissionProblems, ListSubmissionRows, writeSubmissionReport } from './submission-rows.handler';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A dealer's submissions, their versions, rows and problems, and an upload's progress. */
@ApiTags('feed-submissions')
@Controller('dealers/:dealerCode')
export class QuerySubmissionsController {
  constructor(private readonly queries: QueryBus, private readonly archive: FeedArchive) {}

  @Get('feed-submissions')
  @ApiOperation({ operationId: 'listFeedSubmissions', summary: 'A dealer\'s feed submissions, accepted and rejected, newest first' })
  @ApiOkResponse({ type: SubmissionListResponse, description: 'The page and how many match' })
  @ApiInputProblems()
  list(@Param() { dealerCode }: FeedDealerParam, @Query() { period, kind, status, skip, limit }: ListSubmissionsQuery): Promise<SubmissionListResponse> {
    return this.queries.execute(new ListSubmissions(dealerCode, { period, kind, status }, skip, limit));
  }

  @Get('feed-submissions/:submissionId')
  @ApiOperation({ operationId: 'getFeedSubmission', summary: 'One submission, with every version and rejected attempt of its feed' })
  @ApiOkResponse({ type: SubmissionDetailResponse, description: 'The submission and its feed\'s history' })
  @ApiInputProblems()
  @ApiProblem(404, 'The dealer has no such submission')
  get(@Param() { dealerCode, submissionId }: SubmissionParam): Promise<SubmissionDetailResponse> {
    return this.queries.execute(new GetSubmission(dealerCode, submissionId));
  }

  @Get('feed-submissions/:submissionId/rows')
  @ApiOperation({ operationId: 'listFeedSubmissionRows', summary: 'A version\'s difference from the previous one, or every row of the version' })
  @ApiOkResponse({ type: FeedRowsResponse, description: 'The page, in file order, and how many match' })
  @ApiInputProblems()
  @ApiProblem(404, 'The dealer has no such submission')
  rows(@Param() { dealerCode, submissionId }: SubmissionParam, @Query() { change, skip, limit }: SubmissionRowsQuery): Promise<FeedRowsResponse> {
    return this.queries.execute(new ListSubmissionRows(dealerCode, submissionId, change, skip, limit));
  }

  @Get('feed-submissions/:submissionId/problems')
  @ApiOperation({ operationId: 'listFeedSubmissionProblems', summary: 'A submission\'s problems (a rejected file\'s errors, an accepted one\'s warnings), in the caller\'s language' })
  @ApiOkResponse({ type: FeedProblemsResponse, description: 'The page, in file order, and how many are kept' })
  @ApiInputProblems()
  @ApiProblem(404, 'The dealer has no such submission')
  problems(@Param() { dealerCode, submissionId }: SubmissionParam, @Query() { lang, skip, limit }: SubmissionProblemsQuery, @Req() req: Request): Promise<FeedProblemsResponse> {
    return this.queries.execute(new ListSubmissionProblems(dealerCode, submissionId, languageOf(lang, req.headers['accept-language']), skip, limit));
  }

  @Get('feed-submissions/:submissionId/error-report')
  @ApiOperation({ operationId: 'getFeedErrorReport', summary: 'The XLSX error report: every problem, and each problem row of the file beside its problems' })
  @ApiOkResponse({ description: 'The workbook: headers and messages in `lang`; without it, the messages in 繁體, 简体 and English side by side', content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiInputProblems()
  @ApiProblem(404, 'The dealer has no such submission')
  async errorReport(@Param() { dealerCode, submissionId }: SubmissionParam, @Query() { lang }: LanguageQuery, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    await submissionOf(this.archive, dealerCode, submissionId); // a 404 before the first byte
    const body = new PassThrough();
    void writeSubmissionReport(this.archive, dealerCode, submissionId, body, lang).catch((error: unknown) => body.destroy(error as Error));
    res.setHeader('Content-Disposition', `attachment; filename="feed-problems-${submissionId}.xlsx"`);
    return new StreamableFile(body, { type: XLSX });
  }

  @Get('feed-uploads/:uploadId')
  @ApiOperation({ operationId: 'getFeedUploadProgress', summary: 'How far an upload is: received, read and checked, applied' })
  @ApiOkResponse({ type: UploadProgressResponse, description: 'Its phase and counts (updated about twice a second)' })
  @ApiInputProblems()
  @ApiProblem(404, 'No such upload of the dealer (progress is kept a day)')
  progress(@Param() { dealerCode, uploadId }: UploadParam): Promise<UploadProgressResponse> {
    return this.queries.execute(new GetUploadProgress(dealerCode, uploadId));
  }
}
