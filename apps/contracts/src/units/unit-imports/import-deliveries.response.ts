import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FieldProblemResponse } from '@aftersales/service-kit';

export class ImportedUnitResponse {
  @ApiProperty({ type: 'integer', minimum: 2, description: 'Its row in the file (the header is row 1)' }) row!: number;
  @ApiProperty({ example: 'LQ690K-2026-000123' }) serialNo!: string;
  @ApiProperty({ example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ description: 'Recorded now; false when the same delivery was recorded already' }) created!: boolean;
}

/** 201: what the import recorded, row by row. */
export class DeliveryImportResponse {
  @ApiProperty({ type: [ImportedUnitResponse] }) units!: ImportedUnitResponse[];
}

export class DeliveryProblemResponse extends FieldProblemResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The row (header = 1); 0 for the file' }) row!: number;
  @ApiPropertyOptional({ example: 'B', description: 'The column letter, when one cell is at fault' }) column?: string;
  @ApiPropertyOptional({ description: 'The cell as sent (at most 200 characters)' }) value?: string;
  @ApiProperty({ example: 'delivered', description: 'What kind of problem (docs/domain.md "Units and warranty")' }) code!: string;
}

/** 422: every problem of the file, reasons in the caller's language; nothing was imported. */
export class DeliveryImportProblemsResponse {
  @ApiProperty({ type: 'integer', example: 422 }) statusCode!: number;
  @ApiProperty({ example: 'UNPROCESSABLE_ENTITY' }) error!: string;
  @ApiProperty({ example: '2 problems: nothing was imported' }) message!: string;
  @ApiProperty({ type: [DeliveryProblemResponse] }) problems!: DeliveryProblemResponse[];
  @ApiProperty({ example: '1b4e28ba-2fa1-11d2-883f-0016d3cca427' }) correlationId!: string;
}
