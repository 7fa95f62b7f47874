import { createServer, IncomingMessage, Server } from 'node:http';
import { once } from 'node:events';
import { AddressInfo } from 'node:net';
import { ACTOR_HEADERS, actorVerification, signActor, verifyActor } from './actor-signature';

const SECRET = 'a-test-secret-of-enough-length';
const CLAIMS = { actor: 'li.wei', roles: ['finance'], dealer: null };

/** A request as the service receives it: method, and headers. */
const received = (method: string, headers: Record<string, string>) => ({ method, headers } as unknown as IncomingMessage);

describe('the actor signature (gateway signs, services verify)', () => {
  it('holds for the same method, target and headers, and names the actor', () => {
    const headers = signActor(SECRET, CLAIMS, 'POST', '/payments', 1_000_000);
    expect(verifyActor(received('POST', headers), '/payments', SECRET, 60_000, 1_000_500)).toEqual({ actor: 'li.wei' });
  });

  it.each([
    ['another actor', { [ACTOR_HEADERS.actor]: 'admin' }, 'POST', '/payments'],
    ['more roles', { [ACTOR_HEADERS.roles]: 'finance,admin' }, 'POST', '/payments'],
    ['a dealer added', { [ACTOR_HEADERS.dealer]: 'D0001' }, 'POST', '/payments'],
    ['a later time', { [ACTOR_HEADERS.at]: '1000001' }, 'POST', '/payments'],
    ['another method', {}, 'PUT', '/payments'],
    ['another target', {}, 'POST', '/dealers'],
    ['another query', {}, 'POST', '/payments?x=1'],
  ])('is refused when tampered: %s', (_case, change, method, target) => {
    const headers = { ...signActor(SECRET, CLAIMS, 'POST', '/payments', 1_000_000), ...change };
    expect(verifyActor(received(method, headers), target, SECRET, 60_000, 1_000_000)).toEqual({ refused: 'The actor signature does not match' });
  });

  it('is refused when signed with another secret, missing, or stale', () => {
    const other = signActor('another-secret-of-enough-length', CLAIMS, 'GET', '/dealers', 1_000_000);
    expect(verifyActor(received('GET', other), '/dealers', SECRET, 60_000, 1_000_000)).toEqual({ refused: 'The actor signature does not match' });
    expect(verifyActor(received('GET', { 'x-actor': 'li.wei' }), '/dealers', SECRET, 60_000)).toEqual({ refused: 'The request carries no signed actor' });
    const old = signActor(SECRET, CLAIMS, 'GET', '/dealers', 1_000_000);
    expect(verifyActor(received('GET', old), '/dealers', SECRET, 60_000, 1_060_001)).toEqual({ refused: 'The actor signature is stale' });
  });

  describe('the middleware', () => {
    let server: Server;
    let url: string;
    beforeAll(async () => {
      const verify = actorVerification({ secret: SECRET, maxAgeMs: 60_000 });
      server = createServer((req, res) => verify(req, res, () => res.end('through'))).listen(0, '127.0.0.1');
      await once(server, 'listening');
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => server.close());

    it('answers 401 with the problem body to an unsigned request, lets a signed one and the probes through', async () => {
      const unsigned = await fetch(`${url}/dealers`, { headers: { 'x-actor': 'admin' } });
      expect({ status: unsigned.status, body: await unsigned.json() }).toEqual({
        status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'The request carries no signed actor', problems: [] },
      });
      const signed = await fetch(`${url}/dealers?q=x`, { headers: signActor(SECRET, CLAIMS, 'GET', '/dealers?q=x') });
      expect(await signed.text()).toBe('through');
      for (const probe of ['/health', '/metrics', '/docs/json']) expect((await fetch(`${url}${probe}`)).status).toBe(200);
    });

    it('lets everything through without a secret (x-actor taken as it comes)', () => {
      const next = jest.fn();
      actorVerification({ maxAgeMs: 60_000 })(Object.assign(received('GET', {}), { url: '/dealers' }), {} as never, next);
      expect(next).toHaveBeenCalled();
    });
  });
});
