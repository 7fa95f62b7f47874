/** How a cell is read into the request field it fills (import-cells.ts). */
export type CellKind = 'text' | 'integer' | 'boolean' | 'date' | 'clock' | 'texts' | 'integers' | 'dates' | 'overrides' | 'fees';
import { Language, LANGUAGES } from '@aftersales/table-import';

export { Language, LANGUAGES };

/** One column of an import sheet: `key` is the request field it fills, dotted for a section's field. */
export interface ImportColumn {
  key: string;
  kind: CellKind;
  required?: boolean;
  labels: Record<Language, string>;
  /** The template's example row. */
  example?: string | number | boolean;
  /** Allowed values or default, for the notes sheet (English; the label is translated). */
  note: string;
}

const col = (key: string, kind: CellKind, en: string, hans: string, hant: string, note: string, more: Partial<ImportColumn> = {}): ImportColumn =>
  ({ key, kind, labels: { en, 'zh-Hans': hans, 'zh-Hant': hant }, note, ...more });

/** The `dealers` sheet: the fields of POST /dealers. */
export const DEALER_COLUMNS: ImportColumn[] = [
  col('code', 'text', 'Dealer code', '经销商代码', '經銷商代碼', 'Upper-case letters, digits and dashes, 2-32 characters; not registered yet (or registered with the same details)', { required: true, example: 'D9001' }),
  col('name', 'text', 'Name', '名称', '名稱', 'At most 200 characters', { required: true, example: '華南辦公設備有限公司' }),
  col('region', 'text', 'Region', '区域', '區域', 'One of the configured regions', { required: true }),
  col('parentDealerCode', 'text', 'Parent dealer', '上级经销商', '上級經銷商', 'A sub-dealer (分銷商) names its parent: registered, or a row of this sheet'),
  col('address', 'text', 'Address', '地址', '地址', 'At most 300 characters', { example: '廣州市天河區' }),
  col('hotline', 'text', 'Hotline', '服务热线', '服務熱線', 'At most 50 characters', { example: '020-12345678' }),
  col('timeZone', 'text', 'Time zone', '时区', '時區', 'An IANA time zone; default Asia/Shanghai', { example: 'Asia/Shanghai' }),
];

const listNote = 'A list: items separated by commas (, ，、) or semicolons';

/** The `agreements` sheet: the dealer, then every term of POST /dealers/{code}/agreements. */
export const AGREEMENT_COLUMNS: ImportColumn[] = [
  col('dealerCode', 'text', 'Dealer code', '经销商代码', '經銷商代碼', 'Registered, or a row of the dealers sheet', { required: true, example: 'D9001' }),
  col('validFrom', 'date', 'Valid from', '生效日期', '生效日期', 'A date (YYYY-MM-DD)', { required: true, example: '2026-01-01' }),
  col('validTo', 'date', 'Valid to', '到期日期', '到期日期', 'A date on or after validFrom, and not before the latest version starts', { required: true, example: '2026-12-31' }),
  col('fundModel', 'text', 'Fund model', '基金模式', '基金模式', 'revenue-share or per-unit', { required: true, example: 'revenue-share' }),
  col('fundRateBp', 'integer', 'Fund rate (bp)', '基金比例(基点)', '基金比例(基點)', 'revenue-share only, required there: 0-10000 basis points (300 = 3%)', { example: 300 }),
  col('partsQuotaBp', 'integer', 'Parts quota (bp)', '配件额度(基点)', '配件額度(基點)', 'revenue-share only, required there: 0-10000 basis points', { example: 200 }),
  col('carryAcrossYear', 'boolean', 'Carry across year', '跨年结转', '跨年結轉', 'revenue-share only, required there: true or false', { example: true }),
  col('allowancePerUnitFen', 'integer', 'Allowance per unit (fen)', '每台补贴(分)', '每台補貼(分)', 'per-unit only, required there: integer fen'),
  col('noticeDays', 'integer', 'Notice days', '通知天数', '通知天數', '0-365; default 7'),
  col('territory', 'texts', 'Territory', '服务区域', '服務區域', `${listNote}; default none`),
  col('serviceOrganisation.address', 'text', 'Service address', '服务地址', '服務地址', 'At most 300 characters'),
  col('serviceOrganisation.hotline', 'text', 'Service hotline', '服务电话', '服務電話', 'At most 50 characters'),
  col('serviceOrganisation.serviceManager', 'text', 'Service manager', '服务经理', '服務經理', 'At most 100 characters'),
  col('serviceOrganisation.technicians', 'texts', 'Technicians', '技术人员', '技術人員', `${listNote}; default none`),
  col('warranty.defaultMonths', 'integer', 'Warranty months', '保修月数', '保修月數', '0-120; default 12'),
  col('warranty.newSparePartsMonths', 'integer', 'New spare parts warranty months', '新备件保修月数', '新備件保修月數', '0-120; default 12'),
  col('warranty.componentOverrides', 'overrides', 'Component warranty months', '部件保修月数', '部件保修月數', 'component=months; separated by semicolons, e.g. print-head=3'),
  col('warranty.excludedCategories', 'texts', 'Excluded categories', '不保修类别', '不保修類別', `${listNote}; default used-parts, consumables`),
  col('returns.doaWindowDays', 'integer', 'DOA return days', '开箱退货天数', '開箱退貨天數', '0-365; default 7'),
  col('returns.qualityWindowDays', 'integer', 'Quality return days', '质量退换天数', '質量退換天數', '0-365; default 15'),
  col('serviceLevels.firstResponseMinutes', 'integer', 'First response minutes', '首次响应分钟', '首次響應分鐘', '1-10080; default 30'),
  col('serviceLevels.resolutionWorkingHours', 'integer', 'Resolution working hours', '解决工时', '解決工時', '1-720; default 8'),
  col('serviceLevels.complexResolutionWorkingDays', 'integer', 'Complex resolution working days', '复杂问题工作日', '複雜問題工作日', '1-90; default 3'),
  col('serviceLevels.arrivalHours.local', 'integer', 'Arrival hours (local)', '到场小时(本地)', '到場小時(本地)', '1-720; default 2'),
  col('serviceLevels.arrivalHours.near', 'integer', 'Arrival hours (near)', '到场小时(周边)', '到場小時(周邊)', '1-720; default 12'),
  col('serviceLevels.arrivalHours.far', 'integer', 'Arrival hours (far)', '到场小时(外省)', '到場小時(外省)', '1-720; default 48'),
  col('serviceLevels.loanerAfterWorkingDays', 'integer', 'Loaner after working days', '备用机工作日', '備用機工作日', '1-90; default 2'),
  col('serviceLevels.loanerMaxDays', 'integer', 'Loaner max days', '备用机最长天数', '備用機最長天數', '1-365; default 15'),
  col('calendar.workingDays', 'integers', 'Working days', '工作日', '工作日', 'ISO weekdays 1-7 (1 = Monday), separated by commas; default 1,2,3,4,5'),
  col('calendar.dayStart', 'clock', 'Day starts', '上班时间', '上班時間', 'HH:MM; default 09:00'),
  col('calendar.dayEnd', 'clock', 'Day ends', '下班时间', '下班時間', 'HH:MM; default 18:00'),
  col('calendar.holidays', 'dates', 'Holidays', '节假日', '節假日', 'Dates (YYYY-MM-DD) separated by commas; default none'),
  col('calendar.adjustedWorkingDays', 'dates', 'Adjusted working days (調休)', '调休上班日', '調休上班日', 'Dates (YYYY-MM-DD) separated by commas; default none'),
  col('calendar.timeZone', 'text', 'Calendar time zone', '日历时区', '日曆時區', 'An IANA time zone; default Asia/Shanghai'),
  col('reporting.feedDueDay', 'integer', 'Feed due day', '报表截止日', '報表截止日', '1-28; default 10'),
  col('reporting.assessmentDueDay', 'integer', 'Assessment due day', '考核截止日', '考核截止日', '1-28; default 5'),
  col('training.freeTrainingPlaces', 'integer', 'Free training places', '免费培训名额', '免費培訓名額', '0-1000; default 2'),
  col('training.maxTrainingDays', 'integer', 'Max training days', '最长培训天数', '最長培訓天數', '0-365; default 7'),
  col('logistics.shippingDays', 'integer', 'Shipping days', '发货天数', '發貨天數', '0-90 calendar days from the approval; default 3'),
  col('feeSchedule', 'fees', 'Fee schedule', '收费标准', '收費標準', 'operation=feeFen/freeQuota; separated by semicolons, e.g. reinstall-network=50000/1; replaces the default schedule whole'),
];

export const SHEETS = { dealers: DEALER_COLUMNS, agreements: AGREEMENT_COLUMNS } as const;
export type ImportSheet = keyof typeof SHEETS;

/** `Dealer code * (code)`: the label in the language, `*` when required, and the English key that the import reads. */
export function headerOf(column: ImportColumn, language: Language): string {
  return `${column.labels[language]}${column.required ? ' *' : ''} (${column.key})`;
}
