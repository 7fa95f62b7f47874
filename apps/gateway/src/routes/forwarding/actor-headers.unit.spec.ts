import { verifyActor } from '@aftersales/service-kit';
import type { IncomingMessage } from 'node:http';
import { GatewayConfig } from '../../gateway.settings';
import { ActorHeaders, DEV_ACTOR_SECRET } from './actor-headers';

const user = { id: '1', username: 'li.wei', roles: ['finance' as const], dealerCode: null, source: 'password' as const };

describe('the actor the gateway signs', () => {
  const environment = process.env['NODE_ENV'];
  afterEach(() => { process.env['NODE_ENV'] = environment; });

  it('is signed with ACTOR_SECRET so that a service sharing it believes it', () => {
    const headers = new ActorHeaders({ actorSecret: 'shared-secret-of-the-deployment' } as GatewayConfig).of(user, 'GET', '/dealers?within=D0001');
    const request = { method: 'GET', headers } as unknown as IncomingMessage;
    expect(verifyActor(request, '/dealers?within=D0001', 'shared-secret-of-the-deployment', 60_000)).toEqual({ actor: 'li.wei' });
  });

  it('uses a development secret only outside production', () => {
    const headers = new ActorHeaders({} as GatewayConfig).of(user, 'GET', '/regions');
    expect(verifyActor({ method: 'GET', headers } as unknown as IncomingMessage, '/regions', DEV_ACTOR_SECRET, 60_000)).toEqual({ actor: 'li.wei' });
    process.env['NODE_ENV'] = 'production';
    expect(() => new ActorHeaders({} as GatewayConfig)).toThrow('ACTOR_SECRET is required when NODE_ENV=production');
  });
});
