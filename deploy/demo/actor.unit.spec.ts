// The demo seed's signed actor.
import { verifyActor } from '@aftersales/service-kit';
import { createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { actorHeaders } from './actor.mjs';

/** The demo seed calls the services directly: with ACTOR_SECRET set they refuse an unsigned actor. */
describe('the demo seed\'s actor headers', () => {
  it('are x-actor alone when no ACTOR_SECRET is set', () => {
    expect(actorHeaders('demo-seed', 'POST', '/dealers', '')).toEqual({ 'x-actor': 'demo-seed' });
  });

  it('sign actor, roles, dealer, time, method and path with HMAC-SHA256, base64url', () => {
    const headers = actorHeaders('demo-seed', 'post', '/dealers/D0001/agreements', 's3cret', 1_700_000_000_000);
    const expected = createHmac('sha256', 's3cret').update('demo-seed\nadmin\n\n1700000000000\nPOST\n/dealers/D0001/agreements').digest('base64url');
    expect(headers).toEqual({ 'x-actor': 'demo-seed', 'x-actor-roles': 'admin', 'x-actor-dealer': '', 'x-actor-at': '1700000000000',
      'x-actor-signature': expected });
  });

  it('are what the services verify (service-kit verifyActor)', () => {
    const headers = actorHeaders('demo-seed', 'POST', '/payments', 's3cret');
    const req = { method: 'POST', headers } as unknown as IncomingMessage;
    expect(verifyActor(req, '/payments', 's3cret', 60_000)).toEqual({ actor: 'demo-seed' });
  });
});
