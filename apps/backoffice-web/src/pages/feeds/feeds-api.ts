import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { authorizedFetch } from '../../api/client';
import { download } from '../../export/table-export';
import type { Language } from '../../i18n/languages';
import { fileNameOf, queryOf } from './feed-helpers';
import type { FeedKind, FeedProblem, FeedRow, Page, RowChange, SubmissionDetail, SubmissionSummary, UploadProgress } from './feed-types';

/** The gateway's path of a dealer's feed submissions (and of one of them). */
export const submissionsPath = (code: string, submissionId?: string): string =>
  `/api/dealers/${encodeURIComponent(code)}/feed-submissions${submissionId ? `/${encodeURIComponent(submissionId)}` : ''}`;

async function getJson<T>(path: string, language?: Language): Promise<T> {
  const headers = language ? { 'accept-language': language } : undefined;
  return (await (await authorizedFetch(path, { headers })).json()) as T;
}

export interface SubmissionsFilter {
  period?: string;
  kind?: FeedKind;
  status?: 'accepted' | 'rejected';
  skip?: number;
  limit?: number;
}

export function useSubmissions(code: string, filter: SubmissionsFilter) {
  return useQuery({
    queryKey: ['feed-submissions', code, filter],
    queryFn: () => getJson<Page<SubmissionSummary>>(`${submissionsPath(code)}${queryOf({ ...filter })}`),
    placeholderData: keepPreviousData,
  });
}

export function useSubmission(code: string, submissionId: string) {
  return useQuery({
    queryKey: ['feed-submission', code, submissionId],
    queryFn: () => getJson<SubmissionDetail>(submissionsPath(code, submissionId)),
  });
}

export function useSubmissionRows(code: string, submissionId: string, change: RowChange | 'all', skip: number, limit: number, enabled = true) {
  return useQuery({
    queryKey: ['feed-rows', code, submissionId, change, skip, limit],
    queryFn: () => getJson<Page<FeedRow>>(`${submissionsPath(code, submissionId)}/rows${queryOf({ change, skip, limit })}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The stored problems of a rejected submission, their messages in the UI's language. */
export function useSubmissionProblems(code: string, submissionId: string, language: Language, skip: number, limit: number, enabled = true) {
  return useQuery({
    queryKey: ['feed-problems', code, submissionId, language, skip, limit],
    queryFn: () => getJson<Page<FeedProblem>>(`${submissionsPath(code, submissionId)}/problems${queryOf({ skip, limit, lang: language })}`, language),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Downloads the XLSX error report of a rejected submission (each problem beside its row), in the UI's language. */
export async function downloadErrorReport(code: string, submissionId: string, language: Language): Promise<void> {
  const answer = await authorizedFetch(`${submissionsPath(code, submissionId)}/error-report${queryOf({ lang: language })}`);
  download(await answer.blob(), fileNameOf(answer.headers.get('content-disposition'), `${submissionId}-problems.${language}.xlsx`));
}

/** Downloads a kind's template (headers in the UI's language and the English key, one example row). */
export async function downloadTemplate(kind: FeedKind, format: 'csv' | 'xlsx', language: Language): Promise<void> {
  const answer = await authorizedFetch(`/api/feed-templates/${kind}${queryOf({ format, lang: language })}`);
  download(await answer.blob(), fileNameOf(answer.headers.get('content-disposition'), `${kind}-template.${language}.${format}`));
}

/** One look at an upload's progress; undefined while the service does not know the upload yet (404). */
export async function uploadProgress(code: string, uploadId: string): Promise<UploadProgress | undefined> {
  try {
    return await getJson<UploadProgress>(`/api/dealers/${encodeURIComponent(code)}/feed-uploads/${encodeURIComponent(uploadId)}`);
  } catch {
    return undefined;
  }
}
