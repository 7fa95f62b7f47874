import type { ProblemCode } from '../problems/problem-codes';

/** Why a cell could not be read; returned, not thrown, because bad cells are common. */
export class CellFault {
  constructor(
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly params?: Readonly<Record<string, string>>,
  ) {}
}
