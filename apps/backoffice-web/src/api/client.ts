import createClient from 'openapi-fetch';
import { bearerMiddleware } from './authorized';
import type { paths } from './schema';

export { authorizedFetch } from './authorized';

/** The typed client of the gateway's API (types generated from its /docs/json into schema.d.ts), with the session's token. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(bearerMiddleware);
