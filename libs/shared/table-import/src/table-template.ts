import { StreamableFile } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import ExcelJS from 'exceljs';
import { Language, LANGUAGES, TableColumn, tableHeader } from './table-columns';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FORMATS = ['csv', 'xlsx'] as const;
const csvCell = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** `?lang=` of an import: the language of its problems. */
export class ImportLanguageQuery {
  @ApiPropertyOptional({ enum: LANGUAGES, description: 'The language of the problems (default: Accept-Language, else en)' })
  @IsOptional() @IsIn(LANGUAGES, { message: `lang must be one of ${LANGUAGES.join(', ')}` })
  lang?: Language;
}

/** `?format=&lang=` of an import's template. */
export class TemplateQuery {
  @ApiPropertyOptional({ enum: FORMATS, default: 'xlsx', description: 'CSV (UTF-8 with a BOM) or an XLSX workbook' })
  @IsOptional() @IsIn(FORMATS, { message: `format must be one of ${FORMATS.join(', ')}` })
  format?: (typeof FORMATS)[number];

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'en', description: 'The language of the headers' })
  @IsOptional() @IsIn(LANGUAGES, { message: `lang must be one of ${LANGUAGES.join(', ')}` })
  lang?: Language;
}

/** The CSV template: UTF-8 with a BOM (so Excel opens it in Chinese), the header in the language with the keys, one example row. */
export function csvTemplate(columns: readonly TableColumn[], language: Language): Buffer {
  const lines = [columns.map((c) => tableHeader(c, language)), columns.map((c) => c.example)];
  return Buffer.from(`\uFEFF${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8');
}

/** The XLSX template: one sheet, text cells (so Excel keeps codes and dates as typed), one example row. */
export async function xlsxTemplate(columns: readonly TableColumn[], language: Language, sheetName: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(columns.map((c) => tableHeader(c, language))).font = { bold: true };
  sheet.addRow(columns.map((c) => c.example));
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(16, tableHeader(c, language).length + 4);
    column.numFmt = '@';
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The answer of GET …/template: the file, named `{name}-{lang}.{format}`. */
export async function templateFile(columns: readonly TableColumn[], name: string, { format = 'xlsx', lang = 'en' }: TemplateQuery): Promise<StreamableFile> {
  if (format === 'csv') return new StreamableFile(csvTemplate(columns, lang), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${name}-${lang}.csv"` });
  return new StreamableFile(await xlsxTemplate(columns, lang, name), { type: XLSX_TYPE, disposition: `attachment; filename="${name}-${lang}.xlsx"` });
}
