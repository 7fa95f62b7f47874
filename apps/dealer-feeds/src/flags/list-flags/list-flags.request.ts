import { FLAG_RULES, FlagRule, PERIOD } from '@aftersales/integration-events';
import { DealerCodeField, QueryInteger } from '@aftersales/service-kit';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { FLAG_STATUSES, FlagStatusName } from '../feed-flags.projection';

/** The flag list's filters and page; every filter is optional and they combine. */
export class ListFlagsQuery {
  @DealerCodeField({ optional: true, description: 'Only the flags of this dealer' }) dealerCode?: string;
  @ApiPropertyOptional({ pattern: PERIOD.source, example: '2026-09', description: 'Only the flags of this month (YYYY-MM)' })
  @IsOptional() @Matches(PERIOD, { message: 'period must be a month YYYY-MM' }) period?: string;
  @ApiPropertyOptional({ enum: FLAG_RULES, description: 'Only the flags of this rule' })
  @IsOptional() @IsIn(FLAG_RULES, { message: `rule must be one of ${FLAG_RULES.join(', ')}` }) rule?: FlagRule;
  @ApiPropertyOptional({ enum: FLAG_STATUSES, description: 'Only open, cleared or dismissed flags' })
  @IsOptional() @IsIn(FLAG_STATUSES, { message: `status must be one of ${FLAG_STATUSES.join(', ')}` }) status?: FlagStatusName;
  @QueryInteger({ default: 0, minimum: 0, maximum: 1_000_000_000, description: 'Skip this many flags first (paging)' }) skip?: number;
  @QueryInteger({ default: 50, minimum: 1, maximum: 500, description: 'At most this many flags' }) limit?: number;
}
