import { ApiProperty } from '@nestjs/swagger';

export class DeliveredUnitResponse {
  @ApiProperty({ example: 'LQ690K-2026-000123' }) serialNo!: string;
  @ApiProperty({ example: 'LQ-690K' }) model!: string;
  @ApiProperty({ description: 'Recorded now; false when the same delivery was recorded already' }) created!: boolean;
}

/** What a delivery recorded, unit by unit. */
export class DeliveryResponse {
  @ApiProperty({ example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ format: 'date', example: '2026-03-02' }) receivedOn!: string;
  @ApiProperty({ type: [DeliveredUnitResponse] }) units!: DeliveredUnitResponse[];
}
