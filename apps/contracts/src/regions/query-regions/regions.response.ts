import { ApiProperty } from '@nestjs/swagger';
import { SERVICE_CLASSES, ServiceClass } from '@aftersales/integration-events';

export class RegionResponse {
  @ApiProperty({ example: 'north' }) region!: string;
  @ApiProperty({ enum: SERVICE_CLASSES, description: 'How far the region is from service: local, near or far' }) serviceClass!: ServiceClass;
}

export class RegionListResponse {
  @ApiProperty({ type: [RegionResponse] }) items!: RegionResponse[];
}
