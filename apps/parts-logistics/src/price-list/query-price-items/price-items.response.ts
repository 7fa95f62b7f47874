import { PRICE_ITEM_KINDS, PriceItemKind } from '@aftersales/integration-events';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One line of the price list as in force on the day asked: its price, and the version that set it. */
export class PriceItemResponse {
  @ApiProperty({ example: 'P-1001' }) code!: string;
  @ApiProperty({ enum: PRICE_ITEM_KINDS }) kind!: PriceItemKind;
  @ApiProperty({ example: '列印頭 LQ-690K' }) name!: string;
  @ApiProperty({ type: 'integer', minimum: 0, example: 48_000, description: 'Unit price in fen' }) unitPriceFen!: number;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version that set this price' }) version!: number;
  @ApiProperty({ example: '2026-04-01' }) effectiveFrom!: string;
  @ApiPropertyOptional({ example: '2026-07-01', description: 'The day a later version changed or withdrew it (exclusive); absent while it is the latest' }) effectiveTo?: string;
}

export class PriceItemsResponse {
  @ApiProperty({ example: '2026-05-10', description: 'The day the prices are in force on' }) on!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Lines matching, in force that day' }) total!: number;
  @ApiProperty({ type: [PriceItemResponse] }) items!: PriceItemResponse[];
}

/** One change of a line: the version, from when, the line as set (or withdrawn), why, by whom. */
export class PriceChangeResponse {
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ example: '2026-04-01' }) effectiveFrom!: string;
  @ApiPropertyOptional({ example: '2026-07-01', description: 'Until this day (exclusive); absent for the latest change' }) effectiveTo?: string;
  @ApiProperty({ description: 'Withdrawn from effectiveFrom: no price' }) withdrawn!: boolean;
  @ApiPropertyOptional({ enum: PRICE_ITEM_KINDS }) kind?: PriceItemKind;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 0 }) unitPriceFen?: number;
  @ApiPropertyOptional({ example: '供應商調價' }) reason?: string;
  @ApiProperty({ example: '2026-06-20T08:00:00.000Z' }) recordedAt!: string;
  @ApiProperty({ example: 'user:clerk' }) actor!: string;
}

export class PriceItemHistoryResponse {
  @ApiProperty({ example: 'P-1001' }) code!: string;
  @ApiProperty({ type: [PriceChangeResponse], description: 'Oldest first' }) history!: PriceChangeResponse[];
}
