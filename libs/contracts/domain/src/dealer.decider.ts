import { conflict, Decider, exhaustive, invalid } from '@aftersales/event-sourcing';

/** How far a region is from service: the agreement's arrival hours are per class (docs/domain.md "Dealers"). */
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
/** A dealer as the registration asks for it: its service class comes from its region. */
export type DealerApplication = Omit<Dealer, 'serviceClass' | 'timeZone'> & { timeZone?: string };

/** Where a dealer is when the registration names no time zone. */
export const DEFAULT_DEALER_TIME_ZONE = 'Asia/Shanghai';

/**
 * The use case's one command: the controller builds it from the request, the CommandBus
 * carries it as it is (the app's `@CommandHandler(RegisterDealer)` marks the class), and the
 * decider takes it unchanged.
 */
export class RegisterDealer {
  constructor(readonly dealer: DealerApplication) {}
}

/** What the handler looked up for the registration. */
export interface DealerFacts {
  /** The service class of the dealer's region, from the configured region list. */
  serviceClass: ServiceClass;
  /** Whether the parent dealer a sub-dealer names is registered (absent when it names none). */
  parentDealerRegistered?: boolean;
}

export type DealerState = { registered: false } | { registered: true; dealer: Dealer };

export const dealerStreamId = (code: string) => `dealer-${code}`;

/**
 * A sub-dealer's parent must be registered (a business refusal: 422). Registering the same
 * dealer twice with the same details is a no-op; other details are a conflict.
 */
export const dealerDecider: Decider<RegisterDealer, DealerEvent, DealerState, DealerFacts> = {
  initialState: () => ({ registered: false }),
  decide({ dealer: application }, state, { serviceClass, parentDealerRegistered }) {
    const { parentDealerCode } = application;
    if (parentDealerCode && !parentDealerRegistered) throw invalid(`parent dealer ${parentDealerCode} is not registered`, 'parentDealerCode');
    const dealer: Dealer = { ...application, serviceClass, timeZone: application.timeZone ?? DEFAULT_DEALER_TIME_ZONE };
    if (!state.registered) return [{ type: 'DealerRegistered', data: dealer }];
    if (sameJson(givenDetails(state.dealer), givenDetails(dealer))) return [];
    throw conflict(`dealer ${dealer.code} is already registered with other details`, 'code');
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
