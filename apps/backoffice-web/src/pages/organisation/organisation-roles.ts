import { mayReach, Role } from '../../auth/roles';
import { useUser } from '../../auth/session-context';

/** Who changes the service organisation, technicians, certificates, training and the catalog (the permission table's update). */
export const ORGANISATION_WRITERS: readonly Role[] = ['admin', 'service-manager'];

export function useMayWrite(): boolean {
  return mayReach(useUser().roles, ORGANISATION_WRITERS);
}
