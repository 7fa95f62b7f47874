import { Language } from '../../dealer-imports/import-columns';

/** One column of a delivery import: the field it fills, its labels, the template's example. */
export interface DeliveryColumn { key: 'dealerCode' | 'serialNo' | 'model' | 'receivedOn'; labels: Record<Language, string>; example: string }

export const DELIVERY_COLUMNS: DeliveryColumn[] = [
  { key: 'dealerCode', labels: { en: 'Dealer code', 'zh-Hans': '经销商代码', 'zh-Hant': '經銷商代碼' }, example: 'D0001' },
  { key: 'serialNo', labels: { en: 'Serial number', 'zh-Hans': '序列号', 'zh-Hant': '序列號' }, example: 'LQ690K-2026-000123' },
  { key: 'model', labels: { en: 'Model', 'zh-Hans': '型号', 'zh-Hant': '型號' }, example: 'LQ-690K' },
  { key: 'receivedOn', labels: { en: 'Received on', 'zh-Hans': '收货日期', 'zh-Hant': '收貨日期' }, example: '2026-03-02' },
];

/** `Serial number * (serialNo)`: the label in the language, and the English key the import reads (every column is required). */
export const deliveryHeader = (column: DeliveryColumn, language: Language) => `${column.labels[language]} * (${column.key})`;

/** A header cell as a column: `… (key)`, the bare key, or a label in any language. */
export function deliveryColumnOf(text: string): DeliveryColumn | undefined {
  const key = /\(([A-Za-z]+)\)\s*$/.exec(text)?.[1] ?? text.replace(/\*/g, '').trim();
  return DELIVERY_COLUMNS.find((c) => c.key === key || Object.values(c.labels).includes(key));
}

export type DeliveryProblemCode =
  | 'not-a-file' | 'no-rows' | 'too-many-rows' | 'missing-column' | 'unknown-column' | 'repeated-column'
  | 'required' | 'invalid' | 'not-a-date' | 'unknown-dealer' | 'duplicate-serial' | 'delivered';

type Words = Record<Language, (p: Record<string, string>) => string>;

/** Each problem's reason in the caller's language (the value and details as sent). */
export const DELIVERY_REASONS: Record<DeliveryProblemCode, Words> = {
  'not-a-file': { en: (p) => `the file is neither CSV nor XLSX (${p['detail']})`, 'zh-Hans': (p) => `文件不是 CSV 或 XLSX (${p['detail']})`, 'zh-Hant': (p) => `檔案不是 CSV 或 XLSX (${p['detail']})` },
  'no-rows': { en: () => 'the file has no unit to import', 'zh-Hans': () => '文件中没有可导入的机器', 'zh-Hant': () => '檔案中沒有可匯入的機器' },
  'too-many-rows': { en: (p) => `at most ${p['max']} units may be imported at once (UNIT_IMPORT_MAX_ROWS)`, 'zh-Hans': (p) => `一次最多导入 ${p['max']} 台 (UNIT_IMPORT_MAX_ROWS)`, 'zh-Hant': (p) => `一次最多匯入 ${p['max']} 台 (UNIT_IMPORT_MAX_ROWS)` },
  'missing-column': { en: (p) => `the file has no ${p['column']} column`, 'zh-Hans': (p) => `文件缺少「${p['column']}」列`, 'zh-Hant': (p) => `檔案缺少「${p['column']}」欄` },
  'unknown-column': { en: () => 'is not a column of a delivery import', 'zh-Hans': () => '不是交货导入的列', 'zh-Hant': () => '不是交貨匯入的欄位' },
  'repeated-column': { en: () => 'appears twice', 'zh-Hans': () => '重复出现', 'zh-Hant': () => '重複出現' },
  required: { en: () => 'is required', 'zh-Hans': () => '必填', 'zh-Hant': () => '必填' },
  invalid: { en: (p) => p['detail'] ?? '', 'zh-Hans': (p) => `格式不正确 (${p['detail']})`, 'zh-Hant': (p) => `格式不正確 (${p['detail']})` },
  'not-a-date': { en: () => 'must be a real date written YYYY-MM-DD', 'zh-Hans': () => '须为真实日期，格式 YYYY-MM-DD', 'zh-Hant': () => '須為真實日期，格式 YYYY-MM-DD' },
  'unknown-dealer': { en: (p) => `dealer ${p['value']} is not registered`, 'zh-Hans': (p) => `经销商 ${p['value']} 未登记`, 'zh-Hant': (p) => `經銷商 ${p['value']} 未登記` },
  'duplicate-serial': { en: (p) => `serial ${p['value']} is also on row ${p['row']}`, 'zh-Hans': (p) => `序列号 ${p['value']} 也在第 ${p['row']} 行`, 'zh-Hant': (p) => `序列號 ${p['value']} 也在第 ${p['row']} 列` },
  delivered: { en: (p) => p['detail'] ?? '', 'zh-Hans': (p) => `该序列号已交货: ${p['detail']}`, 'zh-Hant': (p) => `該序列號已交貨: ${p['detail']}` },
};
