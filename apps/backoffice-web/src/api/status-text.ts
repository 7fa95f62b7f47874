import { TFunction } from 'i18next';
import { ApiProblem } from './problem';

/**
 * What an error status means to the reader, in the UI's language. A 400 or 422 keeps the
 * server's message: it says which rule refused the request, which a generic text would lose.
 */
export function statusText(error: ApiProblem, t: TFunction): string {
  return t(`common:errors.status${error.status}`, { defaultValue: error.problem.message });
}
