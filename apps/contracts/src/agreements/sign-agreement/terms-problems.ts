import { completeTerms, RequestedTerms } from '@aftersales/contracts-domain';
import { AgreementTermsV1, FieldProblem, validatePlain } from '@aftersales/integration-events';

const MODEL_TERMS = { 'revenue-share': ['fundRateBp', 'partsQuotaBp', 'carryAcrossYear'], 'per-unit': ['allowancePerUnitFen'] } as const;

/**
 * What is wrong with validated request terms besides their form: the other fund model's terms,
 * then the complete terms (as the decider completes them) against the published schema.
 * Shared by POST /dealers/{code}/agreements and the dealer import.
 */
export function termsProblems(request: RequestedTerms): FieldProblem[] {
  const { fundModel } = request;
  const misplaced: FieldProblem[] = Object.entries(MODEL_TERMS)
    .filter(([model]) => model !== fundModel)
    .flatMap(([, fields]) => fields.filter((f) => request[f] !== undefined))
    .map((field) => ({ field, reason: `${field} does not apply to the ${fundModel} fund model` }));
  if (misplaced.length) return misplaced;
  // The request's ValidateIf rules made the chosen model's terms present.
  const checked = validatePlain(AgreementTermsV1, completeTerms(request));
  return checked.ok ? [] : checked.problems;
}
