import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DealerCodeField } from '../api-fields';
import { QueryInteger } from '../query-integer';
import { CURSOR_MAX_LENGTH, CURSOR_PATTERN } from './history-cursor';

export class DealerHistoryParams {
  @DealerCodeField({ description: 'The dealer whose events are asked for' })
  dealerCode!: string;
}

export class DealerHistoryQuery {
  @ApiPropertyOptional({
    type: 'string', maxLength: CURSOR_MAX_LENGTH, pattern: CURSOR_PATTERN.source,
    description: 'Only events older than this: the `next` of the page before (opaque)',
  })
  @IsOptional() @IsString() @MaxLength(CURSOR_MAX_LENGTH)
  @Matches(CURSOR_PATTERN, { message: 'before must be the next of an earlier page (letters, digits, - and _)' })
  before?: string;

  @QueryInteger({ default: 50, minimum: 1, maximum: 500, description: 'At most this many events' })
  limit?: number;
}
