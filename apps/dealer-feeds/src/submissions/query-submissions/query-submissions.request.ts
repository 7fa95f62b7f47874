import { FEED_KINDS, FeedKind } from '@aftersales/feeds';
import { PERIOD } from '@aftersales/integration-events';
import { QueryInteger } from '@aftersales/service-kit';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { LanguageQuery } from '../submission.params';

export class ListSubmissionsQuery {
  @ApiPropertyOptional({ pattern: PERIOD.source, example: '2026-09' }) @IsOptional() @Matches(PERIOD, { message: 'period must be a month written YYYY-MM' }) period?: string;
  @ApiPropertyOptional({ enum: FEED_KINDS }) @IsOptional() @IsIn(FEED_KINDS, { message: `kind must be one of ${FEED_KINDS.join(', ')}` }) kind?: FeedKind;
  @ApiPropertyOptional({ enum: ['accepted', 'rejected'] }) @IsOptional() @IsIn(['accepted', 'rejected'], { message: 'status must be accepted or rejected' })
  status?: 'accepted' | 'rejected';
  @QueryInteger({ default: 0, minimum: 0, maximum: 1_000_000_000, description: 'Skip this many first (paging)' }) skip?: number;
  @QueryInteger({ default: 50, minimum: 1, maximum: 500, description: 'At most this many, newest first' }) limit?: number;
}

export const ROW_SELECTIONS = ['all', 'recorded', 'corrected', 'withdrawn', 'changed'] as const;
export type RowSelection = (typeof ROW_SELECTIONS)[number];

export class SubmissionRowsQuery {
  @ApiPropertyOptional({ enum: ROW_SELECTIONS, default: 'changed', description: 'all: every row of the version; changed: its whole difference; or one kind of change' })
  @IsOptional() @IsIn(ROW_SELECTIONS, { message: `change must be one of ${ROW_SELECTIONS.join(', ')}` })
  change?: RowSelection;
  @QueryInteger({ default: 0, minimum: 0, maximum: 1_000_000_000, description: 'Skip this many first (paging)' }) skip?: number;
  @QueryInteger({ default: 100, minimum: 1, maximum: 1_000, description: 'At most this many' }) limit?: number;
}

export class SubmissionProblemsQuery extends LanguageQuery {
  @QueryInteger({ default: 0, minimum: 0, maximum: 1_000_000_000, description: 'Skip this many first (paging)' }) skip?: number;
  @QueryInteger({ default: 100, minimum: 1, maximum: 1_000, description: 'At most this many, in file order' }) limit?: number;
}
