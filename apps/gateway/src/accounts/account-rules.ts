import { FieldProblem } from '@aftersales/integration-events';
import { Role } from '../access/signed-in-user';

/**
 * A dealer account acts for exactly one dealer and holds no staff role beside `dealer` (its
 * permissions are scoped by the dealer condition, which a staff role would void); a staff
 * account has no dealer. The problems name the field, for a 400.
 */
export function accountRoleProblems(roles: Role[], dealerCode: string | null | undefined): FieldProblem[] {
  if (roles.includes('dealer')) {
    if (roles.length > 1) return [{ field: 'roles', reason: 'a dealer account has the role dealer alone' }];
    if (!dealerCode) return [{ field: 'dealerCode', reason: 'dealerCode is required for the role dealer' }];
    return [];
  }
  return dealerCode ? [{ field: 'dealerCode', reason: 'dealerCode is only for the role dealer' }] : [];
}

/** Usernames: letters, digits and `._-@`, 3-64 characters (lower-cased when stored and looked up). */
export const USERNAME = /^[A-Za-z0-9._@-]{3,64}$/;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const normalUsername = (username: string) => username.trim().toLowerCase();
