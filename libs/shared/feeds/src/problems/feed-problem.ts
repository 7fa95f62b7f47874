import type { FeedKind } from '../kinds/feed-kind';
import { PROBLEMS, ProblemCode, ProblemSeverity, TrilingualText } from './problem-codes';

/**
 * One thing wrong with a feed. `row` is the row as Excel numbers it (the header is row 1,
 * so the first data row of a CSV is 2) or the line of a JSON Lines file; 0 is the whole file.
 */
export interface FeedProblem {
  readonly severity: ProblemSeverity;
  readonly code: ProblemCode;
  readonly row: number;
  readonly column?: string;
  readonly value?: string;
  readonly kind?: FeedKind;
  readonly sheet?: string;
  readonly message: TrilingualText;
}

export interface ProblemFacts {
  readonly row?: number;
  readonly column?: string;
  readonly value?: unknown;
  readonly detail?: string | number;
  readonly kind?: FeedKind;
  readonly sheet?: string;
}

/** Cell values are cut so that a hostile megabyte-long cell cannot bloat the report. */
const MAX_VALUE_LENGTH = 200;

export function describeValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = value instanceof Date ? value.toISOString() : String(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}

export function feedProblem(code: ProblemCode, facts: ProblemFacts = {}): FeedProblem {
  const { severity, text } = PROBLEMS[code];
  const value = describeValue(facts.value);
  const fill = (template: string) =>
    template
      .replace('{column}', facts.column ?? '')
      .replace('{value}', value ?? '')
      .replace('{detail}', facts.detail === undefined ? '' : String(facts.detail));
  return {
    severity,
    code,
    row: facts.row ?? 0,
    ...(facts.column === undefined ? {} : { column: facts.column }),
    ...(value === undefined ? {} : { value }),
    ...(facts.kind === undefined ? {} : { kind: facts.kind }),
    ...(facts.sheet === undefined ? {} : { sheet: facts.sheet }),
    message: { 'zh-Hant': fill(text['zh-Hant']), 'zh-Hans': fill(text['zh-Hans']), en: fill(text.en) },
  };
}
