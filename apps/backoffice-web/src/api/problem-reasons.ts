import { FieldProblem } from './problem';

/** A reason the UI knows how to say in its own language: an i18n key and its values. */
export interface KnownReason {
  key: string;
  values: Record<string, string>;
}

/**
 * The API's reasons are English sentences written by its validators (class-validator messages,
 * libs/shared/integration-events validation.ts, the domains' refusals). The ones people meet
 * most are recognised here and said in the UI's language; any other is shown as the server wrote it.
 */
const KNOWN: Array<[RegExp, string]> = [
  [/ is required$/, 'problems:required'],
  [/must not be blank$/, 'problems:blank'],
  [/must not contain control characters/, 'problems:control'],
  [/must be at most (?<limit>\d+) characters/, 'problems:maxLength'],
  [/should not exist$/, 'problems:unknownField'],
  [/must not be less than (?<limit>-?[\d.]+)/, 'problems:min'],
  [/must not be greater than (?<limit>-?[\d.]+)/, 'problems:max'],
  [/must be shorter than or equal to (?<limit>\d+) characters/, 'problems:maxLength'],
  [/must be longer than or equal to (?<limit>\d+) characters/, 'problems:minLength'],
  [/must be an integer/, 'problems:integer'],
  [/must be a dealer code/, 'problems:dealerCode'],
  [/is not a configured region/, 'problems:region'],
  [/not a readable XLSX workbook/, 'problems:notXlsx'],
  [/dealer (?<code>\S+) is already registered with other details/, 'problems:registeredOtherwise'],
  [/dealer (?<code>\S+) is not registered/, 'problems:notRegistered'],
  [/is before (?<latest>\d{4}-\d{2}-\d{2}), when version (?<version>\d+) took effect/, 'problems:beforeLatestVersion'],
  [/YYYY-MM-DD|must be a (valid )?(ISO 8601 )?date/, 'problems:date'],
  [/must be one of the following values: (?<limit>.+)$/, 'problems:oneOf'],
];

export function knownReason(problem: FieldProblem): KnownReason | undefined {
  for (const [pattern, key] of KNOWN) {
    const match = pattern.exec(problem.reason);
    if (match) return { key, values: { field: problem.field, ...(match.groups ?? {}) } };
  }
  return undefined;
}

/** Splits problems into those beside a field of the form and the rest (shown in a banner). */
export function placeProblems(problems: FieldProblem[], formFields: string[]): { beside: FieldProblem[]; banner: FieldProblem[] } {
  const known = new Set(formFields);
  const beside: FieldProblem[] = [];
  const banner: FieldProblem[] = [];
  for (const problem of problems) (known.has(problem.field) ? beside : banner).push(problem);
  return { beside, banner };
}

/** The antd Form name path of an API field: `terms.fundRateBp` -> ['terms', 'fundRateBp'], `rows[2].code` -> ['rows', 2, 'code']. */
export function namePathOf(field: string): Array<string | number> {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
