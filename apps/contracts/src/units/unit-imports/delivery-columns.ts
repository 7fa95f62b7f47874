import { READING_REASONS, TableColumn, TableReasons } from '@aftersales/table-import';

/** The columns of a delivery import (every one required), their labels and the template's example. */
export const DELIVERY_COLUMNS: TableColumn<'dealerCode' | 'serialNo' | 'model' | 'receivedOn'>[] = [
  { key: 'dealerCode', labels: { en: 'Dealer code', 'zh-Hans': '经销商代码', 'zh-Hant': '經銷商代碼' }, example: 'D0001' },
  { key: 'serialNo', labels: { en: 'Serial number', 'zh-Hans': '序列号', 'zh-Hant': '序列號' }, example: 'LQ690K-2026-000123' },
  { key: 'model', labels: { en: 'Model', 'zh-Hans': '型号', 'zh-Hant': '型號' }, example: 'LQ-690K' },
  { key: 'receivedOn', labels: { en: 'Received on', 'zh-Hans': '收货日期', 'zh-Hant': '收貨日期' }, example: '2026-03-02' },
];

/** The problems only a delivery import finds (besides those of any import's reading). */
export type DeliveryProblemCode = 'unknown-dealer' | 'duplicate-serial' | 'delivered';

/** Each problem's reason in the caller's language (the value and details as sent). */
export const DELIVERY_REASONS: TableReasons<DeliveryProblemCode | keyof typeof READING_REASONS | 'no-rows' | 'too-many-rows' | 'unknown-column'> = {
  ...READING_REASONS,
  'no-rows': { en: () => 'the file has no unit to import', 'zh-Hans': () => '文件中没有可导入的机器', 'zh-Hant': () => '檔案中沒有可匯入的機器' },
  'too-many-rows': { en: (p) => `at most ${p['max']} units may be imported at once (UNIT_IMPORT_MAX_ROWS)`, 'zh-Hans': (p) => `一次最多导入 ${p['max']} 台 (UNIT_IMPORT_MAX_ROWS)`, 'zh-Hant': (p) => `一次最多匯入 ${p['max']} 台 (UNIT_IMPORT_MAX_ROWS)` },
  'unknown-column': { en: () => 'is not a column of a delivery import', 'zh-Hans': () => '不是交货导入的列', 'zh-Hant': () => '不是交貨匯入的欄位' },
  'unknown-dealer': { en: (p) => `dealer ${p['value']} is not registered`, 'zh-Hans': (p) => `经销商 ${p['value']} 未登记`, 'zh-Hant': (p) => `經銷商 ${p['value']} 未登記` },
  'duplicate-serial': { en: (p) => `serial ${p['value']} is also on row ${p['row']}`, 'zh-Hans': (p) => `序列号 ${p['value']} 也在第 ${p['row']} 行`, 'zh-Hant': (p) => `序列號 ${p['value']} 也在第 ${p['row']} 列` },
  delivered: { en: (p) => p['detail'] ?? '', 'zh-Hans': (p) => `该序列号已交货: ${p['detail']}`, 'zh-Hant': (p) => `該序列號已交貨: ${p['detail']}` },
};
