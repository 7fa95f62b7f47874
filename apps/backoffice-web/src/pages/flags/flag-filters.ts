import type { Role } from '../../auth/roles';

/** Who may dismiss a flag (the permission table's FeedFlag update). */
export const FLAG_DISMISSERS: readonly Role[] = ['admin', 'service-manager'];
export const STATUS_COLOURS = { open: 'red', cleared: 'green', dismissed: 'default' } as const;

/** The flags list's filters, page and open flag, as kept in the address (a filtered list can be bookmarked and shared). */
export const FLAG_RULES = [
  'repair-on-unknown-serial', 'card-for-other-dealers-unit', 'dated-before-delivery', 'parts-without-repair', 'serial-carded-by-two-dealers',
] as const;
export type FlagRule = (typeof FLAG_RULES)[number];
export const FLAG_STATUSES = ['open', 'cleared', 'dismissed'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

export const DEALER_CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
export const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const FLAG_ID = /^[0-9a-f]{24}$/;
export const PAGE_SIZE = 20;

export interface FlagFilters {
  dealerCode?: string;
  period?: string;
  rule?: FlagRule;
  status?: FlagStatus;
  page: number;
  /** The flag whose details are open: its dealer and id. */
  open?: { dealerCode: string; flagId: string };
}

const oneOf = <T extends string>(known: readonly T[], value: string | null): T | undefined => known.find((k) => k === value);

/** The filters the address holds; anything malformed there is left out, never sent. */
export function filtersOf(params: URLSearchParams): FlagFilters {
  const dealerCode = params.get('dealer')?.trim().toUpperCase() || undefined;
  const period = params.get('period')?.trim() || undefined;
  const [openDealer, flagId] = (params.get('flag') ?? '').split('~');
  return {
    dealerCode: dealerCode && DEALER_CODE.test(dealerCode) ? dealerCode : undefined,
    period: period && PERIOD.test(period) ? period : undefined,
    rule: oneOf(FLAG_RULES, params.get('rule')),
    status: oneOf(FLAG_STATUSES, params.get('status')),
    page: Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1),
    ...(openDealer && DEALER_CODE.test(openDealer) && flagId && FLAG_ID.test(flagId) ? { open: { dealerCode: openDealer, flagId } } : {}),
  };
}

export function paramsOf(filters: FlagFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.dealerCode) params['dealer'] = filters.dealerCode;
  if (filters.period) params['period'] = filters.period;
  if (filters.rule) params['rule'] = filters.rule;
  if (filters.status) params['status'] = filters.status;
  if (filters.page > 1) params['page'] = String(filters.page);
  if (filters.open) params['flag'] = `${filters.open.dealerCode}~${filters.open.flagId}`;
  return params;
}

/** GET /api/feed-flags's query: the page as skip and limit. */
export function queryOf({ dealerCode, period, rule, status, page }: FlagFilters) {
  return {
    ...(dealerCode ? { dealerCode } : {}), ...(period ? { period } : {}), ...(rule ? { rule } : {}), ...(status ? { status } : {}),
    skip: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE,
  };
}

/** Where an evidence row leads: its submission, or the unit a fact is about. */
export function evidenceLink(evidence: { source: string; dealerCode?: string; submissionId?: string; key: string }, flagDealer: string, subjectIsSerial: boolean): string | undefined {
  if (evidence.source === 'feed' && evidence.submissionId) {
    return `/dealers/${encodeURIComponent(evidence.dealerCode ?? flagDealer)}/feeds/${encodeURIComponent(evidence.submissionId)}`;
  }
  return evidence.source === 'contracts' && subjectIsSerial ? `/units/${encodeURIComponent(evidence.key)}` : undefined;
}
