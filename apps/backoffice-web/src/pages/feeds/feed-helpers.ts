import type { FeedKind, FeedProblem, PublishedRow } from './feed-types';

/** A query string of the values that are set (undefined and '' left out). */
export function queryOf(values: Record<string, string | number | undefined>): string {
  const entries = Object.entries(values).filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '');
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`;
}

/** The file name the server gave (Content-Disposition, the UTF-8 form first), or the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (star) return decodeURIComponent(star);
  return /filename="?([^";]+)"?/i.exec(disposition ?? '')?.[1] ?? fallback;
}

/** The month a dealer reports on by default: the one before `today` (`YYYY-MM`). */
export function lastMonth(today: Date): string {
  const year = today.getFullYear();
  const month = today.getMonth(); // 0-based: this month's index is last month's number
  return month === 0 ? `${year - 1}-12` : `${year}-${String(month).padStart(2, '0')}`;
}

/** The columns of each kind in the order of the form (docs/feeds.md "Columns"): the rows table shows these. */
export const KIND_COLUMNS: Record<FeedKind, readonly string[]> = {
  repairs: ['record_no', 'serial_no', 'model', 'sale_date', 'reported_at', 'responded_at', 'arrived_at', 'resolved_at', 'fault_level',
    'fault_code', 'description', 'technician_id', 'labour_code', 'labour_fee', 'service_mode', 'first_time_fix', 'loaner',
    'customer_name', 'customer_phone', 'customer_signed'],
  parts: ['record_no', 'part_no', 'qty', 'old_part_returned'],
  sales: ['serial_no', 'model', 'sale_date', 'sub_dealer_code', 'invoice_no'],
  'warranty-cards': ['card_no', 'serial_no', 'model', 'sale_date', 'customer_name', 'customer_phone', 'address', 'sub_dealer_code'],
  satisfaction: ['survey_no', 'record_no', 'surveyed_at', 'attitude', 'quality', 'resolution', 'recommend', 'comment'],
  opinions: ['opinion_no', 'received_at', 'category', 'technician_id', 'record_no', 'text'],
};

/** Money columns: published as integer fen. */
const MONEY = new Set(['labour_fee']);
/** Instant columns: published as ISO UTC. */
const INSTANTS = new Set(['reported_at', 'responded_at', 'arrived_at', 'resolved_at']);

/** The columns a kind's rows show: the form's, then any other the rows carry. */
export function columnsOf(kind: FeedKind, rows: readonly (PublishedRow | undefined)[]): string[] {
  const known = KIND_COLUMNS[kind] ?? [];
  const extra = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row ?? {})) if (!known.includes(key)) extra.add(key);
  return [...known, ...extra];
}

/**
 * A published cell as a reader reads it: money fen as yuan with two decimals, instants in the
 * given time zone (the dealer's) as `YYYY-MM-DD HH:mm`, booleans as the given yes/no words.
 */
export function cellText(column: string, value: string | number | boolean | undefined, words: { yes: string; no: string }, timeZone = 'Asia/Shanghai'): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (MONEY.has(column) && typeof value === 'number') return yuanOf(value);
  if (INSTANTS.has(column) && typeof value === 'string') return localTime(value, timeZone);
  return String(value);
}

function yuanOf(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function localTime(instant: string, timeZone: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}`;
}

/** The columns whose value a correction changed (the diff highlights them). */
export function changedColumns(row: PublishedRow | undefined, previous: PublishedRow | undefined): Set<string> {
  const changed = new Set<string>();
  if (!row || !previous) return changed;
  for (const key of new Set([...Object.keys(row), ...Object.keys(previous)])) if (row[key] !== previous[key]) changed.add(key);
  return changed;
}

/** Problems in the order of the file: sheet, row, then errors before warnings; a problem of the whole file (row 0) first. */
export function inFileOrder(problems: readonly FeedProblem[]): FeedProblem[] {
  const rank = (p: FeedProblem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort((a, b) => (a.sheet ?? '').localeCompare(b.sheet ?? '') || a.row - b.row || rank(a) - rank(b));
}

/** A dealer's submissions list's filters and page, as kept in the address (`?period=&kind=&status=&page=`). */
export interface SubmissionFilters {
  period?: string;
  kind?: FeedKind;
  status?: 'accepted' | 'rejected';
  page: number;
}

export const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const KINDS: readonly string[] = Object.keys(KIND_COLUMNS);

/** The filters the address holds; a value that is no period, kind or status is left out. */
export function filtersOf(params: URLSearchParams): SubmissionFilters {
  const period = params.get('period') ?? '';
  const kind = params.get('kind') ?? '';
  const status = params.get('status') ?? '';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  return {
    ...(PERIOD.test(period) ? { period } : {}),
    ...(KINDS.includes(kind) ? { kind: kind as FeedKind } : {}),
    ...(status === 'accepted' || status === 'rejected' ? { status } : {}),
    page,
  };
}

export function paramsOf(filters: SubmissionFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.period) params['period'] = filters.period;
  if (filters.kind) params['kind'] = filters.kind;
  if (filters.status) params['status'] = filters.status;
  if (filters.page > 1) params['page'] = String(filters.page);
  return params;
}
