import { session } from '../auth/session';
import { authorizedFetch, bearerMiddleware } from './authorized';
import { ApiProblem } from './problem';

const USER = { id: '1', username: 'finance.li', roles: ['finance'], dealerCode: null, source: 'password' };
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const tokens = (accessToken: string) => json(200, { accessToken, expiresIn: 900, user: USER });

/** The network as the gateway answers it: refreshes per `refreshAnswers`, every other call per `answer`. */
function gateway(refreshAnswers: Array<() => Response>, answer: (request: Request) => Response) {
  const calls: Array<{ url: string; init?: RequestInit; authorization?: string | null; body?: Promise<string> }> = [];
  globalThis.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input).endsWith('/api/auth/refresh')) {
      calls.push({ url: String(input), init });
      return (refreshAnswers.shift() ?? (() => json(401, { message: 'no' })))();
    }
    const request = input as Request;
    calls.push({ url: request.url, authorization: request.headers.get('authorization'), body: request.text() });
    return answer(request);
  }) as typeof fetch;
  return calls;
}

describe('the session and its token on every request', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => session.end());
  afterAll(() => (globalThis.fetch = realFetch));

  it('refreshes with a JSON body, as the gateway takes every POST (a bare POST is refused 415)', async () => {
    const calls = gateway([() => tokens('t1')], () => json(200, {}));
    expect(await session.refresh()).toBe(true);
    expect(calls[0].init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(session.token).toBe('t1');
    expect(session.currentUser).toEqual(USER);
  });

  it('shares one refresh between requests that fail together (a refresh token works only once)', async () => {
    const calls = gateway([() => tokens('t1'), () => tokens('t2')], () => json(200, {}));
    expect(await Promise.all([session.refresh(), session.refresh(), session.refresh()])).toEqual([true, true, true]);
    expect(calls.filter((call) => call.url.endsWith('/refresh'))).toHaveLength(1);
  });

  it('takes turns with the other tabs to refresh (they share the cookie; two at once would look like reuse)', async () => {
    gateway([() => tokens('t1')], () => json(200, {}));
    const held: string[] = [];
    const locks = { request: async (name: string, task: () => Promise<unknown>) => (held.push(name), task()) };
    const own = Object.getOwnPropertyDescriptor(globalThis, 'navigator'); // Node 21+ has one
    Object.defineProperty(globalThis, 'navigator', { value: { locks }, configurable: true });
    try {
      expect(await session.refresh()).toBe(true);
    } finally {
      if (own) Object.defineProperty(globalThis, 'navigator', own);
      else Reflect.deleteProperty(globalThis, 'navigator');
    }
    expect(held).toEqual(['aftersales-refresh']);
  });

  it('ends the session when the refresh is refused, and tells whoever listens', async () => {
    gateway([() => json(401, { statusCode: 401, message: 'refused', problems: [] })], () => json(200, {}));
    const told: unknown[] = [];
    const stop = session.subscribe((user) => told.push(user));
    expect(await session.refresh()).toBe(false);
    stop();
    expect([session.token, told]).toEqual([null, [null]]);
  });

  it('on a 401 refreshes once and sends the same request again, body and all, with the new token', async () => {
    const calls = gateway([() => tokens('t1'), () => tokens('t2')], (request) =>
      request.headers.get('authorization') === 'Bearer t2' ? json(201, { ok: true }) : json(401, { message: 'expired' }),
    );
    await session.refresh();
    const answer = await authorizedFetch('http://ui.test/api/payments', { method: 'POST', body: '{"amountFen":100}', headers: { 'content-type': 'application/json' } });
    expect(answer.status).toBe(201);
    const sent = calls.filter((call) => call.url.endsWith('/api/payments'));
    expect(sent.map((call) => call.authorization)).toEqual(['Bearer t1', 'Bearer t2']);
    expect(await sent[1].body).toBe('{"amountFen":100}');
  });

  it('gives the 401 as a problem when the refresh is refused too, without asking again', async () => {
    const calls = gateway([], () => json(401, { statusCode: 401, message: 'expired', problems: [] }));
    const failure = await authorizedFetch('http://ui.test/api/dealers').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiProblem);
    expect((failure as ApiProblem).status).toBe(401);
    expect(calls.map((call) => call.url.replace('http://ui.test', ''))).toEqual(['/api/dealers', '/api/auth/refresh']);
  });

  it('puts the token on the typed client requests', async () => {
    gateway([() => tokens('t1')], () => json(200, {}));
    await session.refresh();
    const request = new Request('http://ui.test/api/dealers');
    const sent = (await bearerMiddleware.onRequest?.({ request, id: 'r1', schemaPath: '/api/dealers', params: {}, options: {} as never })) as Request;
    expect(sent.headers.get('authorization')).toBe('Bearer t1');
  });
});
