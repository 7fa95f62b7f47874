import type { FeedKind } from '../kinds/feed-kind';
import type { RuleBreach } from '../kinds/kind.definition';
import type { ProblemCode } from '../problems/problem-codes';
import { utcToWallClock } from './local-time';

/** The dealer's calendar day of an instant. */
function localDay(timeZone: string, at: Date): string {
  return utcToWallClock(timeZone, at).toISOString().slice(0, 10);
}

type Answer<T> = T | Promise<T>;

export type TechnicianStatus = 'certified' | 'uncertified' | 'unknown';

/**
 * Checks that need the back office's reference data (docs/feeds.md: known model, part,
 * technician; parts rows whose record_no is in no repairs feed of the dealer). The
 * dealer-feeds service passes them in; the library only calls them.
 */
export interface FeedLookups {
  isKnownModel?(model: string): Answer<boolean>;
  isKnownPart?(partNo: string): Answer<boolean>;
  /**
   * Has the technician a certificate valid on `on` (the row's dealer-local date, YYYY-MM-DD:
   * a repair's reported date, an opinion's received date)? One without is a warning the
   * assessment counts; an unknown technician is an error.
   */
  technicianStatus?(technicianId: string, on: string): Answer<TechnicianStatus>;
  /** For `parts` rows: is there a repair record with this number in the dealer's feeds? */
  isKnownRepairRecord?(recordNo: string): Answer<boolean>;
}

type Verdict = ProblemCode | undefined;

interface LookupCheck {
  readonly column: string;
  /** The row's date the answer depends on, if any (part of the remembered question). */
  readonly on?: (row: Record<string, unknown>, timeZone: string) => string | undefined;
  readonly ask: (lookups: FeedLookups, value: string, on: string) => Answer<Verdict> | undefined;
}

const yesOrCode = (code: ProblemCode) => (known: boolean) => (known ? undefined : code);
const then = <T>(answer: Answer<T>, map: (value: T) => Verdict): Answer<Verdict> =>
  answer instanceof Promise ? answer.then(map) : map(answer);

const MODEL: LookupCheck = {
  column: 'model',
  ask: (l, v) => l.isKnownModel && then(l.isKnownModel(v), yesOrCode('unknown-model')),
};
const PART: LookupCheck = {
  column: 'part_no',
  ask: (l, v) => l.isKnownPart && then(l.isKnownPart(v), yesOrCode('unknown-part')),
};
const RECORD: LookupCheck = {
  column: 'record_no',
  ask: (l, v) => l.isKnownRepairRecord && then(l.isKnownRepairRecord(v), yesOrCode('unknown-repair-record')),
};
const TECHNICIAN: LookupCheck = {
  column: 'technician_id',
  on: (row, timeZone) => {
    const at = row.reported_at ?? row.received_at;
    return at instanceof Date ? localDay(timeZone, at) : typeof at === 'string' ? at : undefined;
  },
  ask: (l, v, on) =>
    l.technicianStatus &&
    then(l.technicianStatus(v, on), (s) =>
      s === 'certified' ? undefined : s === 'uncertified' ? 'uncertified-technician' : 'unknown-technician',
    ),
};

const CHECKS: Readonly<Record<FeedKind, readonly LookupCheck[]>> = {
  repairs: [MODEL, TECHNICIAN],
  parts: [PART, RECORD],
  sales: [MODEL],
  'warranty-cards': [MODEL],
  satisfaction: [],
  opinions: [TECHNICIAN],
};

const MAX_REMEMBERED = 10_000;

/** Asks the lookups about one row, remembering answers (a file repeats the same models). */
export class LookupChecker {
  private readonly answers = new Map<string, Answer<Verdict>>();

  constructor(
    private readonly kind: FeedKind,
    private readonly lookups: FeedLookups,
    private readonly timeZone: string,
  ) {}

  async check(row: Record<string, unknown>): Promise<RuleBreach[]> {
    const breaches: RuleBreach[] = [];
    for (const check of CHECKS[this.kind]) {
      const value = row[check.column];
      if (typeof value !== 'string') continue;
      const on = check.on?.(row, this.timeZone) ?? '';
      const code = await this.ask(check, value, on);
      if (code) breaches.push({ column: check.column, code, value, ...(on === '' ? {} : { params: { on } }) });
    }
    return breaches;
  }

  private ask(check: LookupCheck, value: string, on: string): Answer<Verdict> {
    const key = `${check.column}\u0000${value}\u0000${on}`;
    if (!this.answers.has(key)) {
      if (this.answers.size >= MAX_REMEMBERED) this.answers.clear();
      this.answers.set(key, check.ask(this.lookups, value, on));
    }
    return this.answers.get(key);
  }
}
