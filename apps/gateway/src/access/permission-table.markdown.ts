import { ACTIONS, allows, permissionsOf, SUBJECTS, Subject } from './permission-table';
import { Role, ROLES } from './signed-in-user';

const OWN = 'D0001';
const SUB_DEALER = 'D0001-S1';
const FOREIGN = 'D0999';

/** What one role may do to one subject: `read, create`, `read (own + sub-dealers)`, or `—`. */
function cell(role: Role, subject: Subject): string {
  const permissions = permissionsOf({ id: 'x', username: 'x', roles: [role], dealerCode: OWN, source: 'password' }, [SUB_DEALER]);
  const actions = ACTIONS.filter((action) => allows(permissions, action, subject)).map((action) => {
    if (allows(permissions, action, subject, FOREIGN)) return action;
    return allows(permissions, action, subject, SUB_DEALER) ? `${action} (own + sub-dealers)` : `${action} (own)`;
  });
  return actions.length ? actions.join(', ') : '—';
}

/**
 * The permission table as README "Roles" prints it, rendered from permission-table.ts (a unit
 * test keeps the README equal to it): one row per subject, one column per role.
 */
export function permissionTableMarkdown(): string {
  const header = `| subject | ${ROLES.join(' | ')} |`;
  const rule = `|---|${ROLES.map(() => '---').join('|')}|`;
  const rows = SUBJECTS.map((subject) => `| ${subject} | ${ROLES.map((role) => cell(role, subject)).join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}
