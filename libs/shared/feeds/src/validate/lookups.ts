import type { FeedKind } from '../kinds/feed-kind';
import type { RuleBreach } from '../kinds/kind.definition';
import type { ProblemCode } from '../problems/problem-codes';

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
  /** A technician without a valid certificate is a warning the assessment counts. */
  technicianStatus?(technicianId: string): Answer<TechnicianStatus>;
  /** For `parts` rows: is there a repair record with this number in the dealer's feeds? */
  isKnownRepairRecord?(recordNo: string): Answer<boolean>;
}

type Verdict = ProblemCode | undefined;

interface LookupCheck {
  readonly column: string;
  readonly ask: (lookups: FeedLookups, value: string) => Answer<Verdict> | undefined;
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
  ask: (l, v) =>
    l.technicianStatus &&
    then(l.technicianStatus(v), (s) =>
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
  ) {}

  async check(row: Record<string, unknown>): Promise<RuleBreach[]> {
    const breaches: RuleBreach[] = [];
    for (const check of CHECKS[this.kind]) {
      const value = row[check.column];
      if (typeof value !== 'string') continue;
      const code = await this.ask(check, value);
      if (code) breaches.push({ column: check.column, code, value });
    }
    return breaches;
  }

  private ask(check: LookupCheck, value: string): Answer<Verdict> {
    const key = `${check.column}\u0000${value}`;
    if (!this.answers.has(key)) {
      if (this.answers.size >= MAX_REMEMBERED) this.answers.clear();
      this.answers.set(key, check.ask(this.lookups, value));
    }
    return this.answers.get(key);
  }
}
