import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type { FeedKind } from '../kinds/feed-kind';
import { kindDefinition } from '../kinds/kinds.registry';
import { escapeFormula } from './formula-escape';
import { headerText } from './row.formatter';

export type TemplateScript = 'traditional' | 'simplified';

/**
 * The CSV template of a kind: UTF-8 with BOM (so Excel shows the Chinese), bilingual
 * headers with `*` on required columns, and one example row.
 */
export function csvTemplate(kind: FeedKind, script: TemplateScript = 'traditional'): Buffer {
  const { columns } = kindDefinition(kind);
  const text = Papa.unparse(
    [columns.map((c) => headerText(c, 'bilingual', script)), columns.map((c) => escapeFormula(c.example))],
    { newline: '\r\n' },
  );
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(`${text}\r\n`, 'utf-8')]);
}

/** The XLSX template of a kind: the same, with required headers in bold red and a note. */
export async function xlsxTemplate(kind: FeedKind, target: Writable, script: TemplateScript = 'traditional') {
  const definition = kindDefinition(kind);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(script === 'traditional' ? definition.forms[0] : definition.forms[1]);
  sheet.addRow(definition.columns.map((c) => headerText(c, 'bilingual', script)));
  sheet.addRow(definition.columns.map((c) => escapeFormula(c.example)));
  definition.columns.forEach((column, i) => {
    const header = sheet.getCell(1, i + 1);
    header.font = { bold: true, color: column.required ? { argb: 'FFC00000' } : undefined };
    if (column.required) header.note = script === 'traditional' ? '必填 required' : '必填 required';
    sheet.getColumn(i + 1).width = Math.max(14, column.key.length + 8);
    sheet.getColumn(i + 1).numFmt = '@'; // text, so Excel keeps codes such as 0042 as typed
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  await workbook.xlsx.write(target);
}
