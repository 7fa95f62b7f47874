import { ApiProblem, FieldProblem } from '../../api/problem';

/**
 * The same refusal with each problem's field named as the form names it: a form that takes money
 * in yuan holds `amountYuan` where the API names `amountFen`, so the problem lands beside it.
 * `reword` may say a reason in the form's own terms (a limit in fen, as yuan).
 */
export function renamedProblems(error: unknown, formField: (apiField: string) => string, reword?: (problem: FieldProblem) => string | undefined): unknown {
  if (!(error instanceof ApiProblem)) return error;
  const problems = error.problem.problems.map((problem) => ({ ...problem, field: formField(problem.field), reason: reword?.(problem) ?? problem.reason }));
  return new ApiProblem({ ...error.problem, problems });
}

/** The most a fen amount may be, as the API's reason states it ("amountFen must not be greater than 10000000000"). */
export function fenMaximumOf(reason: string): number | undefined {
  const match = /must not be greater than (\d+)$/.exec(reason);
  const fen = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(fen) ? fen : undefined;
}
