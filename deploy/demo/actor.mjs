// The actor headers a service verifies when ACTOR_SECRET is set (the gateway signs its requests the
// same way; libs/shared/service-kit checks them): x-actor, x-actor-roles, x-actor-dealer, x-actor-at
// and x-actor-signature = base64url HMAC-SHA256 over the six lines below. Without ACTOR_SECRET the
// services take x-actor as it is, and only that is sent.
import { createHmac } from 'node:crypto';

/** Headers naming `actor` (an admin, no dealer) for `method` `path` (path and query, as requested). */
export function actorHeaders(actor, method, path, secret = process.env.ACTOR_SECRET, now = Date.now()) {
  if (!secret) return { 'x-actor': actor };
  const roles = 'admin';
  const dealer = '';
  const at = String(now);
  const signature = createHmac('sha256', secret).update([actor, roles, dealer, at, method.toUpperCase(), path].join('\n')).digest('base64url');
  return { 'x-actor': actor, 'x-actor-roles': roles, 'x-actor-dealer': dealer, 'x-actor-at': at, 'x-actor-signature': signature };
}
