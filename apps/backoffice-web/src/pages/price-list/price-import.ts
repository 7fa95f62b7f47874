import { FieldProblem } from '../../api/problem';
import { ImportProblem, inFileOrder, templateFileName } from '../dealers/import-problems';

/** The fields of the import form a problem may name (the query of POST /api/price-list/imports). */
export const IMPORT_FORM_FIELDS = ['effectiveFrom', 'reason'] as const;

/**
 * A refused import's problems: those about the form (a day before the latest version's, a reason
 * too long: at no row of the file) beside its fields, the file's in the problem table, in the
 * order of the file.
 */
export function splitImportProblems(problems: readonly FieldProblem[]): { beside: FieldProblem[]; table: ImportProblem[] } {
  const fields: readonly string[] = IMPORT_FORM_FIELDS;
  const beside: FieldProblem[] = [];
  const table: ImportProblem[] = [];
  for (const problem of problems as readonly ImportProblem[]) {
    if (!problem.row && fields.includes(problem.field)) beside.push(problem);
    else table.push(problem);
  }
  return { beside, table: inFileOrder(table) };
}

/** The template's file name: the server's (Content-Disposition), else `price-list-<lang>.<format>`. */
export function priceTemplateName(disposition: string | null, format: 'csv' | 'xlsx', language: string): string {
  return disposition && /filename/i.test(disposition) ? templateFileName(disposition, language) : `price-list-${language}.${format}`;
}

/** A cell of the problem table as the file held it (nothing for a blank). */
export function cellText(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}
