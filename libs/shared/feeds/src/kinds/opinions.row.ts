import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { COMMON, optional, required } from './column.definition';
import { dateInsidePeriod, KindDefinition } from './kind.definition';

export const OPINION_CATEGORIES = ['complaint', 'suggestion', 'praise'] as const;
export type OpinionCategory = (typeof OPINION_CATEGORIES)[number];

/** One line of 顧客意見統計表: a complaint, suggestion or praise from a customer. */
export class OpinionRow {
  @IsString() @IsNotEmpty() @MaxLength(64) opinion_no!: string;
  @IsString() @IsNotEmpty() received_at!: string;
  @IsIn(OPINION_CATEGORIES) category!: OpinionCategory;
  @IsOptional() @IsString() @MaxLength(64) technician_id?: string;
  @IsOptional() @IsString() @MaxLength(64) record_no?: string;
  @IsString() @IsNotEmpty() @MaxLength(4000) text!: string;
}

const CATEGORY_SPELLINGS = {
  complaint: 'complaint', 投訴: 'complaint', 投诉: 'complaint',
  suggestion: 'suggestion', 建議: 'suggestion', 建议: 'suggestion',
  praise: 'praise', 表揚: 'praise', 表扬: 'praise',
};

export const OPINIONS: KindDefinition<OpinionRow> = {
  kind: 'opinions',
  forms: ['顧客意見統計表', '顾客意见统计表', '意見統計表', '意见统计表'],
  rowClass: OpinionRow,
  naturalKey: ['opinion_no'],
  rules: [dateInsidePeriod('received_at')],
  columns: [
    required({ key: 'opinion_no', traditional: '意見編號', simplified: '意见编号', type: 'text', example: 'O-2024-015' }),
    required({ key: 'received_at', traditional: '日期', simplified: '日期', type: 'date', example: '2024-03-12' }),
    required({ key: 'category', traditional: '類別', simplified: '类别', type: 'choice', example: 'suggestion', choices: CATEGORY_SPELLINGS }),
    optional({ ...COMMON.technicianId, example: '' }),
    optional(COMMON.recordNo),
    required({ key: 'text', traditional: '內容', simplified: '内容', type: 'text', example: '希望延長週末服務時間' }),
  ],
};
