/** The roles of the back office (README "Roles"); the permission table says what each may do. */
export const ROLES = ['admin', 'service-manager', 'parts-clerk', 'finance', 'auditor', 'dealer'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The person behind a request, once the gateway has verified its access token (ours, or the
 * OIDC issuer's). A `dealer` user is bound to one dealer code; every other role has none.
 */
export interface SignedInUser {
  /** Stable id: our account's id, or `oidc:<sub>` for a single-sign-on user. */
  id: string;
  username: string;
  roles: Role[];
  /** The dealer a `dealer` user acts for (null for the manufacturer's staff). */
  dealerCode: string | null;
  /** Where the identity came from. */
  source: 'password' | 'oidc';
}
