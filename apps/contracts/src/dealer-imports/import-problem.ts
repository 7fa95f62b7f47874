import { columnLetter, shownValue } from '@aftersales/table-import';

export { columnLetter, shownValue };
/** What is wrong with an import, cell by cell where it can say (docs/dealer-import.md lists the codes). */
export type ImportProblemCode =
  | 'not-xlsx' | 'no-rows' | 'too-many-rows' | 'missing-column' | 'unknown-column' | 'repeated-column'
  | 'not-an-integer' | 'not-a-boolean' | 'not-a-date' | 'not-a-time' | 'not-a-list-item'
  | 'invalid' | 'unknown-region' | 'registered' | 'duplicate-code' | 'unknown-parent' | 'parent-cycle'
  | 'unknown-dealer' | 'agreement-dates' | 'duplicate-agreement';

export interface ImportProblem {
  /** `dealers` or `agreements` (the sheet as the import reads it); absent for the whole file. */
  sheet?: string;
  /** The row as Excel numbers it (the header is row 1); 0 for a sheet or the file as a whole. */
  row: number;
  /** The column letter, as Excel shows it, when one cell is at fault. */
  column?: string;
  /** The request field (dotted for a section's field). */
  field: string;
  /** The cell as sent, cut to 200 characters. */
  value?: string;
  code: ImportProblemCode;
  reason: string;
}

