import { conflict, Decider } from '@aftersales/event-sourcing';
import { ContractsEvents, DataOf, DealerRegisteredV1 } from '@aftersales/integration-events';

export type DealerEvent = { type: typeof ContractsEvents.DealerRegistered.type; data: DataOf<typeof ContractsEvents.DealerRegistered> };
export type RegisterDealer = { type: 'RegisterDealer'; data: DealerRegisteredV1 };
export type DealerState = { registered: false } | { registered: true; dealer: DealerRegisteredV1 };

export const dealerStreamId = (code: string) => `dealer-${code}`;

/** Registering the same dealer twice with the same details is a no-op; other details are a conflict. */
export const dealerDecider: Decider<RegisterDealer, DealerEvent, DealerState> = {
  initialState: () => ({ registered: false }),
  decide(command, state) {
    if (!state.registered) return [{ type: ContractsEvents.DealerRegistered.type, data: { ...command.data } }];
    if (sameJson(givenDetails(state.dealer), givenDetails(command.data))) return [];
    throw conflict(`dealer ${command.data.code} is already registered with other details`, 'code');
  },
  evolve(_state, event) {
    return { registered: true, dealer: event.data };
  },
};

/** The service class comes from the region list, not the caller: a changed list is no other detail. */
function givenDetails({ serviceClass: _derived, ...given }: DealerRegisteredV1): object {
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
