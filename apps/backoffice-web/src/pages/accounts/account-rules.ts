/**
 * The gateway's rules for an account (POST/PATCH /api/users), repeated so the form says at once
 * what the gateway would answer with a 400: the same limits and the same role/dealer rule.
 */
export const ROLES = ['admin', 'service-manager', 'parts-clerk', 'finance', 'auditor', 'dealer'] as const;
export type Role = (typeof ROLES)[number];

export const USERNAME = /^[A-Za-z0-9._@-]{3,64}$/;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const DEALER_CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

/** Why the roles and dealer do not go together (an i18n key of the accounts area), or undefined. */
export type RoleProblem = 'dealerAlone' | 'dealerRequired' | 'dealerOnlyForDealerRole' | 'rolesRequired';

export function roleProblem(roles: readonly Role[], dealerCode: string | null | undefined): { field: 'roles' | 'dealerCode'; problem: RoleProblem } | undefined {
  if (roles.length === 0) return { field: 'roles', problem: 'rolesRequired' };
  if (roles.includes('dealer')) {
    // A staff role beside `dealer` would void the dealer condition of its permissions.
    if (roles.length > 1) return { field: 'roles', problem: 'dealerAlone' };
    if (!dealerCode) return { field: 'dealerCode', problem: 'dealerRequired' };
    return undefined;
  }
  return dealerCode ? { field: 'dealerCode', problem: 'dealerOnlyForDealerRole' } : undefined;
}

/** What PATCH /api/users/{username} is sent: only what changed, the dealer null when the account is no dealer's any more. */
export interface AccountChange { roles?: Role[]; dealerCode?: string | null; disabled?: boolean }

export function accountChange(
  before: { roles: readonly Role[]; dealerCode?: string | null; disabled: boolean },
  after: { roles: readonly Role[]; dealerCode?: string | null; disabled: boolean },
): AccountChange {
  const change: AccountChange = {};
  const sorted = (roles: readonly Role[]) => [...roles].sort().join();
  if (sorted(before.roles) !== sorted(after.roles)) change.roles = [...after.roles];
  const dealer = after.roles.includes('dealer') ? after.dealerCode || null : null;
  if ((before.dealerCode ?? null) !== dealer) change.dealerCode = dealer;
  if (before.disabled !== after.disabled) change.disabled = after.disabled;
  return change;
}
