import { mayReach, Role } from '../../auth/roles';
import { useUser } from '../../auth/session-context';

/** Who imports, changes and withdraws the price list (the permission table's PriceList create and update); everyone reads it. */
export const PRICE_WRITERS: readonly Role[] = ['admin', 'parts-clerk'];

export function useMayWritePrices(): boolean {
  return mayReach(useUser().roles, PRICE_WRITERS);
}
