import { FeedsEvents, EventEnvelope, isEventOf, UnitEvents } from '@aftersales/integration-events';
import { SERIAL_RULES, SerialRule } from '@aftersales/dealer-feeds-domain';
import { FlagFeedRow } from '../facts/flag-facts.schemas';
import { rowIdOf } from '../facts/feed-row-facts.projection';

/** What a batch of events may have changed: serials (with the rules they touch) and a dealer's record numbers. */
export class FlagSubjects {
  readonly serials = new Map<string, Set<SerialRule>>();
  /** `<dealer>|<record_no>` for parts-without-repair. */
  readonly records = new Set<string>();
  /** The dealers whose rows touched a serial, while every touch named its dealer (knownUnitRepairVerdicts). */
  private readonly dealersOf = new Map<string, Set<string>>();
  private readonly anyDealer = new Set<string>();

  /** A serial to decide for these rules; `dealerCode` when the touch was that dealer's row (otherwise every dealer's flags). */
  serial(serialNo: string | undefined, rules: readonly SerialRule[], dealerCode?: string): void {
    if (!serialNo) return;
    const known = this.serials.get(serialNo) ?? new Set<SerialRule>();
    for (const rule of rules) known.add(rule);
    this.serials.set(serialNo, known);
    if (dealerCode === undefined) this.anyDealer.add(serialNo);
    else this.dealersOf.set(serialNo, (this.dealersOf.get(serialNo) ?? new Set<string>()).add(dealerCode));
  }

  /** The dealers whose rows alone touched the serial; undefined when a touch concerned every dealer. */
  dealersTouching(serialNo: string): string[] | undefined {
    return this.anyDealer.has(serialNo) ? undefined : [...(this.dealersOf.get(serialNo) ?? [])];
  }

  record(dealerCode: string, recordNo: string | undefined): void {
    if (recordNo) this.records.add(`${dealerCode}|${recordNo}`);
  }

  get size(): number {
    return this.serials.size + this.records.size;
  }
}

/** The rules a row of each kind takes part in (docs/feeds.md "Cross-feed flags"). */
const SERIAL_RULES_OF: Record<FlagFeedRow['kind'], readonly SerialRule[]> = {
  repairs: ['repair-on-unknown-serial'],
  parts: [],
  sales: ['dated-before-delivery'],
  // A card registers the serial (settling others' repairs), and is itself checked by three rules.
  'warranty-cards': SERIAL_RULES,
};

/** The ids of the flagged rows a batch of feed events changes (their previous columns are read before the change). */
export function changedRowIds(events: EventEnvelope[]): string[] {
  return events.flatMap((event) => (isEventOf(FeedsEvents.FeedRowsChanged, event) && event.data.kind in SERIAL_RULES_OF
    ? event.data.changes.map((c) => rowIdOf(event.data.dealerCode, event.data.period, event.data.kind, c.key)) : []));
}

/** Subjects of a feed rows batch: the new rows' serials and record numbers, and those the rows had before. */
export function feedSubjects(events: EventEnvelope[], before: FlagFeedRow[]): FlagSubjects {
  const subjects = new FlagSubjects();
  const touch = (dealerCode: string, kind: FlagFeedRow['kind'], row: Record<string, unknown>) => {
    subjects.serial(typeof row.serial_no === 'string' ? row.serial_no : undefined, SERIAL_RULES_OF[kind], dealerCode);
    if (kind === 'repairs' || kind === 'parts') subjects.record(dealerCode, typeof row.record_no === 'string' ? row.record_no : undefined);
  };
  for (const row of before) touch(row.dealerCode, row.kind, { serial_no: row.serialNo, record_no: row.recordNo });
  for (const event of events) {
    if (!isEventOf(FeedsEvents.FeedRowsChanged, event) || !(event.data.kind in SERIAL_RULES_OF)) continue;
    const kind = event.data.kind as FlagFeedRow['kind'];
    for (const change of event.data.changes) if (change.row) touch(event.data.dealerCode, kind, change.row);
  }
  return subjects;
}

/** Subjects of a contracts batch: a delivery or a registration settles or breaks the rules of its serial. */
export function contractsSubjects(events: EventEnvelope[]): FlagSubjects {
  const subjects = new FlagSubjects();
  for (const event of events) {
    if (isEventOf(UnitEvents.UnitDelivered, event)) {
      subjects.serial(event.data.serialNo, ['repair-on-unknown-serial', 'card-for-other-dealers-unit', 'dated-before-delivery']);
    } else if (isEventOf(UnitEvents.UnitRegistered, event)) {
      subjects.serial(event.data.serialNo, ['repair-on-unknown-serial', 'serial-carded-by-two-dealers']);
    }
  }
  return subjects;
}
