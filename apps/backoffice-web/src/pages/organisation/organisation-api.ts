import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { dataOrThrow } from '../../api/problem';
import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type Organisation = Schemas['OrganisationResponse'];
export type ChangeRecord = Schemas['ChangeRecordResponse'];
export type Technician = Schemas['TechnicianResponse'];
export type Certificate = Schemas['CertificateResponse'];
export type TrainingSession = Schemas['TrainingSessionEntry'];
export type TrainingBooking = Schemas['TrainingBookingResponse'];
export type CatalogModel = Schemas['CatalogModelEntry'];
export type CatalogPart = Schemas['CatalogPartEntry'];
export type ChangeOrganisation = Schemas['ChangeOrganisationRequest'];
export type JoinTechnician = Schemas['JoinTechnicianRequest'];
export type IssueCertificate = Schemas['IssueCertificateRequest'];
export type RevokeCertificate = Schemas['RevokeCertificateRequest'];
export type ScheduleSession = Schemas['ScheduleTrainingSessionRequest'];
export type BookPlaces = Schemas['BookTrainingPlacesRequest'];
export type ListModel = Schemas['ListModelRequest'];
export type ListPart = Schemas['ListPartRequest'];

/** Letters, digits, dots, underscores and dashes: the ids the API takes (technician, certificate, model, part, session). */
export const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function useOrganisation(code: string, on?: string) {
  return useQuery({
    queryKey: ['organisation', code, on ?? 'today'],
    queryFn: async () => dataOrThrow(await api.GET('/api/dealers/{code}/organisation', { params: { path: { code }, query: on ? { on } : {} } })),
  });
}

export function useTechnicians(code: string, on?: string) {
  return useQuery({
    queryKey: ['technicians', code, on ?? 'today'],
    queryFn: async () => dataOrThrow(await api.GET('/api/dealers/{code}/technicians', { params: { path: { code }, query: on ? { on } : {} } })),
  });
}

export function useTrainingSessions() {
  return useQuery({ queryKey: ['training-sessions'], queryFn: async () => dataOrThrow(await api.GET('/api/training-sessions')).items });
}

export function useCatalogModels() {
  return useQuery({ queryKey: ['catalog', 'models'], queryFn: async () => dataOrThrow(await api.GET('/api/catalog/models')).items });
}

export function useCatalogParts() {
  return useQuery({ queryKey: ['catalog', 'parts'], queryFn: async () => dataOrThrow(await api.GET('/api/catalog/parts')).items });
}

/**
 * A write, then the reads it changes: the read model has the change within about a second, so
 * they are asked again at once and once more a moment later.
 */
export function useWrite<T>(write: (body: T) => Promise<unknown>, refresh: string[][]) {
  const queries = useQueryClient();
  const invalidate = () => Promise.all(refresh.map((queryKey) => queries.invalidateQueries({ queryKey })));
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await invalidate();
      setTimeout(() => void invalidate(), 1_000);
    },
  });
}

export const writes = {
  change: (code: string) => async (body: ChangeOrganisation) =>
    dataOrThrow(await api.POST('/api/dealers/{code}/organisation/changes', { params: { path: { code } }, body })),
  join: (code: string) => async (body: JoinTechnician) => dataOrThrow(await api.POST('/api/dealers/{code}/technicians', { params: { path: { code } }, body })),
  leave: (code: string, technicianId: string) => async (body: { effectiveOn: string }) =>
    dataOrThrow(await api.POST('/api/dealers/{code}/technicians/{technicianId}/departure', { params: { path: { code, technicianId } }, body })),
  issue: (code: string, technicianId: string) => async (body: IssueCertificate) =>
    dataOrThrow(await api.POST('/api/dealers/{code}/technicians/{technicianId}/certificates', { params: { path: { code, technicianId } }, body })),
  revoke: (code: string, technicianId: string, certificateNo: string) => async (body: RevokeCertificate) =>
    dataOrThrow(await api.POST('/api/dealers/{code}/technicians/{technicianId}/certificates/{certificateNo}/revocation',
      { params: { path: { code, technicianId, certificateNo } }, body })),
  schedule: async (body: ScheduleSession) => dataOrThrow(await api.POST('/api/training-sessions', { body })),
  book: (trainingSessionId: string) => async (body: BookPlaces) =>
    dataOrThrow(await api.POST('/api/training-sessions/{trainingSessionId}/bookings', { params: { path: { trainingSessionId } }, body })),
  model: async (body: ListModel) => dataOrThrow(await api.POST('/api/catalog/models', { body })),
  part: async (body: ListPart) => dataOrThrow(await api.POST('/api/catalog/parts', { body })),
};
