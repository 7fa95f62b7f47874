import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FieldProblemResponse } from '@aftersales/service-kit';

export class ImportedDealerResponse {
  @ApiProperty({ type: 'integer', minimum: 2, description: 'Its row on the dealers sheet' }) row!: number;
  @ApiProperty({ example: 'D9001' }) code!: string;
  @ApiProperty({ description: 'Registered now; false when it was registered already with the same details' }) created!: boolean;
}

export class ImportedAgreementResponse {
  @ApiProperty({ type: 'integer', minimum: 2, description: 'Its row on the agreements sheet' }) row!: number;
  @ApiProperty({ example: 'D9001' }) dealerCode!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) agreementVersion!: number;
  @ApiProperty({ description: 'Signed now; false when the dealer had signed the same agreement already (a re-run)' }) created!: boolean;
}

/** 201: what the import registered and signed, in the order applied (parents first, then agreements). */
export class DealerImportResponse {
  @ApiProperty({ type: [ImportedDealerResponse] }) dealers!: ImportedDealerResponse[];
  @ApiProperty({ type: [ImportedAgreementResponse] }) agreements!: ImportedAgreementResponse[];
}

/** One thing wrong with an import file, at its cell. */
export class ImportProblemResponse extends FieldProblemResponse {
  @ApiPropertyOptional({ enum: ['dealers', 'agreements'], description: 'Absent for the file as a whole' }) sheet?: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The row as Excel numbers it (header = 1); 0 for the file' }) row!: number;
  @ApiPropertyOptional({ example: 'C', description: 'The column letter, when one cell is at fault' }) column?: string;
  @ApiPropertyOptional({ description: 'The cell as sent (at most 200 characters)' }) value?: string;
  @ApiProperty({ example: 'not-an-integer', description: 'What kind of problem (docs/dealer-import.md)' }) code!: string;
}

/** 422: every problem of the file; nothing was imported. */
export class DealerImportProblemsResponse {
  @ApiProperty({ type: 'integer', example: 422 }) statusCode!: number;
  @ApiProperty({ example: 'UNPROCESSABLE_ENTITY' }) error!: string;
  @ApiProperty({ example: '3 problems: nothing was imported' }) message!: string;
  @ApiProperty({ type: [ImportProblemResponse] }) problems!: ImportProblemResponse[];
  @ApiProperty({ example: '1b4e28ba-2fa1-11d2-883f-0016d3cca427' }) correlationId!: string;
}
