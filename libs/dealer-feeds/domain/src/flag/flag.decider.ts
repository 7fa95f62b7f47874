import { Decider, exhaustive, invalid, notFound } from '@aftersales/event-sourcing';
import { Evidence, FlagEvent, FlagRef } from './flag.events';

/** What the rules found for a flag's dealer and subject: the month it concerns and why. */
export interface Finding {
  period: string;
  evidence: Evidence[];
}

/**
 * The facts as they stand (the evaluator's read model) say whether the flag's rule is broken:
 * `finding` when it is, undefined when the facts settle it (or nothing is left to flag).
 */
export class EvaluateFlag {
  readonly type = 'EvaluateFlag';
  constructor(readonly flag: FlagRef, readonly finding: Finding | undefined) {}
}

/** A person looked into it and dismissed it, with a reason that stays in the flag's history. */
export class DismissFlag {
  readonly type = 'DismissFlag';
  constructor(readonly flagId: string, readonly dealerCode: string, readonly reason: string, readonly dismissedBy: string) {}
}

export type FlagCommand = EvaluateFlag | DismissFlag;
export type FlagStatus = 'open' | 'cleared' | 'dismissed';
export type FlagState = { status: 'none' } | { status: FlagStatus; flag: FlagRef & { period: string } };

/**
 * A flag (stream `flag-<flagId>`): raised when its rule is broken, cleared when later facts
 * settle it, raised again when it breaks again. A dismissal is a person's decision: a dismissed
 * flag stays dismissed whatever the facts do later. Evaluating the same facts twice changes nothing.
 */
export const flagDecider: Decider<FlagCommand, FlagEvent, FlagState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    switch (command.type) {
      case 'EvaluateFlag': return evaluate(command, state);
      case 'DismissFlag': return dismiss(command, state);
      default: return exhaustive(command, 'flag command');
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'FlagRaised': {
        const { evidence: _evidence, ...flag } = event.data;
        return { status: 'open', flag };
      }
      case 'FlagCleared': return state.status === 'none' ? state : { ...state, status: 'cleared' };
      case 'FlagDismissed': return state.status === 'none' ? state : { ...state, status: 'dismissed' };
      default: return exhaustive(event, 'flag event');
    }
  },
};

function evaluate({ flag, finding }: EvaluateFlag, state: FlagState): FlagEvent[] {
  if (state.status === 'dismissed') return [];
  if (finding && state.status !== 'open') return [{ type: 'FlagRaised', data: { ...flag, period: finding.period, evidence: finding.evidence } }];
  if (!finding && state.status === 'open') return [{ type: 'FlagCleared', data: { ...flag, period: state.flag.period } }];
  return [];
}

function dismiss({ flagId, dealerCode, reason, dismissedBy }: DismissFlag, state: FlagState): FlagEvent[] {
  // Another dealer's flag is as unknown as no flag (the path names the dealer).
  if (state.status === 'none' || state.flag.dealerCode !== dealerCode) throw notFound(`dealer ${dealerCode} has no flag ${flagId}`, 'flagId');
  if (state.status !== 'open') throw invalid(`flag ${flagId} is ${state.status}: only an open flag can be dismissed`, 'flagId');
  return [{ type: 'FlagDismissed', data: { flagId, dealerCode, reason, dismissedBy } }];
}
