import { Injectable } from '@nestjs/common';
import { SignedInUser } from '../../access/signed-in-user';
import { ActorHeaders } from '../forwarding/actor-headers';
import { Upstreams } from '../forwarding/upstreams';
import { GatewayConfig } from '../../gateway.settings';

interface DealerPage { items: { code: string }[]; total: number }

const PAGE = 500;

/**
 * The dealers a dealer user reads besides its own: its sub-dealers, from contracts
 * (GET /dealers?within=), kept briefly so a page of requests asks contracts once.
 */
@Injectable()
export class SubDealers {
  private readonly cache = new Map<string, { codes: Promise<string[]>; until: number }>();
  private readonly cacheMs: number;

  /** GATEWAY_SUB_DEALERS_CACHE_MS: a new sub-dealer shows within it. */
  constructor(private readonly upstreams: Upstreams, private readonly actor: ActorHeaders, config: GatewayConfig) {
    this.cacheMs = config.subDealersCacheMs;
  }

  /** The sub-dealers of the user's dealer; none for a user bound to no dealer. */
  async of(user: SignedInUser): Promise<string[]> {
    const dealer = user.dealerCode;
    if (!dealer || !user.roles.includes('dealer')) return [];
    const cached = this.cache.get(dealer);
    if (cached && cached.until > Date.now()) return cached.codes;
    const codes = this.read(user, dealer);
    this.cache.set(dealer, { codes, until: Date.now() + this.cacheMs });
    codes.catch(() => this.cache.delete(dealer)); // a failed read is not kept
    return codes;
  }

  private async read(user: SignedInUser, dealer: string): Promise<string[]> {
    const codes: string[] = [];
    for (let skip = 0; ; skip += PAGE) {
      const target = `/dealers?within=${encodeURIComponent(dealer)}&limit=${PAGE}&skip=${skip}`;
      const { status, body } = await this.upstreams.json<DealerPage>('contracts', target, this.actor.of(user, 'GET', target));
      if (status !== 200) return codes.filter((code) => code !== dealer);
      codes.push(...body.items.map((item) => item.code));
      if (body.items.length < PAGE || skip + PAGE >= body.total) return codes.filter((code) => code !== dealer);
    }
  }
}
