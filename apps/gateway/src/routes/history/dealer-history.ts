import { Injectable } from '@nestjs/common';
import { InputProblems } from '@aftersales/service-kit';
import { allows, permissionsOf } from '../../access/permission-table';
import { SignedInUser } from '../../access/signed-in-user';
import { GatewayConfig } from '../../gateway.settings';
import { ActorHeaders } from '../forwarding/actor-headers';
import { Upstreams } from '../forwarding/upstreams';
import { UpstreamFailure } from '../forwarding/upstream-failure';
import { unknownDealerProblem } from '../scoping/dealer-scope';
import { SubDealers } from '../scoping/sub-dealers';
import { DealerHistoryQuery } from './dealer-history.query';
import { decodeCursor, encodeCursor, fromNewest, HistoryEvent, mergedHistory } from './merged-history';

/**
 * GET /api/dealers/{code}/history: the dealer must be one the user may see and one contracts
 * knows (else the same 404 either way), then every service's GET /history/{code} is merged.
 */
@Injectable()
export class DealerHistory {
  constructor(
    private readonly config: GatewayConfig,
    private readonly upstreams: Upstreams,
    private readonly actor: ActorHeaders,
    private readonly subDealers: SubDealers,
  ) {}

  async page(user: SignedInUser, code: string, query: DealerHistoryQuery, correlationId?: string): Promise<{ status: number; body: unknown }> {
    const services = Object.keys(this.config.services);
    const positions = query.before === undefined ? fromNewest(services) : decodeCursor(query.before, services);
    if (!positions) throw new InputProblems([{ field: 'before', reason: 'before must be a `next` this history gave' }]);
    const permissions = permissionsOf(user, await this.subDealers.of(user));
    if (!allows(permissions, 'read', 'DealerHistory', code)) return { status: 404, body: unknownDealerProblem(code, 'code', correlationId) };
    const dealer = await this.get(user, 'contracts', `/dealers/${encodeURIComponent(code)}`, correlationId);
    if (dealer.status !== 200) return dealer;
    const { events, positions: next } = await mergedHistory(positions, query.limit ?? 50, async (service, before, limit) => {
      const target = `/history/${encodeURIComponent(code)}?limit=${limit}${before ? `&before=${encodeURIComponent(before)}` : ''}`;
      const answer = await this.get(user, service, target, correlationId);
      if (answer.status !== 200) throw new UpstreamFailure(service, 502, `The ${service} service answered ${answer.status} for the history`);
      const page = answer.body as { items?: HistoryEvent[]; next?: string | null };
      if (!Array.isArray(page.items)) throw new UpstreamFailure(service, 502, `The ${service} service answered no history items`);
      return { events: page.items.map((event) => ({ ...event, service })), next: page.next ?? null };
    });
    return { status: 200, body: { dealerCode: code, items: events, next: next ? encodeCursor(next) : null } };
  }

  private async get(user: SignedInUser, service: string, target: string, correlationId?: string) {
    const headers = { ...this.actor.of(user, 'GET', target), ...(correlationId ? { 'x-correlation-id': correlationId } : {}) };
    return this.upstreams.json<unknown>(service, target, headers);
  }
}
