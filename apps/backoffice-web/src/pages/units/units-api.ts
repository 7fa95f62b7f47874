import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { dataOrThrow } from '../../api/problem';
import type { components } from '../../api/schema';

export type Unit = components['schemas']['UnitResponse'];
export type Coverage = components['schemas']['CoverageResponse'];
export type Clock = components['schemas']['ClockResponse'];
export type Conflict = components['schemas']['ConflictResponse'];
export type Sales = components['schemas']['SalesResponse'];
export type MonthSales = components['schemas']['MonthSalesResponse'];
export type DeliveryImport = components['schemas']['DeliveryImportResponse'];

/** A unit (the gateway keeps a dealer user to its own dealers' units: another is a 404). */
export function useUnit(serialNo: string) {
  return useQuery({
    queryKey: ['unit', serialNo],
    enabled: serialNo !== '',
    queryFn: async () => dataOrThrow(await api.GET('/api/units/{serialNo}', { params: { path: { serialNo } } })),
  });
}

export function useCoverage(serialNo: string, on: string) {
  return useQuery({
    queryKey: ['unit', serialNo, 'coverage', on],
    enabled: serialNo !== '',
    placeholderData: keepPreviousData,
    queryFn: async () => dataOrThrow(await api.GET('/api/units/{serialNo}/coverage', { params: { path: { serialNo }, query: { on } } })),
  });
}

export function useConflicts(skip: number, limit: number) {
  return useQuery({
    queryKey: ['registration-conflicts', skip, limit],
    placeholderData: keepPreviousData,
    queryFn: async () => dataOrThrow(await api.GET('/api/registration-conflicts', { params: { query: { skip, limit } } })),
  });
}

export function useSales(code: string, from: string, to: string) {
  return useQuery({
    queryKey: ['sales', code, from, to],
    placeholderData: keepPreviousData,
    queryFn: async () => dataOrThrow(await api.GET('/api/dealers/{code}/sales', { params: { path: { code }, query: { from, to } } })),
  });
}
