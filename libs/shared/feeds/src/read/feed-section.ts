import type { FeedKind } from '../kinds/feed-kind';
import type { ProblemCode } from '../problems/problem-codes';
import type { RawCell } from '../validate/cell.parsers';

/** A row as a reader found it, before any column is known: cells, a JSON object or a fault. */
export type RawRecord =
  | { readonly row: number; readonly cells: readonly RawCell[] }
  | { readonly row: number; readonly fields: Readonly<Record<string, unknown>> }
  | { readonly row: number; readonly fault: ProblemCode; readonly detail?: string; readonly value?: string };

/** One table of a file: the whole CSV or JSON Lines file, or one sheet of a workbook. */
export interface FeedSection {
  readonly sheet?: string;
  /** The kind the sheet's name gives, if any. */
  readonly kind?: FeedKind;
  /** Every visible sheet name of the workbook, to know whether any names a kind. */
  readonly workbookSheets?: readonly string[];
  /** A hidden sheet (last month's, left in the workbook): skipped with a warning. */
  readonly hidden?: boolean;
  /** Rows in batches (fewer promises per row); the first row of a table is its header. */
  readonly records: AsyncIterable<readonly RawRecord[]>;
}

/** Something that ends the reading of the whole file: a limit, a corrupt or hostile file. */
export class FeedReadError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail?: string,
  ) {
    super(`${code}${detail === undefined ? '' : `: ${detail}`}`);
    this.name = 'FeedReadError';
  }
}
