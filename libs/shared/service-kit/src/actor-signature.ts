import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The person behind a request, as the gateway forwards it to a service: the username, its roles
 * and dealer, when it was signed, and an HMAC-SHA256 over all of them plus the method and the
 * request target, keyed by ACTOR_SECRET (shared by the gateway and the services). A service that
 * has the secret believes `x-actor` only when the signature holds, so nobody who reaches a
 * service's port can write events in someone else's name.
 */
export const ACTOR_HEADERS = {
  actor: 'x-actor',
  roles: 'x-actor-roles',
  dealer: 'x-actor-dealer',
  at: 'x-actor-at',
  signature: 'x-actor-signature',
} as const;

/** What the gateway says about the signed-in user. */
export interface ActorClaims {
  actor: string;
  roles: readonly string[];
  dealer: string | null;
}

/** Usernames as a header may carry them (letters, digits, `._:@+-`); anything else is not an actor. */
export const ACTOR_PATTERN = /^[A-Za-z0-9._:@+-]{1,100}$/;

/** The default age after which a signature is stale (ACTOR_MAX_AGE_MS). */
export const DEFAULT_ACTOR_MAX_AGE_MS = 60_000;

function signatureOf(secret: string, claims: ActorClaims, at: string, method: string, target: string): string {
  const text = `${claims.actor}\n${claims.roles.join(',')}\n${claims.dealer ?? ''}\n${at}\n${method.toUpperCase()}\n${target}`;
  return createHmac('sha256', secret).update(text).digest('base64url');
}

/** The headers the gateway sends with a request `method target` (target: the path with its query, as the service receives it). */
export function signActor(secret: string, claims: ActorClaims, method: string, target: string, now = Date.now()): Record<string, string> {
  const at = String(now);
  return {
    [ACTOR_HEADERS.actor]: claims.actor,
    [ACTOR_HEADERS.roles]: claims.roles.join(','),
    [ACTOR_HEADERS.dealer]: claims.dealer ?? '',
    [ACTOR_HEADERS.at]: at,
    [ACTOR_HEADERS.signature]: signatureOf(secret, claims, at, method, target),
  };
}

export type ActorCheck = { actor: string } | { refused: string };

const one = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/** Whether a request's actor headers are signed with `secret`, for this method and target, within `maxAgeMs`. */
export function verifyActor(req: IncomingMessage, target: string, secret: string, maxAgeMs: number, now = Date.now()): ActorCheck {
  const actor = one(req, ACTOR_HEADERS.actor);
  const at = one(req, ACTOR_HEADERS.at);
  const signature = one(req, ACTOR_HEADERS.signature);
  if (!actor || !at || !signature) return { refused: 'The request carries no signed actor' };
  if (!ACTOR_PATTERN.test(actor)) return { refused: 'The actor is not a username' };
  const roles = (one(req, ACTOR_HEADERS.roles) ?? '').split(',').filter(Boolean);
  const expected = Buffer.from(signatureOf(secret, { actor, roles, dealer: one(req, ACTOR_HEADERS.dealer) ?? '' }, at, req.method ?? '', target));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { refused: 'The actor signature does not match' };
  // Also a signature from the future (beyond the same margin) is refused: clocks of one deployment agree.
  if (!/^\d{1,15}$/.test(at) || Math.abs(now - Number(at)) > maxAgeMs) return { refused: 'The actor signature is stale' };
  return { actor };
}

export interface ActorVerificationSettings {
  /** ACTOR_SECRET: when set, every request but the probes must carry a signed actor. */
  secret?: string | undefined;
  /** ACTOR_MAX_AGE_MS: a signature older than this is refused. */
  maxAgeMs: number;
}

/** Read by machines, not people: probes and the document answer without an actor. */
const UNSIGNED_PATHS = /^\/(health|metrics|docs)(\/|\?|$)/;

type Request = IncomingMessage & { originalUrl?: string; id?: unknown };

/**
 * Refuses (401, the problem body) a request whose actor is missing, badly signed or stale, when
 * the secret is set; without a secret `x-actor` is taken as it comes (local runs, the fuzzing).
 * Mounted right after the request logger, so the refusal is logged with its correlation id.
 */
export function actorVerification(settings: ActorVerificationSettings) {
  return (req: Request, res: ServerResponse, next: () => void) => {
    const target = req.originalUrl ?? req.url ?? '';
    if (!settings.secret || UNSIGNED_PATHS.test(target)) return next();
    const check = verifyActor(req, target, settings.secret, settings.maxAgeMs);
    if ('actor' in check) return next();
    res.statusCode = 401;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    const correlationId = typeof req.id === 'string' ? req.id : undefined;
    res.end(JSON.stringify({ statusCode: 401, error: 'Unauthorized', message: check.refused, problems: [], correlationId }));
  };
}
