import createClient, { Middleware } from 'openapi-fetch';
import { session } from '../auth/session';
import type { paths } from './schema';

/** Each request's copy taken before it is sent, to send it again after a refresh (a body is read only once). */
const retryCopies = new Map<string, Request>();

/**
 * Adds the access token; on a 401 refreshes once (the cookie) and sends the request again with
 * the new token. When the refresh is refused the session ends and the guard shows the sign-in page.
 */
export const bearerMiddleware: Middleware = {
  onRequest({ request, id }) {
    if (session.token) request.headers.set('authorization', `Bearer ${session.token}`);
    retryCopies.set(id, request.clone());
    return request;
  },
  async onResponse({ response, id }) {
    const copy = retryCopies.get(id);
    retryCopies.delete(id);
    if (response.status !== 401 || !copy) return response;
    if (!(await session.refresh())) return response;
    copy.headers.set('authorization', `Bearer ${session.token}`);
    return fetch(copy);
  },
  onError({ id }) {
    retryCopies.delete(id);
  },
};

/** The typed client of the gateway's API (types generated from its /docs/json into schema.d.ts). */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(bearerMiddleware);
