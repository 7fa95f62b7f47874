import { DEALER_CODE, DEALER_CODE_RULE, IsDealerCode } from '@aftersales/integration-events';
import { QueryInteger } from '@aftersales/service-kit';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export const MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
const monthRule = (name: string) => ({ message: `${name} must be a month written YYYY-MM` });

/** The query of GET /feed-matrix: a range of months, filters and a page of dealers. */
export class FeedMatrixQuery {
  @ApiProperty({ pattern: MONTH.source, example: '2026-07', description: 'The first month (a period YYYY-MM)' })
  @Matches(MONTH, monthRule('from'))
  from!: string;

  @ApiProperty({ pattern: MONTH.source, example: '2026-12', description: 'The last month, not before `from`; the range is at most FEEDS_MATRIX_MAX_MONTHS months (default 12), 422 otherwise' })
  @Matches(MONTH, monthRule('to'))
  to!: string;

  @ApiPropertyOptional({ example: 'south', maxLength: 100, description: 'Only the dealers of this region' })
  @IsOptional() @IsString() @MaxLength(100)
  region?: string;

  @ApiPropertyOptional({ pattern: DEALER_CODE.source, example: 'D0001', description: `Only this dealer and its sub-dealers (${DEALER_CODE_RULE})` })
  @IsOptional() @IsDealerCode()
  within?: string;

  @QueryInteger({ default: 50, minimum: 1, maximum: 200, description: 'At most this many dealers' })
  limit?: number;

  @QueryInteger({ default: 0, minimum: 0, maximum: 1_000_000_000, description: 'Skip this many dealers first (paging, by code)' })
  skip?: number;
}
