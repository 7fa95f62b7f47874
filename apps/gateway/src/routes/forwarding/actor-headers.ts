import { Injectable } from '@nestjs/common';
import { signActor } from '@aftersales/service-kit';
import { SignedInUser } from '../../access/signed-in-user';
import { GatewayConfig } from '../../gateway.settings';

/**
 * Used when ACTOR_SECRET is unset, which only a development gateway may be (services without a
 * secret take the actor as it comes; with one, they refuse this one unless they share it).
 */
export const DEV_ACTOR_SECRET = 'aftersales-development-actor-secret-not-for-production';

/** The signed actor headers of a request the gateway sends to a service on a user's behalf (service-kit actor-signature.ts). */
@Injectable()
export class ActorHeaders {
  private readonly secret: string;

  constructor(config: GatewayConfig) {
    if (!config.actorSecret && process.env['NODE_ENV'] === 'production') throw new Error('Invalid settings: ACTOR_SECRET is required when NODE_ENV=production');
    this.secret = config.actorSecret ?? DEV_ACTOR_SECRET;
  }

  of(user: SignedInUser, method: string, target: string): Record<string, string> {
    return signActor(this.secret, { actor: user.username, roles: user.roles, dealer: user.dealerCode }, method, target);
  }
}
