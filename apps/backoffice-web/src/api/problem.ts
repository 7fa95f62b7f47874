/** One field the API refused, and why (libs/shared/service-kit problem.filter.ts). */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** Every error answer of the gateway and the services: `{statusCode, error, message, problems[], correlationId}`. */
export interface Problem {
  statusCode: number;
  error?: string;
  message: string;
  problems: FieldProblem[];
  correlationId?: string;
}

/** A failed API call, thrown by the pages' queries so error states can read the status. */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
    this.name = 'ApiProblem';
  }

  get status(): number {
    return this.problem.statusCode;
  }
}

/** The problem in an error answer, or one made from its status when the body is not a problem (a proxy's HTML, a dropped connection). */
export function problemOf(status: number, body: unknown): Problem {
  const candidate = body as Partial<Problem> | null | undefined;
  if (candidate && typeof candidate === 'object' && typeof candidate.message === 'string') {
    const problems = Array.isArray(candidate.problems) ? candidate.problems.filter(isFieldProblem) : [];
    return { statusCode: status, error: candidate.error, message: candidate.message, problems, correlationId: candidate.correlationId };
  }
  return { statusCode: status, message: `HTTP ${status}`, problems: [] };
}

function isFieldProblem(value: unknown): value is FieldProblem {
  const p = value as FieldProblem | null;
  return !!p && typeof p.field === 'string' && typeof p.reason === 'string';
}

/** Throws the answer's problem unless it succeeded; for openapi-fetch's `{ data, error, response }`. */
export function dataOrThrow<T>(answer: { data?: T; error?: unknown; response: Response }): T {
  if (answer.response.ok) return answer.data as T;
  throw new ApiProblem(problemOf(answer.response.status, answer.error));
}
