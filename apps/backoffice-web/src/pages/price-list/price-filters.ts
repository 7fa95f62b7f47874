/**
 * The price list page's view, filters, page and open line, as kept in the address (a filtered
 * list, or the versions, can be bookmarked and shared).
 */
export const PRICE_KINDS = ['part', 'labour', 'freight'] as const;
export type PriceKind = (typeof PRICE_KINDS)[number];
export const PRICE_VIEWS = ['items', 'versions'] as const;
export type PriceView = (typeof PRICE_VIEWS)[number];

/** A part number or labour operation code, as the API takes it (integration-events' PRICE_CODE). */
export const PRICE_CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;
export const PAGE_SIZES = [20, 50, 100] as const;
/** The most of a search text the API takes (`q`, 64 characters). */
export const SEARCH_MAX = 64;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface PriceFilters {
  view: PriceView;
  /** A code's start or a part of the name. */
  q?: string;
  kind?: PriceKind;
  /** The day the prices are in force on (YYYY-MM-DD); the server's today when absent. */
  on?: string;
  page: number;
  pageSize: number;
  /** The line whose history is open. */
  item?: string;
}

const oneOf = <T extends string>(known: readonly T[], value: string | null): T | undefined => known.find((k) => k === value);

/** A real day written YYYY-MM-DD (2026-02-30 is none). */
export function isCalendarDate(text: string): boolean {
  if (!CALENDAR_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The filters the address holds; anything malformed there is left out, never sent. */
export function filtersOf(params: URLSearchParams): PriceFilters {
  const q = params.get('q')?.trim().slice(0, SEARCH_MAX) || undefined;
  const on = params.get('on')?.trim();
  const item = params.get('item')?.trim();
  const size = Number.parseInt(params.get('size') ?? '', 10);
  return {
    view: oneOf(PRICE_VIEWS, params.get('view')) ?? 'items',
    ...(q ? { q } : {}),
    ...(oneOf(PRICE_KINDS, params.get('kind')) ? { kind: oneOf(PRICE_KINDS, params.get('kind')) } : {}),
    ...(on && isCalendarDate(on) ? { on } : {}),
    page: Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : PAGE_SIZES[0],
    ...(item && PRICE_CODE.test(item) ? { item } : {}),
  };
}

/** The address of the filters: only what differs from the defaults. */
export function paramsOf(filters: PriceFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.view !== 'items') params['view'] = filters.view;
  if (filters.q) params['q'] = filters.q;
  if (filters.kind) params['kind'] = filters.kind;
  if (filters.on) params['on'] = filters.on;
  if (filters.page > 1) params['page'] = String(filters.page);
  if (filters.pageSize !== PAGE_SIZES[0]) params['size'] = String(filters.pageSize);
  if (filters.item) params['item'] = filters.item;
  return params;
}

/** GET /api/price-list/items's query: the page as skip and limit. */
export function itemsQueryOf({ q, kind, on, page, pageSize }: PriceFilters): { q?: string; kind?: PriceKind; on?: string; skip: number; limit: number } {
  return { ...(q ? { q } : {}), ...(kind ? { kind } : {}), ...(on ? { on } : {}), skip: (page - 1) * pageSize, limit: pageSize };
}

/** GET /api/price-list/versions's query. */
export function versionsQueryOf({ page, pageSize }: PriceFilters): { skip: number; limit: number } {
  return { skip: (page - 1) * pageSize, limit: pageSize };
}
