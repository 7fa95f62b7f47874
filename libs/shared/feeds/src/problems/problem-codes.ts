/**
 * Every problem a feed can have, with its message in the three languages dealers read.
 * Placeholders: {column} the column as the dealer wrote it, {value} the cell, {detail} extra.
 */
export interface TrilingualText {
  readonly 'zh-Hant': string;
  readonly 'zh-Hans': string;
  readonly en: string;
}

type Severity = 'error' | 'warning';

function error(zhHant: string, zhHans: string, en: string) {
  return { severity: 'error' as Severity, text: { 'zh-Hant': zhHant, 'zh-Hans': zhHans, en } };
}

function warning(zhHant: string, zhHans: string, en: string) {
  return { severity: 'warning' as Severity, text: { 'zh-Hant': zhHant, 'zh-Hans': zhHans, en } };
}

export const PROBLEMS = {
  // The file as a whole
  'file-too-large': error('檔案超過 {detail} 位元組上限', '文件超过 {detail} 字节上限', 'the file is larger than the limit of {detail} bytes'),
  'too-many-rows': error('資料列超過 {detail} 列上限', '数据行超过 {detail} 行上限', 'the file has more than the limit of {detail} rows'),
  'empty-file': error('檔案是空的', '文件是空的', 'the file is empty'),
  'binary-file': error('檔案不是文字檔(可能是改了副檔名的二進位檔)', '文件不是文本文件(可能是改了扩展名的二进制文件)', 'the file is binary, not text (a renamed file?)'),
  'unsupported-format': error('不支援的檔案格式:{detail}', '不支持的文件格式:{detail}', 'unsupported file format: {detail}'),
  'corrupt-xlsx': error('XLSX 檔案不完整或已損壞:{detail}', 'XLSX 文件不完整或已损坏:{detail}', 'the XLSX file is truncated or corrupt: {detail}'),
  'zip-bomb': error('XLSX 解壓後過大,疑為壓縮炸彈:{detail}', 'XLSX 解压后过大,疑为压缩炸弹:{detail}', 'the XLSX expands too much (a zip bomb?): {detail}'),
  'read-failed': error('無法讀取檔案:{detail}', '无法读取文件:{detail}', 'the file cannot be read: {detail}'),
  'unknown-kind': error('無法判斷報表種類:{detail}', '无法判断报表种类:{detail}', 'cannot tell which form this is: {detail}'),
  'sheet-ignored': warning('工作表「{value}」不是已知報表,已略過', '工作表「{value}」不是已知报表,已略过', 'sheet "{value}" is not a known form and was skipped'),
  // Headers
  'missing-columns': error('缺少必填欄位:{detail}', '缺少必填列:{detail}', 'required columns are missing: {detail}'),
  'unknown-column': warning('未知欄位「{value}」,已略過', '未知列「{value}」,已略过', 'unknown column "{value}" was ignored'),
  'duplicate-column': error('欄位「{value}」出現兩次', '列「{value}」出现两次', 'column "{value}" appears twice'),
  // One row
  'ragged-row': error('此列有 {detail} 個儲存格,與標題列不符', '此行有 {detail} 个单元格,与标题行不符', 'this row has {detail} cells, unlike the header row'),
  'unterminated-quote': error('引號沒有結束', '引号没有结束', 'a quoted cell is never closed'),
  'bad-encoding': error('含有無法以 {detail} 解讀的字元', '含有无法以 {detail} 解读的字符', 'contains characters that are not valid {detail}'),
  'bad-json': error('不是有效的 JSON 物件:{detail}', '不是有效的 JSON 对象:{detail}', 'not a valid JSON object: {detail}'),
  required: error('「{column}」必填', '「{column}」必填', '{column} is required'),
  'not-text': error('「{column}」應為文字', '「{column}」应为文本', '{column} must be text'),
  'too-long': error('「{column}」超過 {detail} 個字', '「{column}」超过 {detail} 个字', '{column} is longer than {detail} characters'),
  'not-whole-number': error('「{column}」應為整數:{value}', '「{column}」应为整数:{value}', '{column} must be a whole number: {value}'),
  'out-of-range': error('「{column}」超出範圍 {detail}:{value}', '「{column}」超出范围 {detail}:{value}', '{column} is out of range {detail}: {value}'),
  'not-a-choice': error('「{column}」應為 {detail} 之一:{value}', '「{column}」应为 {detail} 之一:{value}', '{column} must be one of {detail}: {value}'),
  'not-yes-no': error('「{column}」應為 Y/N(是/否):{value}', '「{column}」应为 Y/N(是/否):{value}', '{column} must be Y/N (是/否): {value}'),
  'bad-date': error('「{column}」不是日期(YYYY-MM-DD):{value}', '「{column}」不是日期(YYYY-MM-DD):{value}', '{column} is not a date (YYYY-MM-DD): {value}'),
  'bad-datetime': error('「{column}」不是時間(YYYY-MM-DD HH:mm):{value}', '「{column}」不是时间(YYYY-MM-DD HH:mm):{value}', '{column} is not a time (YYYY-MM-DD HH:mm): {value}'),
  'money-decimals': error('「{column}」金額超過兩位小數:{value}', '「{column}」金额超过两位小数:{value}', '{column} has more than 2 decimals: {value}'),
  'not-money': error('「{column}」不是以元計的金額:{value}', '「{column}」不是以元计的金额:{value}', '{column} is not an amount in yuan: {value}'),
  invalid: error('「{column}」無效({detail}):{value}', '「{column}」无效({detail}):{value}', '{column} is invalid ({detail}): {value}'),
  // Rules across cells and rows
  'before-reported': error('「{column}」早於報修時間', '「{column}」早于报修时间', '{column} is before reported_at'),
  'after-period': error('「{column}」晚於報表月份 {detail}', '「{column}」晚于报表月份 {detail}', '{column} is after the period {detail}'),
  'outside-period': error('「{column}」不在報表月份 {detail} 內', '「{column}」不在报表月份 {detail} 内', '{column} is outside the period {detail}'),
  'duplicate-key': error('與第 {detail} 列重複:{value}', '与第 {detail} 行重复:{value}', 'same key as row {detail}: {value}'),
  'unknown-model': error('未知型號:{value}', '未知型号:{value}', 'unknown model: {value}'),
  'unknown-part': error('未知配件:{value}', '未知配件:{value}', 'unknown part: {value}'),
  'unknown-technician': error('未知維修員:{value}', '未知维修员:{value}', 'unknown technician: {value}'),
  'uncertified-technician': warning('維修員沒有有效證書:{value}', '维修员没有有效证书:{value}', 'the technician has no valid certificate: {value}'),
  'unknown-repair-record': error('沒有這張維修單:{value}', '没有这张维修单:{value}', 'no repair record with this number: {value}'),
} as const;

export type ProblemCode = keyof typeof PROBLEMS;
export type ProblemSeverity = Severity;
