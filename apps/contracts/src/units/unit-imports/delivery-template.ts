import ExcelJS from 'exceljs';
import { Language } from '../../dealer-imports/import-columns';
import { DELIVERY_COLUMNS, deliveryHeader } from './delivery-columns';

const csvCell = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The CSV template: UTF-8 with a BOM (so Excel opens it in Chinese), the header in the language with the keys, one example row. */
export function deliveryCsvTemplate(language: Language): Buffer {
  const lines = [DELIVERY_COLUMNS.map((c) => deliveryHeader(c, language)), DELIVERY_COLUMNS.map((c) => c.example)];
  return Buffer.from(`\uFEFF${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8');
}

/** The XLSX template: one `deliveries` sheet, text cells (so Excel keeps codes and dates as typed), one example row. */
export async function deliveryXlsxTemplate(language: Language): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('deliveries', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(DELIVERY_COLUMNS.map((c) => deliveryHeader(c, language))).font = { bold: true };
  sheet.addRow(DELIVERY_COLUMNS.map((c) => c.example));
  DELIVERY_COLUMNS.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(16, deliveryHeader(c, language).length + 4);
    column.numFmt = '@';
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
