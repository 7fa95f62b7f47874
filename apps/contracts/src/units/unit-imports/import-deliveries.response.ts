import { ApiProperty } from '@nestjs/swagger';

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
