/** The matrix page's address: `?from=YYYY-MM&to=YYYY-MM&region=&page=` (pure helpers, unit-tested). */
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The service answers at most FEEDS_MATRIX_MAX_MONTHS (default 12) months; the page asks for no more. */
export const MAX_MONTHS = 12;
/** Months shown when the address names none: this month and the five before it. */
export const DEFAULT_MONTHS = 6;
export const DEALERS_PER_PAGE = 20;

export type CellStatus = 'not-due' | 'missing' | 'overdue' | 'late' | 'rejected' | 'accepted';

export interface MatrixState {
  from: string;
  to: string;
  region?: string;
  page: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The month `delta` months from `month`. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${pad((index % 12) + 1)}`;
}

export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/**
 * What the address asks for, made valid: a missing or malformed month falls back to the last
 * DEFAULT_MONTHS months up to `today`'s; a range backwards or longer than MAX_MONTHS is cut to end at `to`.
 */
export function matrixStateOf(params: URLSearchParams, today: string): MatrixState {
  const thisMonth = today.slice(0, 7);
  const asked = (name: string) => (MONTH.test(params.get(name) ?? '') ? (params.get(name) as string) : undefined);
  const to = asked('to') ?? (asked('from') ? addMonths(asked('from') as string, DEFAULT_MONTHS - 1) : thisMonth);
  let from = asked('from') ?? addMonths(to, -(DEFAULT_MONTHS - 1));
  const length = monthsBetween(from, to);
  if (length < 1 || length > MAX_MONTHS) from = addMonths(to, -(Math.min(Math.max(length, 1), MAX_MONTHS) - 1));
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const region = params.get('region') || undefined;
  return { from, to, page, ...(region ? { region } : {}) };
}

export function searchParamsOf(state: MatrixState): Record<string, string> {
  return { from: state.from, to: state.to, ...(state.region ? { region: state.region } : {}), ...(state.page > 1 ? { page: String(state.page) } : {}) };
}

/** antd Tag colours by status. */
export const STATUS_COLOURS: Record<CellStatus, string> = {
  accepted: 'green', late: 'orange', overdue: 'red', rejected: 'volcano', missing: 'default', 'not-due': '',
};

/** The dealer's submissions of that month and kind (the feeds pages). */
export const submissionsLink = (dealerCode: string, period: string, kind: string) =>
  `/dealers/${encodeURIComponent(dealerCode)}/feeds?${new URLSearchParams({ period, kind })}`;
