/** The payments list's filters and page, as kept in the address (a filtered list can be bookmarked and shared). */
export interface PaymentFilters {
  dealerCode?: string;
  quarter?: string;
  /** The server's order (GET /api/payments `sort`); newest received first when absent. */
  sort?: PaymentSort;
  page: number;
  pageSize: number;
}

export const QUARTER = /^(\d{4})Q([1-4])$/;
export const DEALER_CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
export const PAGE_SIZES = [20, 50, 100] as const;
export const PAYMENT_SORTS = ['-receivedOn', 'receivedOn', '-recordedAt', 'recordedAt', '-amountFen', 'amountFen'] as const;
export type PaymentSort = (typeof PAYMENT_SORTS)[number];

export function filtersOf(params: URLSearchParams): PaymentFilters {
  const dealerCode = params.get('dealer')?.trim().toUpperCase() || undefined;
  const quarter = params.get('quarter')?.trim().toUpperCase() || undefined;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const size = Number.parseInt(params.get('size') ?? '', 10);
  const sort = PAYMENT_SORTS.find((known) => known === params.get('sort'));
  return {
    dealerCode: dealerCode && DEALER_CODE.test(dealerCode) ? dealerCode : undefined,
    quarter: quarter && QUARTER.test(quarter) ? quarter : undefined,
    ...(sort ? { sort } : {}),
    page,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : PAGE_SIZES[0],
  };
}

export function paramsOf(filters: PaymentFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.dealerCode) params['dealer'] = filters.dealerCode;
  if (filters.quarter) params['quarter'] = filters.quarter;
  if (filters.sort) params['sort'] = filters.sort;
  if (filters.page > 1) params['page'] = String(filters.page);
  if (filters.pageSize !== PAGE_SIZES[0]) params['size'] = String(filters.pageSize);
  return params;
}

/** GET /api/payments's query: the page as skip and limit. */
export function queryOf(filters: PaymentFilters): { dealerCode?: string; quarter?: string; sort?: PaymentSort; skip: number; limit: number } {
  return {
    ...(filters.dealerCode ? { dealerCode: filters.dealerCode } : {}),
    ...(filters.quarter ? { quarter: filters.quarter } : {}),
    ...(filters.sort ? { sort: filters.sort } : {}),
    skip: (filters.page - 1) * filters.pageSize,
    limit: filters.pageSize,
  };
}

/** The order a table column's sorter asks for: ascending or descending by that field, or the server's default. */
export function sortOf(field: unknown, order: 'ascend' | 'descend' | null | undefined): PaymentSort | undefined {
  if (!order || typeof field !== 'string') return undefined;
  const sort = `${order === 'descend' ? '-' : ''}${field}`;
  return PAYMENT_SORTS.find((known) => known === sort);
}

/** The quarter a calendar date (YYYY-MM-DD) falls in: 2026-12-01 -> 2026Q4. */
export function quarterOfDate(date: string): string {
  const [year, month] = date.split('-');
  return `${year}Q${Math.floor((Number(month) - 1) / 3) + 1}`;
}
