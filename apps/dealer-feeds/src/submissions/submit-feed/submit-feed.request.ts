import { FEED_KINDS, FeedEncoding, FeedKind } from '@aftersales/feeds';
import { PERIOD } from '@aftersales/integration-events';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { LanguageQuery, UPLOAD_ID } from '../submission.params';

export const ENCODINGS: readonly FeedEncoding[] = ['utf-8', 'gb18030', 'gbk', 'big5', 'utf-16le', 'utf-16be'];

export class SubmitFeedQuery extends LanguageQuery {
  @ApiProperty({ pattern: PERIOD.source, example: '2026-09', description: 'The month the file reports on (YYYY-MM)' })
  @Matches(PERIOD, { message: 'period must be a month written YYYY-MM' })
  period!: string;

  @ApiPropertyOptional({ enum: FEED_KINDS, description: 'The form; else a workbook\'s sheet names or the header tell' })
  @IsOptional() @IsIn(FEED_KINDS, { message: `kind must be one of ${FEED_KINDS.join(', ')}` })
  kind?: FeedKind;

  @ApiPropertyOptional({ enum: ENCODINGS, description: 'A CSV file\'s encoding; else detected' })
  @IsOptional() @IsIn(ENCODINGS, { message: `encoding must be one of ${ENCODINGS.join(', ')}` })
  encoding?: FeedEncoding;

  @ApiPropertyOptional({ pattern: UPLOAD_ID.source, example: '3f1c2a9e-upload', description: 'The client\'s id of this upload, to ask its progress while it runs' })
  @IsOptional() @Matches(UPLOAD_ID, { message: 'uploadId must be 1 to 64 letters, digits, - or _' })
  uploadId?: string;
}
