import Papa from 'papaparse';

/** A table to export: the header texts (in the UI's language) and the rows, cell by cell. */
export interface ExportTable {
  sheetName: string;
  headers: string[];
  rows: Array<Array<string | number | null>>;
}

/** Byte order mark: Excel reads a CSV as UTF-8 (Chinese names intact) only when the file starts with it. */
const BOM = '\uFEFF';

/**
 * The table as CSV in UTF-8 with BOM. Cells that a spreadsheet would run as a formula (=, +, -,
 * @ first) are quoted with a leading apostrophe: a dealer's name is data, never a formula.
 */
export function toCsv(table: ExportTable): string {
  return BOM + Papa.unparse({ fields: table.headers, data: table.rows }, { escapeFormulae: true, newline: '\r\n' });
}

/** The table as an XLSX workbook; exceljs is loaded only now (it is large, and most visits never export). */
export async function toXlsx(table: ExportTable): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheetName);
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? ''));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column, index) => {
    const widest = Math.max(...[table.headers[index], ...table.rows.map((row) => row[index])].map((cell) => String(cell ?? '').length));
    column.width = Math.min(60, Math.max(10, widest + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** Hands a file to the browser's download. */
export function download(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
