import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { dataOrThrow } from '../../api/problem';
import type { RequisitionQuery } from './requisition-filters';
import type { ReplacementCheckRequest, Requisition, RequisitionPayment, ReviewRequisition, ShipParts, SubmitRequisition } from './requisition-types';

/** Every query of the requisitions starts with this key: a write reads them all again. */
const REQUISITIONS = 'requisitions';

/** The queue: filtered and paged by the server, newest first (a read model: a write shows in it within a second or so). */
export function useRequisitions(query: RequisitionQuery) {
  return useQuery({
    queryKey: [REQUISITIONS, 'list', query],
    queryFn: async () => dataOrThrow(await api.GET('/api/requisitions', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

const keyOf = (dealerCode: string, requisitionId: string) => [REQUISITIONS, 'one', dealerCode, requisitionId];

/** One requisition, read from its own events: never behind a write. */
export function useRequisition(dealerCode: string, requisitionId: string) {
  return useQuery({
    queryKey: keyOf(dealerCode, requisitionId),
    queryFn: async () => dataOrThrow(await api.GET('/api/dealers/{dealerCode}/requisitions/{requisitionId}', { params: { path: { dealerCode, requisitionId } } })),
  });
}

/** Parts on the price list in force today whose number starts with, or whose name holds, what is typed. */
export function usePartSearch(q: string) {
  return useQuery({
    queryKey: ['price-list', 'items', 'parts', q],
    queryFn: async () => dataOrThrow(await api.GET('/api/price-list/items', { params: { query: { q, kind: 'part', limit: 20 } } })),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The freight lines in force today: each urgent carrier's difference over the normal one. */
export function useFreightLines() {
  return useQuery({
    queryKey: ['price-list', 'items', 'freight'],
    queryFn: async () => dataOrThrow(await api.GET('/api/price-list/items', { params: { query: { kind: 'freight', limit: 20 } } })),
    staleTime: 60_000,
  });
}

export function useSubmitRequisition() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async ({ dealerCode, body }: { dealerCode: string; body: SubmitRequisition }) =>
      dataOrThrow(await api.POST('/api/dealers/{dealerCode}/requisitions', { params: { path: { dealerCode } }, body })),
    onSuccess: (requisition) => {
      queries.setQueryData(keyOf(requisition.dealerCode, requisition.requisitionId), requisition);
      void queries.invalidateQueries({ queryKey: [REQUISITIONS, 'list'] });
    },
  });
}

/**
 * A step of one requisition (review, payment, check, shipment, receipt): the requisition as the
 * answer gives it at once, then the queue read again, at once and a moment later (the read model
 * follows the command by about a second).
 */
function useRequisitionStep<T>(dealerCode: string, requisitionId: string, step: (path: { dealerCode: string; requisitionId: string }, body: T) => Promise<Requisition>) {
  const queries = useQueryClient();
  const refresh = () => queries.invalidateQueries({ queryKey: [REQUISITIONS, 'list'] });
  return useMutation({
    mutationFn: (body: T) => step({ dealerCode, requisitionId }, body),
    onSuccess: (requisition) => {
      queries.setQueryData(keyOf(dealerCode, requisitionId), requisition);
      void refresh();
      setTimeout(() => void refresh(), 1_000);
    },
  });
}

export const useReview = (dealerCode: string, requisitionId: string) => useRequisitionStep<ReviewRequisition>(dealerCode, requisitionId,
  async (path, body) => dataOrThrow(await api.POST('/api/dealers/{dealerCode}/requisitions/{requisitionId}/review', { params: { path }, body })));

export const useRecordPayment = (dealerCode: string, requisitionId: string) => useRequisitionStep<RequisitionPayment>(dealerCode, requisitionId,
  async (path, body) => dataOrThrow(await api.POST('/api/dealers/{dealerCode}/requisitions/{requisitionId}/payments', { params: { path }, body })));

export const useCheckReplacements = (dealerCode: string, requisitionId: string) => useRequisitionStep<ReplacementCheckRequest>(dealerCode, requisitionId,
  async (path, body) => dataOrThrow(await api.POST('/api/dealers/{dealerCode}/requisitions/{requisitionId}/replacement-checks', { params: { path }, body })));

export const useShipParts = (dealerCode: string, requisitionId: string) => useRequisitionStep<ShipParts>(dealerCode, requisitionId,
  async (path, body) => dataOrThrow(await api.POST('/api/dealers/{dealerCode}/requisitions/{requisitionId}/shipments', { params: { path }, body })));

export const useConfirmReceipt = (dealerCode: string, requisitionId: string) => useRequisitionStep<{ shipmentId: string; receivedOn: string }>(dealerCode, requisitionId,
  async (path, { shipmentId, receivedOn }) => dataOrThrow(await api.POST('/api/dealers/{dealerCode}/requisitions/{requisitionId}/shipments/{shipmentId}/receipt',
    { params: { path: { ...path, shipmentId } }, body: { receivedOn } })));
