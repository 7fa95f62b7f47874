import { ForbiddenException, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { permissionsOf } from '../../access/permission-table';
import { SignedInUser } from '../../access/signed-in-user';
import type { ForwardedRoute } from '../route-table';
import { scopeOf, unknownDealerProblem } from '../scoping/dealer-scope';
import { SubDealers } from '../scoping/sub-dealers';
import { ActorHeaders } from './actor-headers';
import { UpstreamRequest, Upstreams } from './upstreams';

type SignedInRequest = Request & { user: SignedInUser; id?: unknown };

/** Headers of a request a service reads; everything else (cookies, the token) stays at the gateway. */
const REQUEST_HEADERS = ['content-type', 'accept', 'accept-language'];
/** Headers of a service's answer the client gets; Location is rewritten under /api. */
const ANSWER_HEADERS = ['content-type', 'content-length', 'content-disposition', 'retry-after', 'allow', 'cache-control', 'link'];

const SMALL_ANSWER = 256 * 1024;

export const correlationIdOf = (req: SignedInRequest, res: Response): string | undefined => {
  const id = res.getHeader('x-correlation-id') ?? req.id;
  return typeof id === 'string' ? id : undefined;
};

/**
 * Forwards one request of the route table to its service, once the permission table allows it:
 * the path under /api stripped, the query (a dealer user's list filter forced), the JSON body or
 * the streamed upload, the correlation id and the signed actor; back come the status, the body and
 * its headers.
 */
@Injectable()
export class Forwarder {
  constructor(private readonly upstreams: Upstreams, private readonly actor: ActorHeaders, private readonly subDealers: SubDealers) {}

  async handle(route: ForwardedRoute, req: SignedInRequest, res: Response): Promise<void> {
    const permissions = permissionsOf(req.user, await this.subDealers.of(req.user));
    const scope = scopeOf(route, req.user, permissions, { params: req.params, query: req.query, body: req.body });
    if ('forbidden' in scope) throw new ForbiddenException(scope.forbidden);
    if ('unknownDealer' in scope) {
      res.status(404).json(unknownDealerProblem(scope.unknownDealer, route.dealer?.name ?? 'code', correlationIdOf(req, res)));
    } else if ('emptyPage' in scope) {
      res.status(200).json(scope.emptyPage);
    } else {
      await this.forward(route, req, res, scope.forcedQuery);
    }
  }

  private async forward(route: ForwardedRoute, req: SignedInRequest, res: Response, forcedQuery?: Record<string, string>): Promise<void> {
    const target = targetOf(req.originalUrl, forcedQuery);
    const headers: Record<string, string> = { ...this.actor.of(req.user, route.method, target) };
    for (const name of REQUEST_HEADERS) if (typeof req.headers[name] === 'string') headers[name] = req.headers[name];
    const correlationId = correlationIdOf(req, res);
    if (correlationId) headers['x-correlation-id'] = correlationId;
    const answer = await this.upstreams.request(route.service, { method: route.method, path: target, headers, body: bodyOf(route, req, headers) });
    res.status(answer.statusCode);
    for (const name of ANSWER_HEADERS) {
      const value = answer.headers[name];
      if (value !== undefined) res.setHeader(name, value);
    }
    const location = answer.headers['location'];
    if (typeof location === 'string') res.setHeader('location', location.startsWith('/') ? `/api${location}` : location);
    // A small answer (a JSON read, the common case) is sent in one write; a large one is streamed.
    if (Number(answer.headers['content-length'] ?? Infinity) <= SMALL_ANSWER) res.end(Buffer.from(await answer.body.arrayBuffer()));
    else await pipeline(answer.body, res).catch(() => res.destroy());
  }
}

/** The service's request target: the path without /api, the query as sent, plus a forced filter. */
export function targetOf(originalUrl: string, forcedQuery: Record<string, string> = {}): string {
  const target = originalUrl.replace(/^\/api(?=\/|\?|$)/, '') || '/';
  const forced = new URLSearchParams(forcedQuery).toString();
  if (!forced) return target;
  return `${target}${target.includes('?') ? '&' : '?'}${forced}`;
}

function bodyOf(route: ForwardedRoute, req: SignedInRequest, headers: Record<string, string>): UpstreamRequest['body'] {
  if (route.method === 'GET') return undefined;
  if (route.streamed) {
    const length = req.headers['content-length'];
    if (typeof length === 'string') headers['content-length'] = length;
    return req;
  }
  // The gateway read the JSON (it checks a dealer named in it); the service validates it again.
  headers['content-type'] = 'application/json';
  return typeof req.body === 'string' ? req.body : JSON.stringify(req.body ?? {});
}
