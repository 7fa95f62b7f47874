import { IsBoolean, IsDate, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { Fen } from '@aftersales/money';
import { COMMON, optional, required } from './column.definition';
import { KindDefinition, PeriodBounds, RuleBreach, saleNotAfterPeriod } from './kind.definition';

export const SERVICE_MODES = ['phone', 'remote', 'onsite', 'depot'] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];

/** One line of 維修記錄表: one service job on one unit. */
export class RepairRow {
  @IsString() @IsNotEmpty() @MaxLength(64) record_no!: string;
  @IsString() @IsNotEmpty() @MaxLength(64) serial_no!: string;
  @IsString() @IsNotEmpty() @MaxLength(64) model!: string;
  @IsOptional() @IsString() sale_date?: string;
  @IsDate() reported_at!: Date;
  @IsOptional() @IsDate() responded_at?: Date;
  @IsOptional() @IsDate() arrived_at?: Date;
  @IsDate() resolved_at!: Date;
  @IsInt() @Min(1) @Max(4) fault_level!: number;
  @IsString() @IsNotEmpty() @MaxLength(64) fault_code!: string;
  @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @IsString() @IsNotEmpty() @MaxLength(64) technician_id!: string;
  @IsOptional() @IsString() @MaxLength(64) labour_code?: string;
  @IsOptional() @IsInt() @Min(0) labour_fee?: Fen;
  @IsOptional() @IsIn(SERVICE_MODES) service_mode?: ServiceMode;
  @IsOptional() @IsBoolean() first_time_fix?: boolean;
  @IsOptional() @IsBoolean() loaner?: boolean;
  @IsOptional() @IsString() @MaxLength(100) customer_name?: string;
  @IsOptional() @IsString() @MaxLength(40) customer_phone?: string;
  @IsOptional() @IsBoolean() customer_signed?: boolean;
}

const SERVICE_MODE_SPELLINGS = {
  phone: 'phone', 電話: 'phone', 电话: 'phone',
  remote: 'remote', 遠程: 'remote', 远程: 'remote',
  onsite: 'onsite', 上門: 'onsite', 上门: 'onsite', 現場: 'onsite', 现场: 'onsite',
  depot: 'depot', 送修: 'depot',
};

const MEASURED_FROM_REPORT = ['responded_at', 'arrived_at', 'resolved_at'] as const;
const NO_BREACH: readonly RuleBreach[] = [];

/** Response, arrival and resolution are measured from the report (service levels). */
function notBeforeReported(row: RepairRow): readonly RuleBreach[] {
  const reported = row.reported_at.getTime();
  let breaches: RuleBreach[] | undefined;
  for (const column of MEASURED_FROM_REPORT) {
    const at = row[column];
    if (at !== undefined && at.getTime() < reported) (breaches ??= []).push({ column, code: 'before-reported', value: at, against: 'reported_at' });
  }
  return breaches ?? NO_BREACH;
}

/** The job belongs to the month it was completed in. */
function resolvedInsidePeriod(row: RepairRow, period?: PeriodBounds): readonly RuleBreach[] {
  const at = row.resolved_at.getTime();
  if (!period || (at >= period.start.getTime() && at < period.end.getTime())) return NO_BREACH;
  return [{ column: 'resolved_at', code: 'outside-period', value: row.resolved_at, detail: period.period }];
}

export const REPAIRS: KindDefinition<RepairRow> = {
  kind: 'repairs',
  forms: ['維修記錄表', '维修记录表', '維修月報表', '维修月报表'],
  rowClass: RepairRow,
  naturalKey: ['record_no'],
  rules: [notBeforeReported, resolvedInsidePeriod, saleNotAfterPeriod],
  columns: [
    required(COMMON.recordNo),
    required(COMMON.serialNo),
    required(COMMON.model),
    optional(COMMON.saleDate),
    required({ key: 'reported_at', traditional: '報修時間', simplified: '报修时间', type: 'datetime', example: '2024-03-04 09:15' }),
    optional({ key: 'responded_at', traditional: '響應時間', simplified: '响应时间', type: 'datetime', example: '2024-03-04 09:40' }),
    optional({ key: 'arrived_at', traditional: '到場時間', simplified: '到场时间', type: 'datetime', example: '2024-03-04 13:00' }),
    required({ key: 'resolved_at', traditional: '完成時間', simplified: '完成时间', type: 'datetime', example: '2024-03-04 16:30' }),
    required({ key: 'fault_level', traditional: '故障級別', simplified: '故障级别', type: 'integer', example: '2' }),
    required({ key: 'fault_code', traditional: '故障代碼', simplified: '故障代码', type: 'text', example: 'E-101' }),
    optional({ key: 'description', traditional: '故障描述', simplified: '故障描述', type: 'text', example: '開機無顯示' }),
    required(COMMON.technicianId),
    optional({ key: 'labour_code', traditional: '工時代碼', simplified: '工时代码', type: 'text', example: 'L-20' }),
    optional({ key: 'labour_fee', traditional: '工時費', simplified: '工时费', type: 'money', example: '120.50' }),
    optional({ key: 'service_mode', traditional: '服務方式', simplified: '服务方式', type: 'choice', example: 'onsite', choices: SERVICE_MODE_SPELLINGS }),
    optional({ key: 'first_time_fix', traditional: '一次修復', simplified: '一次修复', type: 'yes-no', example: 'Y' }),
    optional({ key: 'loaner', traditional: '備用機', simplified: '备用机', type: 'yes-no', example: 'N' }),
    optional(COMMON.customerName),
    optional(COMMON.customerPhone),
    optional({ key: 'customer_signed', traditional: '客戶簽字', simplified: '客户签字', type: 'yes-no', example: 'Y' }),
  ],
};
