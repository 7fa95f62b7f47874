import { ApiProperty } from '@nestjs/swagger';
import { DEALER_CODE } from '@aftersales/integration-events';
import { Matches } from 'class-validator';

export class DealerCodeParam {
  @ApiProperty({ example: 'D0001', description: 'The dealer code: 2-32 upper-case letters, digits or dashes', pattern: DEALER_CODE.source })
  @Matches(DEALER_CODE, { message: 'code must be 2-32 upper-case letters, digits or dashes' })
  code!: string;
}
