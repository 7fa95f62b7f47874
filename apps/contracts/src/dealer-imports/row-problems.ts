import { DomainError } from '@aftersales/event-sourcing';
import { FieldProblem } from '@aftersales/integration-events';
import { ImportProblem, ImportProblemCode } from './import-problem';
import { SheetRow } from './import-workbook';

/** The cell a request field came from: the column whose key is the field or holds it (`feeSchedule` for `feeSchedule.0.feeFen`). */
function cellOf(row: SheetRow, field: string) {
  let found: { column: string; value?: string } | undefined;
  let length = -1;
  for (const [key, cell] of row.cells) {
    if ((field === key || field.startsWith(`${key}.`)) && key.length > length) [found, length] = [cell, key.length];
  }
  return found;
}

/** A problem of one row, placed at the cell of its field. */
export function rowProblem(sheet: string, row: SheetRow, field: string, code: ImportProblemCode, reason: string): ImportProblem {
  const cell = cellOf(row, field);
  return { sheet, row: row.row, ...(cell?.column ? { column: cell.column } : {}), ...(cell?.value !== undefined ? { value: cell.value } : {}), field, code, reason };
}

/** class-validator's problems of a row (the request classes' own reasons). */
export function validationProblems(sheet: string, row: SheetRow, problems: FieldProblem[]): ImportProblem[] {
  return problems.map((p) => rowProblem(sheet, row, p.field, 'invalid', p.reason));
}

/** What a decider refused, as a problem of the row; anything else is no business refusal and is thrown on. */
export function refusal(sheet: string, row: SheetRow, error: unknown, codes: Partial<Record<DomainError['kind'], ImportProblemCode>>, field: string): ImportProblem {
  if (!(error instanceof DomainError)) throw error;
  return rowProblem(sheet, row, error.field ?? field, codes[error.kind] ?? 'invalid', error.message);
}
