import { Finding } from './flag.decider';
import { Evidence, FeedRowKind, FlagRef, flagIdOf, FlagRuleName } from './flag.events';

/** A feed row as the rules see it: where it came from and the columns they compare. */
export interface RowFact {
  dealerCode: string;
  period: string;
  kind: FeedRowKind;
  key: string;
  submissionId: string;
  version: number;
  serialNo?: string;
  recordNo?: string;
  saleDate?: string;
  /** Withdrawn by a later version of its submission: it raises nothing, but its flags are looked at again. */
  withdrawn: boolean;
}

/** What contracts said of a serial: its delivery, and registrations entered by hand. */
export interface UnitFact {
  serialNo: string;
  delivery?: { dealerCode: string; receivedOn: string };
  /** Registered at all (from a card of a feed or by hand). */
  registered: boolean;
  /** Cards entered by hand (a feed's card is its row). */
  manualCards: { dealerCode: string; cardNo: string; saleDate: string }[];
}

/** A flag to decide, and what the rules found for it (undefined: nothing to flag). */
export interface Verdict {
  flag: FlagRef;
  finding?: Finding;
}

export const SERIAL_RULES = ['repair-on-unknown-serial', 'card-for-other-dealers-unit', 'dated-before-delivery', 'serial-carded-by-two-dealers'] as const;
export type SerialRule = (typeof SERIAL_RULES)[number];
/** At most this much evidence per flag (the published schema's bound); the rows first found are kept. */
export const MAX_EVIDENCE = 50;

const live = (rows: RowFact[], kinds: FeedRowKind[]) => rows.filter((r) => !r.withdrawn && kinds.includes(r.kind));
const rowEvidence = (r: RowFact, detail?: string): Evidence =>
  ({ source: 'feed', dealerCode: r.dealerCode, submissionId: r.submissionId, version: r.version, kind: r.kind, key: r.key, ...(detail ? { detail } : {}) });
const earliest = (periods: string[]) => [...periods].sort()[0];

function finding(rows: RowFact[], facts: Evidence[], detail?: (r: RowFact) => string | undefined, period?: string): Finding | undefined {
  if (rows.length === 0 && !period) return undefined;
  const evidence = [...rows.slice(0, MAX_EVIDENCE - facts.length).map((r) => rowEvidence(r, detail?.(r))), ...facts];
  return { period: period ?? earliest(rows.map((r) => r.period)), evidence };
}

/** Two dealers of one family: a sub-dealer (分銷商) and its parent. */
export type ParentOf = (dealerCode: string) => string | undefined;
const related = (a: string, b: string, parentOf: ParentOf) => a === b || parentOf(a) === b || parentOf(b) === a;

/** One serial rule for one dealer, on everything known of the serial (`rows`: every dealer's rows naming it). */
export function serialFinding(rule: SerialRule, dealerCode: string, unit: UnitFact, rows: RowFact[], parentOf: ParentOf): Finding | undefined {
  const own = rows.filter((r) => r.dealerCode === dealerCode);
  const { delivery } = unit;
  const delivered = delivery ? [{ source: 'contracts' as const, key: unit.serialNo, detail: `delivered to ${delivery.dealerCode} on ${delivery.receivedOn}` }] : [];
  switch (rule) {
    case 'repair-on-unknown-serial': {
      const known = delivery || unit.registered || live(rows, ['warranty-cards']).length > 0;
      return known ? undefined : finding(live(own, ['repairs']), [{ source: 'contracts', key: unit.serialNo, detail: 'never delivered nor registered' }]);
    }
    case 'card-for-other-dealers-unit':
      if (!delivery || related(dealerCode, delivery.dealerCode, parentOf)) return undefined;
      return finding(live(own, ['warranty-cards']), delivered);
    case 'dated-before-delivery': {
      if (!delivery) return undefined;
      const early = live(own, ['sales', 'warranty-cards']).filter((r) => r.saleDate !== undefined && r.saleDate < delivery.receivedOn);
      return finding(early, delivered, (r) => `sale_date ${r.saleDate}`);
    }
    case 'serial-carded-by-two-dealers': return cardedTwice(dealerCode, unit, rows);
    default: throw new Error(`unknown serial rule ${rule satisfies never}`);
  }
}

function cardedTwice(dealerCode: string, unit: UnitFact, rows: RowFact[]): Finding | undefined {
  const cards = live(rows, ['warranty-cards']);
  const dealers = new Set([...cards.map((r) => r.dealerCode), ...unit.manualCards.map((c) => c.dealerCode)]);
  if (dealers.size < 2 || !dealers.has(dealerCode)) return undefined;
  const manual: Evidence[] = unit.manualCards.map((c) => ({ source: 'contracts', key: unit.serialNo, detail: `card ${c.cardNo} of ${c.dealerCode} entered by hand, sold ${c.saleDate}` }));
  const own = cards.filter((r) => r.dealerCode === dealerCode);
  const ownPeriod = own.length ? earliest(own.map((r) => r.period)) : unit.manualCards.find((c) => c.dealerCode === dealerCode)?.saleDate.slice(0, 7);
  // The dealer's own cards first, then the others'.
  return finding([...own, ...cards.filter((r) => r.dealerCode !== dealerCode)], manual.slice(0, 10), (r) => `card of ${r.dealerCode}`, ownPeriod);
}

/** Every flag of a serial to look at: each rule for each dealer that ever named the serial in a row or a hand-entered card. */
export function serialVerdicts(unit: UnitFact, rows: RowFact[], parentOf: ParentOf, rules: readonly SerialRule[] = SERIAL_RULES): Verdict[] {
  const dealers = [...new Set([...rows.map((r) => r.dealerCode), ...unit.manualCards.map((c) => c.dealerCode)])].sort();
  return dealers.flatMap((dealerCode) => rules.map((rule) => ({
    flag: flagRef(rule, dealerCode, unit.serialNo),
    finding: serialFinding(rule, dealerCode, unit, rows, parentOf),
  })));
}

/**
 * The verdicts of a serial's repairs that need none of its rows, or undefined: a unit delivered or
 * registered is known, so repair-on-unknown-serial finds nothing for any dealer that repaired it.
 * A batch of repairs on delivered units (the usual month) is then decided without reading every
 * row the serial ever had, which grew with each chunk of a large file (docs/feeds.md).
 */
export function knownUnitRepairVerdicts(unit: UnitFact, rules: readonly SerialRule[], dealers: readonly string[]): Verdict[] | undefined {
  if (rules.length === 0) return []; // a parts row's serial: no serial rule to decide
  const onlyRepairs = rules.every((rule) => rule === 'repair-on-unknown-serial');
  if (!onlyRepairs || !(unit.delivery || unit.registered)) return undefined;
  return [...dealers].sort().map((dealerCode) => ({ flag: flagRef('repair-on-unknown-serial', dealerCode, unit.serialNo) }));
}

/** parts-without-repair: the dealer's live parts rows under a record_no that none of its live repairs rows carries. */
export function recordVerdict(dealerCode: string, recordNo: string, rows: RowFact[]): Verdict {
  const own = rows.filter((r) => r.dealerCode === dealerCode && r.recordNo === recordNo);
  const repaired = live(own, ['repairs']).length > 0;
  return { flag: flagRef('parts-without-repair', dealerCode, recordNo), finding: repaired ? undefined : finding(live(own, ['parts']), []) };
}

export function flagRef(rule: FlagRuleName, dealerCode: string, subject: string): FlagRef {
  return { flagId: flagIdOf(rule, dealerCode, subject), dealerCode, rule, subject };
}
