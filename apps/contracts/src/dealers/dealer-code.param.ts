import { ApiProperty } from '@nestjs/swagger';
import { DEALER_CODE, IsDealerCode } from '@aftersales/integration-events';

export class DealerCodeParam {
  @ApiProperty({ example: 'D0001', description: 'The dealer code: 2-32 upper-case letters, digits or dashes', pattern: DEALER_CODE.source })
  @IsDealerCode()
  code!: string;
}
