/**
 * The requisition queue's filters and page, as kept in the address (a queue can be bookmarked and
 * shared: "waiting for payment", "overdue", one dealer's).
 */
export const REQUISITION_STATUSES = ['submitted', 'refused', 'approved', 'partly-shipped', 'shipped'] as const;
export type RequisitionStatus = (typeof REQUISITION_STATUSES)[number];
export const WAITING_FOR = ['payment', 'check', 'shipment'] as const;
export type WaitingFor = (typeof WAITING_FOR)[number];

export const DEALER_CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
export const PAGE_SIZES = [20, 50, 100] as const;

export interface RequisitionFilters {
  /** The dealer, with its sub-dealers (the API's `within`). */
  dealerCode?: string;
  status?: RequisitionStatus;
  waiting?: WaitingFor;
  /** Only those with approved units not shipped by their ship-by day. */
  overdue: boolean;
  page: number;
  pageSize: number;
}

const oneOf = <T extends string>(known: readonly T[], value: string | null): T | undefined => known.find((k) => k === value);

/** The filters the address holds; anything malformed there is left out, never sent. */
export function filtersOf(params: URLSearchParams): RequisitionFilters {
  const dealerCode = params.get('dealer')?.trim().toUpperCase() || undefined;
  const size = Number.parseInt(params.get('size') ?? '', 10);
  return {
    ...(dealerCode && DEALER_CODE.test(dealerCode) ? { dealerCode } : {}),
    ...(oneOf(REQUISITION_STATUSES, params.get('status')) ? { status: oneOf(REQUISITION_STATUSES, params.get('status')) } : {}),
    ...(oneOf(WAITING_FOR, params.get('waiting')) ? { waiting: oneOf(WAITING_FOR, params.get('waiting')) } : {}),
    overdue: params.get('overdue') === 'true',
    page: Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : PAGE_SIZES[0],
  };
}

/** The address of the filters: only what differs from the defaults. */
export function paramsOf(filters: RequisitionFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.dealerCode) params['dealer'] = filters.dealerCode;
  if (filters.status) params['status'] = filters.status;
  if (filters.waiting) params['waiting'] = filters.waiting;
  if (filters.overdue) params['overdue'] = 'true';
  if (filters.page > 1) params['page'] = String(filters.page);
  if (filters.pageSize !== PAGE_SIZES[0]) params['size'] = String(filters.pageSize);
  return params;
}

export interface RequisitionQuery {
  within?: string;
  status?: RequisitionStatus;
  waiting?: WaitingFor;
  overdue?: 'true';
  skip: number;
  limit: number;
}

/**
 * GET /api/requisitions's query: the page as skip and limit. `fixedDealer` is the dealer of a
 * dealer's own queue (its address names it), which the filter cannot widen.
 */
export function queryOf(filters: RequisitionFilters, fixedDealer?: string): RequisitionQuery {
  const within = fixedDealer ?? filters.dealerCode;
  return {
    ...(within ? { within } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.waiting ? { waiting: filters.waiting } : {}),
    ...(filters.overdue ? { overdue: 'true' as const } : {}),
    skip: (filters.page - 1) * filters.pageSize,
    limit: filters.pageSize,
  };
}

/** Whether any filter narrows the queue (the empty state says "none match" rather than "none yet"). */
export function isFiltered(filters: RequisitionFilters): boolean {
  return !!(filters.dealerCode || filters.status || filters.waiting || filters.overdue);
}

/** Where one requisition is read: /dealers/{dealerCode}/requisitions/{requisitionId}. */
export const requisitionPath = (dealerCode: string, requisitionId: string): string =>
  `/dealers/${encodeURIComponent(dealerCode)}/requisitions/${encodeURIComponent(requisitionId)}`;
