import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, authorizedFetch } from '../../api/client';
import { dataOrThrow } from '../../api/problem';
import type { components } from '../../api/schema';
import { Language } from '../../i18n/languages';
import { itemsQueryOf, PriceFilters, versionsQueryOf } from './price-filters';

type Schemas = components['schemas'];
export type PriceItem = Schemas['PriceItemResponse'];
export type PriceChange = Schemas['PriceChangeResponse'];
export type PriceVersion = Schemas['PriceVersionResponse'];
export type Revision = Schemas['RevisionResponse'];
export type ChangePriceLine = Schemas['ChangePriceLineRequest'];
export type WithdrawPriceLine = Schemas['WithdrawPriceLineRequest'];

/** Every query of the price list starts with this key: a write reads them all again. */
const PRICE_LIST = 'price-list';

/** The lines in force on the day, filtered and paged by the server. */
export function usePriceItems(filters: PriceFilters) {
  const query = itemsQueryOf(filters);
  return useQuery({
    queryKey: [PRICE_LIST, 'items', query],
    queryFn: async () => dataOrThrow(await api.GET('/api/price-list/items', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** One line's every change (a code never listed is a 404). */
export function usePriceItem(code: string) {
  return useQuery({
    queryKey: [PRICE_LIST, 'item', code],
    queryFn: async () => dataOrThrow(await api.GET('/api/price-list/items/{itemCode}', { params: { path: { itemCode: code } } })),
  });
}

/** The versions, newest first, paged by the server. */
export function usePriceVersions(filters: PriceFilters) {
  const query = versionsQueryOf(filters);
  return useQuery({
    queryKey: [PRICE_LIST, 'versions', query],
    queryFn: async () => dataOrThrow(await api.GET('/api/price-list/versions', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/**
 * A write, then the price list read again: at once and once more a moment later (a read model may
 * follow the command by about a second).
 */
function usePriceWrite<T>(write: (body: T) => Promise<Revision>) {
  const queries = useQueryClient();
  const refresh = () => queries.invalidateQueries({ queryKey: [PRICE_LIST] });
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await refresh();
      setTimeout(() => void refresh(), 1_000);
    },
  });
}

export function useChangePriceLine() {
  return usePriceWrite(async (body: ChangePriceLine) => dataOrThrow(await api.POST('/api/price-list/changes', { body })));
}

export function useWithdrawPriceLine() {
  return usePriceWrite(async (body: WithdrawPriceLine) => dataOrThrow(await api.POST('/api/price-list/withdrawals', { body })));
}

export interface PriceImport {
  file: File;
  effectiveFrom: string;
  reason?: string;
  language: Language;
}

/** POST /api/price-list/imports: the file as multipart, the day and reason in the query, the problems in the UI's language. */
export function useImportPriceList() {
  return usePriceWrite(async ({ file, effectiveFrom, reason, language }: PriceImport) => {
    const query = new URLSearchParams({ effectiveFrom, ...(reason ? { reason } : {}), lang: language });
    const body = new FormData();
    body.append('file', file);
    return (await (await authorizedFetch(`/api/price-list/imports?${query.toString()}`, { method: 'POST', body })).json()) as Revision;
  });
}
