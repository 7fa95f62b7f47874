/**
 * Cells a workbook holds that are more than their plain value: a formula whose saved result
 * is an error, a number shown through its format (33.33 holding 100/3).
 */
export class CellError {
  constructor(readonly error: string) {}

  toString(): string {
    return this.error;
  }
}

export class FormattedNumber {
  constructor(
    readonly value: number,
    /** As the cell's number format shows it. */
    readonly shown: string,
  ) {}

  toString(): string {
    return String(this.value);
  }
}

/** The error values a spreadsheet saves as a formula's result (and writes as text in CSV). */
export const CELL_ERRORS: ReadonlySet<string> = new Set([
  '#N/A', '#VALUE!', '#DIV/0!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA',
]);
