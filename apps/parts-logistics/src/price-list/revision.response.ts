import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** 201: the version a change made. 200 with `created: false` when it changed nothing: then version and effectiveFrom are the latest version's, set and withdrawn 0. */
export class RevisionResponse {
  @ApiProperty({ type: 'integer', minimum: 1, example: 3 }) version!: number;
  @ApiProperty({ example: '2026-07-01', description: 'In force from this day (the manufacturer\'s date) until the next version\'s' }) effectiveFrom!: string;
  @ApiProperty({ enum: ['import', 'edit'] }) source!: 'import' | 'edit';
  @ApiPropertyOptional({ example: '供應商調價' }) reason?: string;
  @ApiPropertyOptional({ example: 'price-list-2026-07.xlsx' }) fileName?: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Lines this version set (new, or another price or name)' }) set!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Lines this version withdrew' }) withdrawn!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Lines in force from effectiveFrom' }) lineCount!: number;
  @ApiProperty({ description: 'false: the request changed nothing (the same file or price again)' }) created!: boolean;
}
