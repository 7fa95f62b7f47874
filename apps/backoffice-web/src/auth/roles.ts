/**
 * The roles of the back office, as the gateway names them (apps/gateway access/signed-in-user.ts;
 * the UI imports no gateway code, so the list is repeated here). The gateway decides every
 * request; the UI uses roles only to show what a user may reach.
 */
export const ROLES = ['admin', 'service-manager', 'parts-clerk', 'finance', 'auditor', 'dealer'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user, as GET /api/auth/me and the sign-in answer give it. */
export interface SessionUser {
  id: string;
  username: string;
  roles: Role[];
  /** The dealer a `dealer` user acts for; null for the manufacturer's staff. */
  dealerCode: string | null;
  source: 'password' | 'oidc';
}

/** Whether a user holding `roles` may see something open to `allowed` (undefined: every signed-in user). */
export function mayReach(roles: readonly Role[], allowed: readonly Role[] | undefined): boolean {
  return !allowed || roles.some((role) => allowed.includes(role));
}
