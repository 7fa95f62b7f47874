import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FieldProblemResponse } from '@aftersales/service-kit';

export class TableProblemResponse extends FieldProblemResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The row (header = 1); 0 for the file' }) row!: number;
  @ApiPropertyOptional({ example: 'B', description: 'The column letter, when one cell is at fault' }) column?: string;
  @ApiPropertyOptional({ description: 'The cell as sent (at most 200 characters)' }) value?: string;
  @ApiProperty({ example: 'required', description: 'What kind of problem' }) code!: string;
}

/** 422: every problem of the file, reasons in the caller's language; nothing was imported. */
export class TableProblemsResponse {
  @ApiProperty({ type: 'integer', example: 422 }) statusCode!: number;
  @ApiProperty({ example: 'UNPROCESSABLE_ENTITY' }) error!: string;
  @ApiProperty({ example: '2 problems: nothing was imported' }) message!: string;
  @ApiProperty({ type: [TableProblemResponse] }) problems!: TableProblemResponse[];
  @ApiProperty({ example: '1b4e28ba-2fa1-11d2-883f-0016d3cca427' }) correlationId!: string;
}
