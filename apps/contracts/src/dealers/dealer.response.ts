import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEALER_CODE, SERVICE_CLASSES, ServiceClass } from '@aftersales/integration-events';

/** A registered dealer, as POST /dealers and GET /dealers/{code} answer it. */
export class DealerResponse {
  @ApiProperty({ pattern: DEALER_CODE.source, example: 'D0001' }) code!: string;
  @ApiProperty({ example: '華南辦公設備有限公司' }) name!: string;
  @ApiProperty({ example: 'south' }) region!: string;
  @ApiPropertyOptional({ enum: SERVICE_CLASSES, description: "The region's service class when the dealer registered (dealers registered before regions had one lack it)" })
  serviceClass?: ServiceClass;
  @ApiPropertyOptional({ pattern: DEALER_CODE.source, description: 'The parent dealer of a sub-dealer (分銷商)' }) parentDealerCode?: string;
  @ApiPropertyOptional() address?: string;
  @ApiPropertyOptional() hotline?: string;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the dealer was registered (reads only)' }) registeredAt?: string;
}

export class DealerListResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Dealers matching the filter, over all pages' }) total!: number;
  @ApiProperty({ type: [DealerResponse], description: 'This page, in the order asked (code by default)' }) items!: DealerResponse[];
}
