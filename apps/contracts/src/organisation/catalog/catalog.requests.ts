import { PART_CATEGORIES } from '@aftersales/integration-events';
import { TextField } from '@aftersales/service-kit';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IdField } from '../organisation.fields';

export class ListModelRequest {
  @IdField(64, { example: 'PR-630K' }) model!: string;
  @TextField(200, { example: '針式打印機 PR-630K' }) name!: string;
}

export class ListPartRequest {
  @IdField(64, { example: 'P-HEAD-630' }) partNo!: string;
  @TextField(200, { example: '列印頭 PR-630K/730K' }) name!: string;
  @ApiProperty({ enum: PART_CATEGORIES, description: 'Decides its warranty: used parts and consumables have none' })
  @IsIn(PART_CATEGORIES, { message: `category must be one of ${PART_CATEGORIES.join(', ')}` })
  category!: (typeof PART_CATEGORIES)[number];
  @IdField(64, { optional: true, example: 'print-head', description: "The component an agreement's warranty override names" }) component?: string;
}

export class CatalogChangeResponse {
  @ApiProperty({ type: 'integer', description: 'The entry\'s version: 1 when first listed' }) version!: number;
  @ApiProperty({ format: 'date-time' }) changedAt!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ enum: PART_CATEGORIES }) category?: string;
  @ApiPropertyOptional() component?: string;
}

export class ModelResponse {
  @ApiProperty({ example: 'PR-630K' }) model!: string;
  @ApiProperty({ example: '針式打印機 PR-630K' }) name!: string;
}

export class PartResponse {
  @ApiProperty({ example: 'P-HEAD-630' }) partNo!: string;
  @ApiProperty({ example: '列印頭 PR-630K/730K' }) name!: string;
  @ApiProperty({ enum: PART_CATEGORIES }) category!: string;
  @ApiPropertyOptional({ example: 'print-head' }) component?: string;
}

export class CatalogModelEntry extends ModelResponse {
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ format: 'date-time', description: 'When it was last listed or changed' }) changedAt!: string;
  @ApiProperty({ type: [CatalogChangeResponse], description: 'Every listing, oldest first' }) history!: CatalogChangeResponse[];
}

export class CatalogPartEntry extends PartResponse {
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ format: 'date-time' }) changedAt!: string;
  @ApiProperty({ type: [CatalogChangeResponse], description: 'Every listing, oldest first' }) history!: CatalogChangeResponse[];
}

export class ModelListResponse {
  @ApiProperty({ type: [CatalogModelEntry], description: 'Every model, by model' }) items!: CatalogModelEntry[];
}

export class PartListResponse {
  @ApiProperty({ type: [CatalogPartEntry], description: 'Every part, by part number' }) items!: CatalogPartEntry[];
}
