import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { COMMON, optional, required } from './column.definition';
import { KindDefinition } from './kind.definition';

/** One line of 每月零件更換清單: a part replaced during a repair. */
export class PartsRow {
  @IsString() @IsNotEmpty() @MaxLength(64) record_no!: string;
  @IsString() @IsNotEmpty() @MaxLength(64) part_no!: string;
  @IsInt() @Min(1) @Max(9999) qty!: number;
  @IsOptional() @IsBoolean() old_part_returned?: boolean;
}

export const PARTS: KindDefinition<PartsRow> = {
  kind: 'parts',
  forms: ['每月零件更換清單', '每月零件更换清单', '零件更換清單', '零件更换清单'],
  rowClass: PartsRow,
  naturalKey: ['record_no', 'part_no'],
  rules: [],
  columns: [
    required(COMMON.recordNo),
    required({ key: 'part_no', traditional: '配件編號', simplified: '配件编号', type: 'text', example: 'P-5521' }),
    required({ key: 'qty', traditional: '數量', simplified: '数量', type: 'integer', example: '1' }),
    optional({ key: 'old_part_returned', traditional: '舊件返回', simplified: '旧件返回', type: 'yes-no', example: 'Y' }),
  ],
};
