import { DealerCodeField, QueryInteger } from '@aftersales/service-kit';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class DealerHistoryParams {
  @DealerCodeField() code!: string;
}

export class DealerHistoryQuery {
  @ApiPropertyOptional({ maxLength: 4000, description: 'Continue after the page that gave this `next`' })
  @IsOptional() @IsString() @MaxLength(4000)
  before?: string;

  @QueryInteger({ default: 50, minimum: 1, maximum: 200, description: 'At most this many events' })
  limit?: number;
}
