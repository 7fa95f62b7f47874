import { Decider, exhaustive, invalid } from '@aftersales/event-sourcing';

/** The kinds of form a dealer sends each month (docs/feeds.md "Kinds of form"). */
export type FeedKindName = 'repairs' | 'parts' | 'sales' | 'warranty-cards' | 'satisfaction' | 'opinions';

/** The scheduler's finding: no accepted version of a kind by its due date. */
export class RecordOverdue {
  constructor(
    readonly dealerCode: string,
    readonly period: string,
    readonly kind: FeedKindName,
    /** The period's due date on the dealer's calendar. */
    readonly dueDate: string,
    /** Today on the dealer's calendar. */
    readonly today: string,
  ) {}
}

/** What the scheduler looked up: whether the feed has an accepted version. */
export interface DeadlineFacts {
  accepted: boolean;
}

export type FeedOverdue = { type: 'FeedOverdue'; data: { dealerCode: string; period: string; kind: FeedKindName; dueDate: string; recordedOn: string } };
export type DeadlineEvent = FeedOverdue;
export type DeadlineState = { overdue: false } | { overdue: true; recordedOn: string };

/** One stream per dealer × period × kind deadline: two schedulers racing append to it at the same expected version, one wins. */
export const deadlineStreamId = (dealerCode: string, period: string, kind: string) => `deadline-${dealerCode}-${period}-${kind}`;

/**
 * A deadline is recorded overdue once: not before the day after its due date, not when the feed
 * has an accepted version, never twice (a second scheduler, a second check, finds it recorded).
 */
export const deadlineDecider: Decider<RecordOverdue, DeadlineEvent, DeadlineState, DeadlineFacts> = {
  initialState: () => ({ overdue: false }),
  decide(command, state, { accepted }) {
    if (command.today <= command.dueDate) throw invalid(`${command.period} ${command.kind} is due on ${command.dueDate}, not overdue on ${command.today}`, 'today');
    if (state.overdue || accepted) return [];
    const { dealerCode, period, kind, dueDate, today } = command;
    return [{ type: 'FeedOverdue', data: { dealerCode, period, kind, dueDate, recordedOn: today } }];
  },
  evolve(state, event) {
    switch (event.type) {
      case 'FeedOverdue': return { overdue: true, recordedOn: event.data.recordedOn };
      default: return exhaustive(event.type, 'deadline event');
    }
  },
};
