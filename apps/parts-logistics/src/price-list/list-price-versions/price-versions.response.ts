import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One version of the price list: from when, how it came, how many lines it set and withdrew, by whom. */
export class PriceVersionResponse {
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ example: '2026-04-01' }) effectiveFrom!: string;
  @ApiProperty({ enum: ['import', 'edit'] }) source!: 'import' | 'edit';
  @ApiPropertyOptional() reason?: string;
  @ApiPropertyOptional() fileName?: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) set!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) withdrawn!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Lines in force from effectiveFrom' }) lineCount!: number;
  @ApiProperty({ example: '2026-03-28T02:00:00.000Z' }) recordedAt!: string;
  @ApiProperty({ example: 'user:clerk' }) actor!: string;
}

export class PriceVersionsResponse {
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ type: [PriceVersionResponse], description: 'Newest first' }) versions!: PriceVersionResponse[];
}
