import type { Middleware } from 'openapi-fetch';
import { session } from '../auth/session';
import { ApiProblem, problemOf } from './problem';

/** Each request's copy taken before it is sent, to send it again after a refresh (a body is read only once). */
const retryCopies = new Map<string, Request>();

function withToken(request: Request): Request {
  if (session.token) request.headers.set('authorization', `Bearer ${session.token}`);
  return request;
}

/** After a 401: one refresh (the cookie), then the copy again with the new token; the 401 stands when the refresh is refused. */
async function retryAfterRefresh(response: Response, copy: Request | undefined): Promise<Response> {
  if (response.status !== 401 || !copy) return response;
  if (!(await session.refresh())) return response;
  return fetch(withToken(copy));
}

/**
 * Adds the access token; on a 401 refreshes once and sends the request again with the new token.
 * When the refresh is refused the session ends and the guard shows the sign-in page.
 */
export const bearerMiddleware: Middleware = {
  onRequest({ request, id }) {
    retryCopies.set(id, request.clone());
    return withToken(request);
  },
  async onResponse({ response, id }) {
    const copy = retryCopies.get(id);
    retryCopies.delete(id);
    return retryAfterRefresh(response, copy);
  },
  onError({ id }) {
    retryCopies.delete(id);
  },
};

/**
 * fetch with the same session handling, for what the typed client does not carry: a file to
 * download, a multipart upload. Throws the API's problem on an error answer.
 */
export async function authorizedFetch(path: string, init?: RequestInit): Promise<Response> {
  const request = new Request(path, { credentials: 'same-origin', ...init });
  const copy = request.clone();
  const response = await retryAfterRefresh(await fetch(withToken(request)), copy);
  if (!response.ok) throw new ApiProblem(problemOf(response.status, await response.json().catch(() => undefined)));
  return response;
}
