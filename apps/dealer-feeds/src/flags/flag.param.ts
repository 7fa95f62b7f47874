import { DealerCodeField } from '@aftersales/service-kit';
import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** A flag in its dealer's path: `/dealers/{dealerCode}/feed-flags/{flagId}`. */
export class FlagParam {
  @DealerCodeField() dealerCode!: string;
  @ApiProperty({ pattern: '^[0-9a-f]{24}$', example: '3f1c0a9e2b7d4c5a6e8f9012', description: 'The flag id (24 hex digits)' })
  @Matches(/^[0-9a-f]{24}$/, { message: 'flagId must be 24 hexadecimal digits' }) flagId!: string;
}
