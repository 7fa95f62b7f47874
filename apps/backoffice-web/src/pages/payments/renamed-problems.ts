import { ApiProblem } from '../../api/problem';

/**
 * The same refusal with each problem's field named as the form names it: a form that takes money
 * in yuan holds `amountYuan` where the API names `amountFen`, so the problem lands beside it.
 */
export function renamedProblems(error: unknown, formField: (apiField: string) => string): unknown {
  if (!(error instanceof ApiProblem)) return error;
  const problems = error.problem.problems.map((problem) => ({ ...problem, field: formField(problem.field) }));
  return new ApiProblem({ ...error.problem, problems });
}
