import { ApiPropertyOptional } from '@nestjs/swagger';
import { DEALER_CODE, DEALER_CODE_RULE, IsDealerCode } from '@aftersales/integration-events';
import { QueryInteger } from '@aftersales/service-kit';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

/** What a list may be ordered by; `-` first orders it the other way. */
export const DEALER_SORT_KEYS = ['code', 'name', 'region', 'registeredOn'] as const;
export type DealerSortKey = (typeof DEALER_SORT_KEYS)[number];
export const DEALER_SORTS = DEALER_SORT_KEYS.flatMap((key) => [key, `-${key}`]);
export type DealerSort = DealerSortKey | `-${DealerSortKey}`;

/** The query of GET /dealers: filters, order and page. */
export class ListDealersQuery {
  @ApiPropertyOptional({ example: 'south', maxLength: 100, description: 'Only the dealers of this region' })
  @IsOptional() @IsString() @MaxLength(100)
  region?: string;

  @ApiPropertyOptional({ example: '華南', maxLength: 100, description: 'Only the dealers whose code or name contains this text, in any letter case' })
  @IsOptional() @IsString({ message: 'q must be one text' }) @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ pattern: DEALER_CODE.source, example: 'D0001', description: `Only this dealer and its sub-dealers (${DEALER_CODE_RULE})` })
  @IsOptional() @IsDealerCode()
  within?: string;

  @ApiPropertyOptional({ enum: DEALER_SORTS, default: 'code', description: 'Order by code, name, region or registration date (registeredOn); a leading - reverses it; ties go by code' })
  @IsOptional() @IsIn(DEALER_SORTS, { message: `sort must be one of ${DEALER_SORTS.join(', ')}` })
  sort?: DealerSort;

  @QueryInteger({ default: 100, minimum: 1, maximum: 500, description: 'At most this many dealers' })
  limit?: number;

  @QueryInteger({ default: 0, minimum: 0, maximum: 1_000_000_000, description: 'Skip this many dealers first (paging)' })
  skip?: number;
}
