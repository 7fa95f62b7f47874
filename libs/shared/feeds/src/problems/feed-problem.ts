import type { FeedKind } from '../kinds/feed-kind';
import { FEED_LANGUAGES, FeedLanguage, PROBLEMS, ProblemCode, ProblemSeverity, TrilingualText } from './problem-codes';
import { choiceList, columnLabel, columnList } from './column-labels';
import { shownCell } from './shown-cell';

/**
 * One thing wrong with a feed, as language-neutral data (code, where, the cell as typed,
 * parameters) that `problemMessage` renders in any language, now or when the problem is
 * shown again later. `row` is the row as Excel numbers it (the first data row of a CSV
 * with a header on top is 2) or the line of a JSON Lines file; 0 is the whole file.
 */
export interface FeedProblem {
  readonly severity: ProblemSeverity;
  readonly code: ProblemCode;
  readonly row: number;
  /** The column's English key (`serial_no`); for an unknown column, the header as written. */
  readonly column?: string;
  /** The column as the dealer's header wrote it (序列號), when the file has a header. */
  readonly header?: string;
  /** The cell as the dealer typed it (local times as typed, amounts as shown). */
  readonly value?: string;
  readonly kind?: FeedKind;
  readonly sheet?: string;
  /** Language-neutral details the messages show (a limit, a period, a formula's error ...). */
  readonly params?: Readonly<Record<string, string>>;
  /** The message in the three languages (rendered by `problemMessage`). */
  readonly message: TrilingualText;
  /** The message in the `language` the reader was asked for, when it was. */
  readonly text?: string;
}

export interface ProblemFacts {
  readonly row?: number;
  readonly column?: string;
  readonly header?: string;
  readonly value?: unknown;
  readonly detail?: string | number;
  readonly params?: Readonly<Record<string, string>>;
  readonly kind?: FeedKind;
  readonly sheet?: string;
}

/** Cell values are cut so that a hostile megabyte-long cell cannot bloat the report. */
const MAX_VALUE_LENGTH = 200;

export function describeValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = shownCell(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}

/** The problem's message in one language: the column as the dealer wrote it, its value as typed. */
export function problemMessage(problem: Omit<FeedProblem, 'message' | 'text'>, language: FeedLanguage): string {
  const template = (PROBLEMS[problem.code] ?? PROBLEMS['read-failed']).text[language];
  const params = problem.params ?? {};
  return template.replace(/\{(\w+)\}/g, (_all, name: string) => {
    if (name === 'column') return problem.header ?? columnLabel(problem.kind, problem.column, language) ?? '';
    if (name === 'value') return problem.value ?? '';
    if (name === 'columns') return columnList(problem.kind, params.columns, language);
    if (name === 'choices') return choiceList(problem.kind, problem.column, language) ?? params.detail ?? '';
    return params[name] ?? '';
  });
}

export function feedProblem(code: ProblemCode, facts: ProblemFacts = {}, language?: FeedLanguage): FeedProblem {
  const value = describeValue(facts.value);
  const params = facts.detail === undefined ? facts.params : { detail: String(facts.detail), ...facts.params };
  const data = {
    severity: PROBLEMS[code].severity,
    code,
    row: facts.row ?? 0,
    ...(facts.column === undefined ? {} : { column: facts.column }),
    ...(facts.header === undefined ? {} : { header: facts.header }),
    ...(value === undefined ? {} : { value }),
    ...(facts.kind === undefined ? {} : { kind: facts.kind }),
    ...(facts.sheet === undefined ? {} : { sheet: facts.sheet }),
    ...(params === undefined ? {} : { params }),
  };
  const message = Object.fromEntries(FEED_LANGUAGES.map((l) => [l, problemMessage(data, l)])) as unknown as TrilingualText;
  return { ...data, message, ...(language === undefined ? {} : { text: message[language] }) };
}
