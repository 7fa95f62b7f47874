import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { COMMON, optional, required } from './column.definition';
import { dateInsidePeriod, KindDefinition } from './kind.definition';

/** One answered follow-up survey of 顧客滿意度調查統計表 (回訪: attitude, quality, resolution). */
export class SatisfactionRow {
  @IsString() @IsNotEmpty() @MaxLength(64) survey_no!: string;
  @IsOptional() @IsString() @MaxLength(64) record_no?: string;
  @IsString() @IsNotEmpty() surveyed_at!: string;
  @IsInt() @Min(1) @Max(5) attitude!: number;
  @IsInt() @Min(1) @Max(5) quality!: number;
  @IsInt() @Min(1) @Max(5) resolution!: number;
  @IsOptional() @IsInt() @Min(0) @Max(10) recommend?: number;
  @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

const score = (key: string, traditional: string, simplified: string) =>
  required({ key, traditional, simplified, type: 'integer', example: '5' });

export const SATISFACTION: KindDefinition<SatisfactionRow> = {
  kind: 'satisfaction',
  forms: ['顧客滿意度調查統計表', '顾客满意度调查统计表', '滿意度調查表', '满意度调查表'],
  rowClass: SatisfactionRow,
  naturalKey: ['survey_no'],
  rules: [dateInsidePeriod('surveyed_at')],
  columns: [
    required({ key: 'survey_no', traditional: '問卷編號', simplified: '问卷编号', type: 'text', example: 'S-2024-031' }),
    optional(COMMON.recordNo),
    required({ key: 'surveyed_at', traditional: '調查日期', simplified: '调查日期', type: 'date', example: '2024-03-10' }),
    score('attitude', '服務態度', '服务态度'),
    score('quality', '服務質量', '服务质量'),
    score('resolution', '解決程度', '解决程度'),
    optional({ key: 'recommend', traditional: '推薦意願', simplified: '推荐意愿', type: 'integer', example: '9' }),
    optional({ key: 'comment', traditional: '意見', simplified: '意见', type: 'text', example: '師傅很專業' }),
  ],
};
