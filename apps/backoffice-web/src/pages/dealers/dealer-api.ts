import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { dataOrThrow } from '../../api/problem';
import type { components, operations } from '../../api/schema';

export type Dealer = components['schemas']['DealerResponse'];
export type Agreement = components['schemas']['AgreementResponse'];
export type RegisterDealer = components['schemas']['RegisterDealerRequest'];
export type DealersQuery = NonNullable<operations['listDealers']['parameters']['query']>;
export type DealerSort = NonNullable<DealersQuery['sort']>;

/** One event about a dealer, from any service (GET /api/dealers/{code}/history, merged by the gateway). */
export type HistoryEvent = components['schemas']['DealerHistoryEventResponse'];

export async function listDealers(query: DealersQuery): Promise<{ total: number; items: Dealer[] }> {
  const answer = await api.GET('/api/dealers', { params: { query } });
  return dataOrThrow(answer);
}

export function useDealers(query: DealersQuery) {
  return useQuery({ queryKey: ['dealers', query], queryFn: () => listDealers(query), placeholderData: keepPreviousData });
}

export function useDealer(code: string) {
  return useQuery({
    queryKey: ['dealer', code],
    queryFn: async () => dataOrThrow(await api.GET('/api/dealers/{code}', { params: { path: { code } } })),
  });
}

/** A dealer's sub-dealers: the dealers `within` it, less itself. */
export function useSubDealers(code: string) {
  return useQuery({
    queryKey: ['dealers', 'within', code],
    queryFn: async () => (await listDealers({ within: code, limit: 500 })).items.filter((dealer) => dealer.code !== code),
  });
}

export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: async () => dataOrThrow(await api.GET('/api/regions')).items,
    staleTime: 10 * 60_000,
  });
}

export function useAgreements(code: string) {
  return useQuery({
    queryKey: ['agreements', code],
    queryFn: async () => dataOrThrow(await api.GET('/api/dealers/{code}/agreements', { params: { path: { code } } })).items,
  });
}

const HISTORY_PAGE = 20;

/** The dealer's history, newest first, a page at a time ("load more" follows the cursor). */
export function useDealerHistory(code: string) {
  return useInfiniteQuery({
    queryKey: ['history', code],
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam }) => {
      const query = { limit: HISTORY_PAGE, ...(pageParam ? { before: pageParam } : {}) };
      return dataOrThrow(await api.GET('/api/dealers/{code}/history', { params: { path: { code }, query } }));
    },
    getNextPageParam: (page) => page.next ?? undefined,
  });
}

/** Every dealer the filter matches (for an export), fetched a page of 500 at a time. */
export async function allDealers(query: Omit<DealersQuery, 'skip' | 'limit'>): Promise<Dealer[]> {
  const dealers: Dealer[] = [];
  for (;;) {
    const page = await listDealers({ ...query, skip: dealers.length, limit: 500 });
    dealers.push(...page.items);
    if (page.items.length === 0 || dealers.length >= page.total) return dealers;
  }
}
