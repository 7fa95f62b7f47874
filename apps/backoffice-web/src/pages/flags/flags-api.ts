import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { dataOrThrow } from '../../api/problem';
import type { components } from '../../api/schema';
import { FlagFilters, queryOf } from './flag-filters';

export type Flag = components['schemas']['FlagResponse'];
export type FlagDetail = components['schemas']['FlagDetailResponse'];
export type FlagEvidence = components['schemas']['FlagEvidenceResponse'];

export function useFlags(filters: FlagFilters) {
  const { open: _open, ...listed } = filters;
  return useQuery({
    queryKey: ['feed-flags', listed],
    queryFn: async () => dataOrThrow(await api.GET('/api/feed-flags', { params: { query: queryOf(listed) } })),
    placeholderData: keepPreviousData,
  });
}

export function useFlag(open: { dealerCode: string; flagId: string }) {
  return useQuery({
    queryKey: ['feed-flag', open.dealerCode, open.flagId],
    queryFn: async () => dataOrThrow(await api.GET('/api/dealers/{dealerCode}/feed-flags/{flagId}', { params: { path: open } })),
  });
}

/** Dismisses a flag; the list and the flag are read again (the read model follows within a second or so). */
export function useDismissFlag(open: { dealerCode: string; flagId: string }, onDone: () => void, onError: (error: unknown) => void) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (reason: string) =>
      dataOrThrow(await api.POST('/api/dealers/{dealerCode}/feed-flags/{flagId}/dismissal', { params: { path: open }, body: { reason } })),
    onSuccess: async () => {
      onDone();
      // The read model lags the command a little: read again now and once more shortly.
      const refresh = () => Promise.all([queries.invalidateQueries({ queryKey: ['feed-flags'] }), queries.invalidateQueries({ queryKey: ['feed-flag'] })]);
      await refresh();
      setTimeout(() => void refresh(), 1_000);
    },
    onError,
  });
}
