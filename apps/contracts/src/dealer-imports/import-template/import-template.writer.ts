import ExcelJS from 'exceljs';
import { AGREEMENT_COLUMNS, DEALER_COLUMNS, headerOf, ImportColumn, Language } from '../import-columns';

const NOTES_HEADERS: Record<Language, string[]> = {
  en: ['Sheet', 'Column', 'Key', 'Required', 'Allowed values and default'],
  'zh-Hans': ['工作表', '列', '键', '必填', '允许的值与默认值'],
  'zh-Hant': ['工作表', '欄', '鍵', '必填', '允許的值與預設值'],
};
const YES: Record<Language, string> = { en: 'yes', 'zh-Hans': '是', 'zh-Hant': '是' };

/**
 * The import template: a `dealers` and an `agreements` sheet whose headers are in the
 * language with the English key the import reads, one example row each (which imports as
 * it is), and a `notes` sheet with each column's allowed values and default.
 */
export async function importTemplate(language: Language, regions: string[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const examples: Record<string, unknown> = { region: regions[0] };
  addSheet(book, 'dealers', DEALER_COLUMNS, language, examples);
  addSheet(book, 'agreements', AGREEMENT_COLUMNS, language, {});
  const notes = book.addWorksheet('notes');
  notes.addRow(NOTES_HEADERS[language]).font = { bold: true };
  for (const [sheet, columns] of [['dealers', DEALER_COLUMNS], ['agreements', AGREEMENT_COLUMNS]] as const) {
    for (const column of columns) {
      const note = column.key === 'region' ? `${column.note}: ${regions.join(', ')}` : column.note;
      notes.addRow([sheet, column.labels[language], column.key, column.required ? YES[language] : '', note]);
    }
  }
  notes.columns.forEach((c, i) => (c.width = [12, 28, 36, 8, 90][i]));
  return Buffer.from(await book.xlsx.writeBuffer());
}

function addSheet(book: ExcelJS.Workbook, name: string, columns: ImportColumn[], language: Language, examples: Record<string, unknown>) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(columns.map((c) => headerOf(c, language))).font = { bold: true };
  sheet.addRow(columns.map((c) => examples[c.key] ?? c.example ?? null));
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(14, headerOf(c, language).length + 4);
    // Text cells, so that Excel keeps codes and dates as typed (D0001, 2026-01-01).
    if (c.kind !== 'integer' && c.kind !== 'boolean') column.numFmt = '@';
  });
}
