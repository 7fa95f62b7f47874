import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { COMMON, optional, required } from './column.definition';
import { KindDefinition, saleNotAfterPeriod } from './kind.definition';

/** One line of 每月銷售統計表: a unit sold. */
export class SalesRow {
  @IsString() @IsNotEmpty() @MaxLength(64) serial_no!: string;
  @IsString() @IsNotEmpty() @MaxLength(64) model!: string;
  @IsString() @IsNotEmpty() sale_date!: string;
  @IsOptional() @IsString() @MaxLength(64) sub_dealer_code?: string;
  @IsOptional() @IsString() @MaxLength(64) invoice_no?: string;
}

export const SALES: KindDefinition<SalesRow> = {
  kind: 'sales',
  forms: ['每月銷售統計表', '每月销售统计表', '銷售統計表', '销售统计表'],
  rowClass: SalesRow,
  naturalKey: ['serial_no'],
  rules: [saleNotAfterPeriod],
  columns: [
    required(COMMON.serialNo),
    required(COMMON.model),
    required(COMMON.saleDate),
    optional(COMMON.subDealerCode),
    optional({ key: 'invoice_no', traditional: '發票號', simplified: '发票号', type: 'text', example: 'INV-2024-0007' }),
  ],
};
