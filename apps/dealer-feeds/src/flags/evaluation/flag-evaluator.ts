import { AppendContext, handleCommand } from '@aftersales/event-sourcing';
import {
  EvaluateFlag, flagDecider, flagStreamId, knownUnitRepairVerdicts, recordVerdict, RowFact, SerialRule, serialVerdicts, UnitFact, Verdict,
} from '@aftersales/dealer-feeds-domain';
import { EventEnvelope } from '@aftersales/integration-events';
import { ServiceInfrastructure } from '@aftersales/service-kit';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { Model } from 'mongoose';
import { FlagDealer, FlagFeedRow, FlagUnit } from '../facts/flag-facts.schemas';
import { flagEvents } from '../flag-events.mapping';
import { FlagSubjects } from './flag-subjects';

/** A subject is looked at again after a flag of it changed, at most this often (see `evaluate`). */
const SETTLE_PASSES = 3;
/** Values per `$in` of one read. */
const LOOKUP_CHUNK = 500;

/** A verdict and how to name its subject for another pass. */
type SubjectVerdict = { verdict: Verdict; subject: (into: FlagSubjects) => void };

function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Decides the flags of the subjects a batch changed, on the facts read models as they stand
 * after the batch: each verdict is an EvaluateFlag on the flag's own stream, so redelivery and
 * two instances raise a flag once.
 */
@Injectable()
export class FlagEvaluator {
  constructor(
    private readonly infra: ServiceInfrastructure,
    @InjectModel(FlagFeedRow.name) private readonly rows: Model<FlagFeedRow>,
    @InjectModel(FlagUnit.name) private readonly units: Model<FlagUnit>,
    @InjectModel(FlagDealer.name) private readonly dealers: Model<FlagDealer>,
  ) {}

  /** The rows as they are before a batch changes them (a correction may move a row off a serial). */
  rowsBefore(ids: string[]): Promise<FlagFeedRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.rows.find({ _id: mongoose.trusted({ $in: ids }) }).lean<FlagFeedRow[]>().exec();
  }

  /**
   * Decides the verdicts of a batch's subjects; the subjects whose flags changed are read and
   * decided again: another consumer may have written a fact between this one's read and its
   * append, and its own evaluation either saw this flag (and cleared it), or this pass sees its fact.
   */
  async evaluate(subjects: FlagSubjects, cause: EventEnvelope): Promise<void> {
    let pending = subjects;
    for (let pass = 1; pass <= SETTLE_PASSES && pending.size > 0; pass++) {
      const changed = new FlagSubjects();
      for (const { subject, verdict } of await this.toDecide(await this.verdictsOf(pending))) {
        const { flag, finding } = verdict;
        const stream = { streamType: 'flag', streamId: flagStreamId(flag.flagId), dealerCode: flag.dealerCode };
        const { events } = await handleCommand(this.infra.store, flagDecider, stream, new EvaluateFlag(flag, finding), contextOf(cause), flagEvents);
        if (events.length > 0) subject(changed);
      }
      pending = changed;
    }
  }

  /** Every verdict of the subjects, from one read of each facts collection (a batch is many rows). */
  private async verdictsOf(subjects: FlagSubjects): Promise<SubjectVerdict[]> {
    const serials = [...subjects.serials.keys()];
    const units = await this.unitFacts(serials);
    const unitOf = (serialNo: string): UnitFact => units.get(serialNo) ?? { serialNo, registered: false, manualCards: [] };
    const verdicts: SubjectVerdict[] = [];
    const serialVerdict = (serialNo: string) => (verdict: Verdict) =>
      verdicts.push({ verdict, subject: (s) => s.serial(serialNo, [verdict.flag.rule as SerialRule]) });
    // repairs on known units need no rows; the others are decided on every row naming their serial
    const toRead: [string, Set<SerialRule>][] = [];
    for (const [serialNo, rules] of subjects.serials) {
      const dealers = subjects.dealersTouching(serialNo);
      const known = dealers && knownUnitRepairVerdicts(unitOf(serialNo), [...rules], dealers);
      if (known) known.forEach(serialVerdict(serialNo));
      else toRead.push([serialNo, rules]);
    }
    const rows = await this.factRows({ serialNo: toRead.map(([serialNo]) => serialNo) });
    const parents = await this.parentsOf([...rows.map((r) => r.dealerCode), ...[...units.values()].flatMap((u) => (u.delivery ? [u.delivery.dealerCode] : []))]);
    const bySerial = groupBy(rows, (r) => r.serialNo ?? '');
    for (const [serialNo, rules] of toRead) {
      serialVerdicts(unitOf(serialNo), bySerial.get(serialNo) ?? [], (code) => parents.get(code), [...rules]).forEach(serialVerdict(serialNo));
    }
    for (const [dealerCode, recordNos] of groupBy([...subjects.records].map(splitOnce), ([dealer]) => dealer)) {
      const byRecord = groupBy(await this.factRows({ dealerCode, recordNo: recordNos.map(([, r]) => r) }), (r) => r.recordNo ?? '');
      for (const [, recordNo] of recordNos) {
        verdicts.push({ verdict: recordVerdict(dealerCode, recordNo, byRecord.get(recordNo) ?? []), subject: (s) => s.record(dealerCode, recordNo) });
      }
    }
    return verdicts;
  }

  /**
   * A verdict that finds nothing changes only a flag that exists: those of flags never raised are
   * left out, found by one read of the flags' first commits (by _id, the store's indexed lookup),
   * so a clean month of rows costs a few reads, not one per row.
   */
  private async toDecide(verdicts: SubjectVerdict[]): Promise<SubjectVerdict[]> {
    const firstCommit = (v: SubjectVerdict) => `${flagStreamId(v.verdict.flag.flagId)}@1`;
    const unsettled = verdicts.filter((v) => !v.verdict.finding).map(firstCommit);
    const existing = new Set<string>();
    for (let i = 0; i < unsettled.length; i += LOOKUP_CHUNK) {
      const found = await this.infra.store.commits.find({ _id: { $in: unsettled.slice(i, i + LOOKUP_CHUNK) } }, { projection: { _id: 1 } }).toArray();
      for (const { _id } of found) existing.add(String(_id));
    }
    return verdicts.filter((v) => v.verdict.finding || existing.has(firstCommit(v)));
  }

  private async factRows(filter: { serialNo: string[] } | { dealerCode: string; recordNo: string[] }): Promise<RowFact[]> {
    const values = 'serialNo' in filter ? filter.serialNo : filter.recordNo;
    const rows: FlagFeedRow[] = [];
    for (let i = 0; i < values.length; i += LOOKUP_CHUNK) {
      const some = mongoose.trusted({ $in: values.slice(i, i + LOOKUP_CHUNK) });
      // by recordNo alone, the dealer checked here: the index that serves it on FerretDB (flag-facts.schemas.ts)
      const found = await this.rows.find('serialNo' in filter ? { serialNo: some } : { recordNo: some }).sort({ _id: 1 }).lean<FlagFeedRow[]>().exec();
      rows.push(...('dealerCode' in filter ? found.filter((r) => r.dealerCode === filter.dealerCode) : found));
    }
    return rows.map(({ _id, ...row }) => row);
  }

  private async unitFacts(serials: string[]): Promise<Map<string, UnitFact>> {
    const units = new Map<string, UnitFact>();
    for (let i = 0; i < serials.length; i += LOOKUP_CHUNK) {
      for (const unit of await this.units.find({ _id: mongoose.trusted({ $in: serials.slice(i, i + LOOKUP_CHUNK) }) }).lean<FlagUnit[]>().exec()) {
        const registrations = unit.registrations ?? [];
        units.set(unit._id, {
          serialNo: unit._id, delivery: unit.delivery, registered: registrations.length > 0,
          manualCards: registrations.filter((r) => r.source === 'manual').map(({ dealerCode, cardNo, saleDate }) => ({ dealerCode, cardNo, saleDate })),
        });
      }
    }
    return units;
  }

  private async parentsOf(codes: string[]): Promise<Map<string, string | undefined>> {
    if (codes.length === 0) return new Map();
    const dealers = await this.dealers.find({ _id: mongoose.trusted({ $in: [...new Set(codes)] }) }).lean<FlagDealer[]>().exec();
    return new Map(dealers.map((d) => [d._id, d.parentDealerCode ?? undefined]));
  }
}

function splitOnce(value: string): [string, string] {
  const at = value.indexOf('|');
  return [value.slice(0, at), value.slice(at + 1)];
}

/** The flag's events are caused by the batch's last event, in its correlation; recorded when decided. */
function contextOf(cause: EventEnvelope): AppendContext {
  return {
    metadata: { correlationId: cause.metadata.correlationId, causationId: cause.eventId, actor: 'dealer-feeds.flags' },
    occurredAt: cause.occurredAt,
    recordedAt: new Date().toISOString(),
  };
}
