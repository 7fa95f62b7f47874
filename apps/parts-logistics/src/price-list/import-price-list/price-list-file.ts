import { PRICE_CODE, PriceItemKind, textProblem } from '@aftersales/integration-events';
import { MoneyError, parseYuan } from '@aftersales/money';
import { cleanFileName, Language, READING_REASONS, readTable, TableColumn, TableReading, TableReasons, TableSpec, TableUpload } from '@aftersales/table-import';
import { Readable } from 'node:stream';
import { PriceListSettings } from '../price-list.settings';

type PriceKey = 'code' | 'kind' | 'name' | 'unitPriceYuan';

/** The columns of a price-list file (every one required), their labels and the template's example. */
export const PRICE_COLUMNS: TableColumn<PriceKey>[] = [
  { key: 'code', labels: { en: 'Part number or operation code', 'zh-Hans': '零件编号或工时代码', 'zh-Hant': '零件編號或工時代碼' }, example: 'P-1001' },
  { key: 'kind', labels: { en: 'Kind (part, labour or freight)', 'zh-Hans': '类别 (配件、工时或运费)', 'zh-Hant': '類別 (配件、工時或運費)' }, example: 'part' },
  { key: 'name', labels: { en: 'Name', 'zh-Hans': '名称', 'zh-Hant': '名稱' }, example: '列印頭 LQ-690K' },
  { key: 'unitPriceYuan', labels: { en: 'Unit price (yuan)', 'zh-Hans': '单价 (元)', 'zh-Hant': '單價 (元)' }, example: '480.00' },
];

/** A kind as a file may write it: the English word, or 配件 / 工時 (工时) / 運費 (运费). */
export const KIND_WORDS: Record<string, PriceItemKind> = {
  part: 'part', labour: 'labour', labor: 'labour', freight: 'freight', 配件: 'part', 零件: 'part', 工时: 'labour', 工時: 'labour', 运费: 'freight', 運費: 'freight',
};

export type PriceProblemCode = 'duplicate-code';

export const PRICE_REASONS: TableReasons<PriceProblemCode | keyof typeof READING_REASONS | 'no-rows' | 'too-many-rows' | 'unknown-column'> = {
  ...READING_REASONS,
  'no-rows': { en: () => 'the file has no price line', 'zh-Hans': () => '文件中没有价格行', 'zh-Hant': () => '檔案中沒有價格列' },
  'too-many-rows': { en: (p) => `at most ${p['max']} lines may be imported at once (PRICE_LIST_MAX_ROWS)`, 'zh-Hans': (p) => `一次最多导入 ${p['max']} 行 (PRICE_LIST_MAX_ROWS)`, 'zh-Hant': (p) => `一次最多匯入 ${p['max']} 列 (PRICE_LIST_MAX_ROWS)` },
  'unknown-column': { en: () => 'is not a column of a price list', 'zh-Hans': () => '不是价格表的列', 'zh-Hant': () => '不是價格表的欄位' },
  'duplicate-code': { en: (p) => `code ${p['value']} is also on row ${p['row']}`, 'zh-Hans': (p) => `编号 ${p['value']} 也在第 ${p['row']} 行`, 'zh-Hant': (p) => `編號 ${p['value']} 也在第 ${p['row']} 列` },
};

export const PRICE_TABLE: TableSpec<PriceKey, PriceProblemCode> = {
  columns: PRICE_COLUMNS,
  reasons: PRICE_REASONS,
  check(key, text) {
    switch (key) {
      case 'code': return PRICE_CODE.test(text) ? undefined : 'code may hold letters, digits and . _ / - (at most 64, starting with a letter or digit)';
      case 'kind': return KIND_WORDS[text.toLowerCase()] ? undefined : 'kind must be part, labour or freight (配件, 工時 or 運費)';
      case 'name': { const problem = textProblem(text, 200); return problem && `name ${problem}`; }
      case 'unitPriceYuan': return priceProblem(text);
    }
  },
};

function priceProblem(text: string): string | undefined {
  try {
    return parseYuan(text) < 0 ? 'unitPriceYuan must not be negative' : undefined;
  } catch (error) {
    if (error instanceof MoneyError) return `unitPriceYuan: ${error.message} (yuan with at most 2 decimals, e.g. 480.00)`;
    throw error;
  }
}

export type PriceListReading = TableReading<PriceKey, PriceProblemCode> & { fileName?: string };

/** POST /price-list/imports reads its file as it streams in, at most PRICE_LIST_MAX_BYTES and PRICE_LIST_MAX_ROWS of it. */
export const PriceListUpload = TableUpload({
  settings: PriceListSettings,
  maxBytes: (settings) => settings.maxBytes,
  maxBytesSetting: 'PRICE_LIST_MAX_BYTES',
  read: async (file: Readable, settings, language: Language, fileName: string): Promise<PriceListReading> => ({
    ...await readTable(file, PRICE_TABLE, { maxBytes: settings.maxBytes, maxRows: settings.maxRows }, language),
    ...(cleanFileName(fileName) ? { fileName: cleanFileName(fileName) } : {}),
  }),
});
