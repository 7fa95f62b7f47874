import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { COMMON, optional, required } from './column.definition';
import { KindDefinition, saleNotAfterPeriod } from './kind.definition';

/** One 保修回執卡: the registration of a unit sold to a customer. */
export class WarrantyCardRow {
  @IsString() @IsNotEmpty() @MaxLength(64) card_no!: string;
  @IsString() @IsNotEmpty() @MaxLength(64) serial_no!: string;
  @IsString() @IsNotEmpty() @MaxLength(64) model!: string;
  @IsString() @IsNotEmpty() sale_date!: string;
  @IsString() @IsNotEmpty() @MaxLength(100) customer_name!: string;
  @IsOptional() @IsString() @MaxLength(40) customer_phone?: string;
  @IsOptional() @IsString() @MaxLength(500) address?: string;
  @IsOptional() @IsString() @MaxLength(64) sub_dealer_code?: string;
}

export const WARRANTY_CARDS: KindDefinition<WarrantyCardRow> = {
  kind: 'warranty-cards',
  forms: ['保修回執卡', '保修回执卡'],
  rowClass: WarrantyCardRow,
  naturalKey: ['card_no'],
  rules: [saleNotAfterPeriod],
  columns: [
    required({ key: 'card_no', traditional: '卡號', simplified: '卡号', type: 'text', example: 'WC-000123' }),
    required(COMMON.serialNo),
    required(COMMON.model),
    required(COMMON.saleDate),
    required(COMMON.customerName),
    optional(COMMON.customerPhone),
    optional({ key: 'address', traditional: '地址', simplified: '地址', type: 'text', example: '深圳市南山區科技園一路 8 號' }),
    optional(COMMON.subDealerCode),
  ],
};
