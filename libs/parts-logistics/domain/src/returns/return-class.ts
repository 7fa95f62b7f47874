/** A return's class (第五條, docs/domain.md "Returns"): it decides who pays for what. */
export type ReturnClass = 'doa' | 'quality' | 'in-warranty' | 'out-of-warranty';

/** A clock of the unit's coverage as contracts answers it: its first and last day (YYYY-MM-DD, the dealer's calendar). */
export interface ClockWindow {
  start: string;
  end: string;
}

/** What the class is decided from: the unit's coverage clocks and the return's own facts. */
export interface ReturnFacts {
  /** The day the fault was reported (the dealer's calendar). */
  reportedOn: string;
  /** DOA window: from the dealer's receipt, `doaWindowDays` days (absent: the unit was never delivered). */
  doa?: ClockWindow;
  /** Quality window: from the sale to the customer, `qualityWindowDays` days (absent: not sold). */
  quality?: ClockWindow;
  /** The standard warranty (absent: not sold, the warranty has not started). */
  warranty?: ClockWindow;
  /** Damage in transport is never DOA. */
  transportDamage: boolean;
}

const within = (day: string, window: ClockWindow | undefined): boolean => window !== undefined && window.start <= day && day <= window.end;

/**
 * DOA when reported within the DOA window and not damaged in transport; else quality within the
 * quality window; else in warranty; else out of warranty. Windows are inclusive of their last day.
 */
export function classifyReturn(facts: ReturnFacts): ReturnClass {
  if (!facts.transportDamage && within(facts.reportedOn, facts.doa)) return 'doa';
  if (within(facts.reportedOn, facts.quality)) return 'quality';
  if (within(facts.reportedOn, facts.warranty)) return 'in-warranty';
  return 'out-of-warranty';
}

/** DOA and quality units go back only when the dealer could not repair them and the manufacturer confirmed it. */
export function needsFailedRepair(returnClass: ReturnClass): boolean {
  return returnClass === 'doa' || returnClass === 'quality';
}
