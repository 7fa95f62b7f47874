import { allows, Permissions } from '../../access/permission-table';
import { SignedInUser } from '../../access/signed-in-user';
import type { DealerAt, ForwardedRoute } from '../route-table';

/** What a request names, where the route table says its dealer is. */
export interface RequestParts {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

/** What the gateway does with a request, by the permission table. */
export type Scope =
  | { forward: true; forcedQuery?: Record<string, string> }
  | { forbidden: string }
  | { unknownDealer: string }
  | { emptyPage: Record<string, unknown> };

/** No dealer code is this: a user allowed it is allowed every dealer (no dealer condition). */
const ANY_DEALER = '\u0000any';

function dealerNamed(at: DealerAt, parts: RequestParts): unknown {
  if (at.in === 'path') return parts.params[at.name];
  if (at.in === 'body') return parts.body && typeof parts.body === 'object' ? (parts.body as Record<string, unknown>)[at.name] : undefined;
  return parts.query[at.name];
}

/**
 * The permission table applied to one request: 403 when the user's roles may not do the route's
 * action at all; for a user bound to dealers, a dealer it may not see is "unknown" (404, as for a
 * dealer that does not exist), and a list is filtered to its dealers (the filter forced to its own
 * dealer when absent; an empty page when it names another).
 */
export function scopeOf(route: ForwardedRoute, user: SignedInUser, permissions: Permissions, parts: RequestParts): Scope {
  if (!allows(permissions, route.action, route.subject)) return { forbidden: `Your role may not ${route.action} ${route.subject}` };
  if (!route.dealer || allows(permissions, route.action, route.subject, ANY_DEALER)) return { forward: true };
  const named = dealerNamed(route.dealer, parts);
  const visible = typeof named === 'string' && allows(permissions, route.action, route.subject, named);
  if (route.dealer.in === 'list') {
    if (named === undefined && user.dealerCode) return { forward: true, forcedQuery: { [route.dealer.name]: user.dealerCode } };
    if (visible) return { forward: true };
    return route.dealer.emptyPage ? { emptyPage: route.dealer.emptyPage } : { unknownDealer: String(named) };
  }
  // A body or query without its dealer is the service's to refuse (400); it reveals no dealer.
  if (named === undefined && route.dealer.in !== 'path') return { forward: true };
  return visible ? { forward: true } : { unknownDealer: String(named) };
}

/**
 * The body a service gives for a dealer it does not know (ProblemFilter of service-kit, the
 * services' `dealer X is not registered`), given by the gateway for one the user may not see: the
 * two answers cannot be told apart (access-matrix.int.spec.ts compares them).
 */
export function unknownDealerProblem(code: string, field: string, correlationId: string | undefined) {
  const message = `dealer ${code} is not registered`;
  return { statusCode: 404, error: 'NOT_FOUND', message, problems: [{ field, reason: message }], correlationId };
}
