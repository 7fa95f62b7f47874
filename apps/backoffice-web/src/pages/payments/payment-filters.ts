/** The payments list's filters and page, as kept in the address (a filtered list can be bookmarked and shared). */
export interface PaymentFilters {
  dealerCode?: string;
  quarter?: string;
  page: number;
  pageSize: number;
}

export const QUARTER = /^(\d{4})Q([1-4])$/;
export const DEALER_CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
export const PAGE_SIZES = [20, 50, 100] as const;

export function filtersOf(params: URLSearchParams): PaymentFilters {
  const dealerCode = params.get('dealer')?.trim().toUpperCase() || undefined;
  const quarter = params.get('quarter')?.trim().toUpperCase() || undefined;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const size = Number.parseInt(params.get('size') ?? '', 10);
  return {
    dealerCode: dealerCode && DEALER_CODE.test(dealerCode) ? dealerCode : undefined,
    quarter: quarter && QUARTER.test(quarter) ? quarter : undefined,
    page,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : PAGE_SIZES[0],
  };
}

export function paramsOf(filters: PaymentFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.dealerCode) params['dealer'] = filters.dealerCode;
  if (filters.quarter) params['quarter'] = filters.quarter;
  if (filters.page > 1) params['page'] = String(filters.page);
  if (filters.pageSize !== PAGE_SIZES[0]) params['size'] = String(filters.pageSize);
  return params;
}

/** GET /api/payments's query: the page as skip and limit. */
export function queryOf(filters: PaymentFilters): { dealerCode?: string; quarter?: string; skip: number; limit: number } {
  return {
    ...(filters.dealerCode ? { dealerCode: filters.dealerCode } : {}),
    ...(filters.quarter ? { quarter: filters.quarter } : {}),
    skip: (filters.page - 1) * filters.pageSize,
    limit: filters.pageSize,
  };
}

/** The quarter a calendar date (YYYY-MM-DD) falls in: 2026-12-01 -> 2026Q4. */
export function quarterOfDate(date: string): string {
  const [year, month] = date.split('-');
  return `${year}Q${Math.floor((Number(month) - 1) / 3) + 1}`;
}
