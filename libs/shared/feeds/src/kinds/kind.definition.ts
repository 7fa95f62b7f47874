import type { ProblemCode } from '../problems/problem-codes';
import type { ColumnDefinition } from './column.definition';
import type { FeedKind } from './feed-kind';

/** The reporting month as the dealer lives it: local calendar days and the UTC instants. */
export interface PeriodBounds {
  readonly period: string; // YYYY-MM
  readonly firstDay: string; // YYYY-MM-01
  readonly nextFirstDay: string; // first day of the next month
  readonly start: Date; // local midnight of firstDay, in UTC
  readonly end: Date; // local midnight of nextFirstDay, in UTC
}

export interface RuleBreach {
  readonly column: string;
  readonly code: ProblemCode;
  readonly value?: unknown;
  readonly detail?: string;
  /** Language-neutral details for the message. */
  readonly params?: Readonly<Record<string, string>>;
  /** The column this one was compared with: its cell as typed is shown too ({against}). */
  readonly against?: string;
}

/** A rule across the cells of one typed row; it only runs when every cell parsed. */
export type RowRule<R> = (row: R, period: PeriodBounds | undefined) => readonly RuleBreach[];

export interface KindDefinition<R extends object = object> {
  readonly kind: FeedKind;
  /** Chinese form names a sheet may carry (traditional and simplified). */
  readonly forms: readonly string[];
  readonly columns: readonly ColumnDefinition[];
  readonly rowClass: new () => R;
  /** docs/feeds.md natural key; duplicates inside one file are errors. */
  readonly naturalKey: readonly (keyof R & string)[];
  readonly rules: readonly RowRule<R>[];
}

const NO_BREACH: readonly RuleBreach[] = [];

/** A sale cannot be reported before it happened (docs/feeds.md: sale dates before the period). */
export function saleNotAfterPeriod<R extends { sale_date?: string }>(row: R, period?: PeriodBounds) {
  if (!period || row.sale_date === undefined || row.sale_date < period.nextFirstDay) return NO_BREACH;
  return [{ column: 'sale_date', code: 'after-period', value: row.sale_date, detail: period.period } as const];
}

/** A calendar-day column must fall inside the reporting month. */
export function dateInsidePeriod<K extends string>(column: K) {
  return <R extends Record<K, string | undefined>>(row: R, period?: PeriodBounds): readonly RuleBreach[] => {
    const day = row[column];
    if (!period || day === undefined || (day >= period.firstDay && day < period.nextFirstDay)) return NO_BREACH;
    return [{ column, code: 'outside-period', value: day, detail: period.period }];
  };
}
