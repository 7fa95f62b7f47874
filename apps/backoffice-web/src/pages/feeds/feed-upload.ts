import { useEffect, useState } from 'react';
import { ApiProblem, problemOf } from '../../api/problem';
import { session } from '../../auth/session';
import type { Language } from '../../i18n/languages';
import { uploadProgress } from './feeds-api';
import { queryOf } from './feed-helpers';
import type { FeedKind, UploadProgress, UploadResult } from './feed-types';

export interface FeedUpload {
  dealerCode: string;
  period: string;
  /** Absent: the service tells the kind from the workbook's sheets or the header. */
  kind?: FeedKind;
  file: File;
  language: Language;
  /** The client's id of this upload, for its progress (GET feed-uploads/{uploadId}). */
  uploadId: string;
  /** Bytes of the file sent so far (the browser's own count, before the service's). */
  onSent?: (sent: number, total: number) => void;
}

/** One multipart POST through XMLHttpRequest: fetch reports no upload progress. */
function send(upload: FeedUpload): Promise<{ status: number; body: unknown }> {
  const { dealerCode, period, kind, file, language, uploadId, onSent } = upload;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/dealers/${encodeURIComponent(dealerCode)}/feed-submissions${queryOf({ period, kind, uploadId })}`);
    xhr.withCredentials = true;
    if (session.token) xhr.setRequestHeader('authorization', `Bearer ${session.token}`);
    xhr.setRequestHeader('accept-language', language);
    xhr.upload.onprogress = (event) => onSent?.(event.loaded, event.total);
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new TypeError('network'));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/**
 * Uploads a feed file: accepted (201, or 200 for the same bytes again) or rejected whole (422 with
 * every problem) is a result; any other refusal (no file, too big, not a feed format) is thrown as
 * the API's problem. A 401 refreshes the session once and sends the file again.
 */
export async function uploadFeed(upload: FeedUpload): Promise<UploadResult> {
  let answer = await send(upload);
  if (answer.status === 401 && (await session.refresh())) answer = await send(upload);
  const body = answer.body as Partial<UploadResult> | undefined;
  if (answer.status < 300 || (answer.status === 422 && body?.status === 'rejected')) return body as UploadResult;
  throw new ApiProblem(problemOf(answer.status, answer.body));
}

/** The service's progress of an upload, polled every `intervalMs` while `active`. */
export function useUploadProgress(dealerCode: string, uploadId: string | undefined, active: boolean, intervalMs = 500): UploadProgress | undefined {
  const [progress, setProgress] = useState<UploadProgress | undefined>();
  useEffect(() => {
    setProgress(undefined);
    if (!active || !uploadId) return;
    let stopped = false;
    const poll = async () => {
      const seen = await uploadProgress(dealerCode, uploadId);
      if (!stopped && seen) setProgress(seen);
    };
    const timer = setInterval(() => void poll(), intervalMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [dealerCode, uploadId, active, intervalMs]);
  return progress;
}
