import { conflict, Decider, exhaustive } from '@aftersales/event-sourcing';

/** How far a region is from service: the agreement's arrival hours are per class (DOMAIN.md). */
export type ServiceClass = 'local' | 'near' | 'far';

/** A dealer (經銷商) or sub-dealer (分銷商) of the network, as contracts knows it. */
export interface Dealer {
  code: string;
  name: string;
  region: string;
  /** The region's service class when the dealer registered (absent for dealers registered before classes). */
  serviceClass?: ServiceClass;
  /** A sub-dealer names its parent dealer. */
  parentDealerCode?: string;
  address?: string;
  hotline?: string;
  timeZone: string;
}

export type DealerRegistered = { type: 'DealerRegistered'; data: Dealer };
export type DealerEvent = DealerRegistered;
export type RegisterDealer = { type: 'RegisterDealer'; data: Dealer };
export type DealerState = { registered: false } | { registered: true; dealer: Dealer };

export const dealerStreamId = (code: string) => `dealer-${code}`;

/** Registering the same dealer twice with the same details is a no-op; other details are a conflict. */
export const dealerDecider: Decider<RegisterDealer, DealerEvent, DealerState> = {
  initialState: () => ({ registered: false }),
  decide(command, state) {
    if (!state.registered) return [{ type: 'DealerRegistered', data: { ...command.data } }];
    if (sameJson(givenDetails(state.dealer), givenDetails(command.data))) return [];
    throw conflict(`dealer ${command.data.code} is already registered with other details`, 'code');
  },
  evolve(_state, event) {
    switch (event.type) {
      case 'DealerRegistered': return { registered: true, dealer: event.data };
      default: return exhaustive(event.type, 'dealer event');
    }
  },
};

/** The service class comes from the region list, not the caller: a changed list is no other detail. */
function givenDetails({ serviceClass: _derived, ...given }: Dealer): object {
  return given;
}

function sameJson(a: object, b: object): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}
