/**
 * Every problem a feed can have, with its message in the three languages dealers read.
 * Placeholders: {column} the column as the dealer's header wrote it (else its label in the
 * message's language), {value} the cell as typed, {columns} required columns named in the
 * message's language, any other {name} a language-neutral parameter of the problem.
 */
export type FeedLanguage = 'zh-Hant' | 'zh-Hans' | 'en';
export const FEED_LANGUAGES: readonly FeedLanguage[] = ['zh-Hant', 'zh-Hans', 'en'];

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
  'xls-file': error(
    '這是舊版 Excel 97-2003 活頁簿(.xls),無法讀取:請在 Excel 以「檔案 › 另存新檔」選擇「Excel 活頁簿 (*.xlsx)」後再上傳',
    '这是旧版 Excel 97-2003 工作簿(.xls),无法读取:请在 Excel 中用「文件 › 另存为」选择「Excel 工作簿 (*.xlsx)」后再上传',
    'this is an old Excel 97-2003 workbook (.xls), which cannot be read: in Excel use File › Save As, choose "Excel Workbook (*.xlsx)" and upload that',
  ),
  'ods-file': error(
    '這是 ODS 試算表(LibreOffice 的格式),無法讀取:請在 LibreOffice Calc 以「檔案 › 另存新檔」選擇「Excel 2007-365 (.xlsx)」後再上傳',
    '这是 ODS 电子表格(LibreOffice 的格式),无法读取:请在 LibreOffice Calc 中用「文件 › 另存为」选择「Excel 2007-365 (.xlsx)」后再上传',
    'this is an ODS spreadsheet (LibreOffice\'s own format), which cannot be read: in LibreOffice Calc use File › Save As, choose "Excel 2007-365 (.xlsx)" and upload that',
  ),
  'corrupt-xlsx': error('XLSX 檔案不完整或已損壞', 'XLSX 文件不完整或已损坏', 'the XLSX file is truncated or corrupt'),
  'zip-bomb': error('XLSX 解壓後過大,疑為壓縮炸彈', 'XLSX 解压后过大,疑为压缩炸弹', 'the XLSX expands too much (a zip bomb?)'),
  'read-failed': error('無法讀取檔案', '无法读取文件', 'the file cannot be read'),
  'unknown-kind': error('無法從標題列判斷報表種類:{detail}', '无法从标题行判断报表种类:{detail}', 'cannot tell the form from the header: {detail}'),
  'sheet-ignored': warning('工作表「{value}」不是已知報表,已略過', '工作表「{value}」不是已知报表,已略过', 'sheet "{value}" is not a known form and was skipped'),
  'sheet-hidden': warning('隱藏的工作表「{value}」已略過', '隐藏的工作表「{value}」已略过', 'hidden sheet "{value}" was skipped'),
  'no-form-sheet': error(
    '沒有一個工作表以報表命名(例如「維修記錄表」),也無法從標題列判斷',
    '没有一个工作表以报表命名(例如「维修记录表」),也无法从标题行判断',
    'no sheet is named after a form (such as 維修記錄表 or repairs), nor tells its form by its header',
  ),
  // Headers
  'missing-columns': error(
    '缺少必填欄位:{columns}(前 {scanned} 列中沒有一列含有全部必填欄位)',
    '缺少必填列:{columns}(前 {scanned} 行中没有一行含有全部必填列)',
    'required columns are missing: {columns} (no row of the first {scanned} has them all)',
  ),
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
  'not-a-choice': error('「{column}」應為 {choices} 之一:{value}', '「{column}」应为 {choices} 之一:{value}', '{column} must be one of {choices}: {value}'),
  'not-yes-no': error('「{column}」應為 Y/N(是/否):{value}', '「{column}」应为 Y/N(是/否):{value}', '{column} must be Y/N (是/否): {value}'),
  'bad-date': error('「{column}」不是日期(YYYY-MM-DD):{value}', '「{column}」不是日期(YYYY-MM-DD):{value}', '{column} is not a date (YYYY-MM-DD): {value}'),
  'two-digit-year': error('「{column}」的年份只有兩位數,請寫四位數年份:{value}', '「{column}」的年份只有两位数,请写四位数年份:{value}', '{column} has a two-digit year; write the year in full: {value}'),
  'time-without-date': error('「{column}」只有時間,沒有日期:{value}', '「{column}」只有时间,没有日期:{value}', '{column} is a time without a date: {value}'),
  'formula-without-result': error(
    '「{column}」是公式,但檔案沒有保存它的結果:請在 Excel 或 LibreOffice 開啟檔案、存檔後再上傳',
    '「{column}」是公式,但文件没有保存它的结果:请在 Excel 或 WPS/LibreOffice 中打开文件、保存后再上传',
    '{column} is a formula whose result the file did not save: open the file in Excel or LibreOffice, save it and upload it again',
  ),
  'formula-error': error('「{column}」的公式結果是錯誤值 {value}', '「{column}」的公式结果是错误值 {value}', '{column}: the formula gives the error {value}'),
  'bad-datetime': error('「{column}」不是時間(YYYY-MM-DD HH:mm):{value}', '「{column}」不是时间(YYYY-MM-DD HH:mm):{value}', '{column} is not a time (YYYY-MM-DD HH:mm): {value}'),
  'money-decimals': error('「{column}」金額超過兩位小數:{value}', '「{column}」金额超过两位小数:{value}', '{column} has more than 2 decimals: {value}'),
  'money-hidden-decimals': error(
    '「{column}」顯示為 {value},但儲存格的值是 {held},超過兩位小數',
    '「{column}」显示为 {value},但单元格的值是 {held},超过两位小数',
    '{column} shows {value} but the cell holds {held}, more than 2 decimals',
  ),
  'not-money': error('「{column}」不是以元計的金額:{value}', '「{column}」不是以元计的金额:{value}', '{column} is not an amount in yuan: {value}'),
  invalid: error('「{column}」無效({detail}):{value}', '「{column}」无效({detail}):{value}', '{column} is invalid ({detail}): {value}'),
  // Rules across cells and rows
  'before-reported': error('「{column}」早於報修時間 {against}:{value}', '「{column}」早于报修时间 {against}:{value}', '{column} is before the reported time {against}: {value}'),
  'after-period': error('「{column}」晚於報表月份 {detail}:{value}', '「{column}」晚于报表月份 {detail}:{value}', '{column} is after the period {detail}: {value}'),
  'outside-period': error('「{column}」不在報表月份 {detail} 內:{value}', '「{column}」不在报表月份 {detail} 内:{value}', '{column} is outside the period {detail}: {value}'),
  'duplicate-key': error('與第 {detail} 列重複:{value}', '与第 {detail} 行重复:{value}', 'same key as row {detail}: {value}'),
  'unknown-model': error('未知型號:{value}', '未知型号:{value}', 'unknown model: {value}'),
  'unknown-part': error('未知配件:{value}', '未知配件:{value}', 'unknown part: {value}'),
  'unknown-technician': error('未知維修員:{value}', '未知维修员:{value}', 'unknown technician: {value}'),
  'uncertified-technician': warning('維修員 {value} 在 {on} 沒有有效的維修員證', '维修员 {value} 在 {on} 没有有效的维修员证', 'technician {value} had no valid certificate on {on}'),
  'unknown-repair-record': error('沒有這張維修單:{value}', '没有这张维修单:{value}', 'no repair record with this number: {value}'),
  'summary-line': warning('合計或簽名列已略過:{value}', '合计或签名行已略过:{value}', 'a total or signature line was ignored: {value}'),
} as const;

export type ProblemCode = keyof typeof PROBLEMS;
export type ProblemSeverity = Severity;
