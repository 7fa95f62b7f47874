import { AppendContext, handleCommand } from '@aftersales/event-sourcing';
import {
  EvaluateFlag, flagDecider, flagStreamId, recordVerdict, RowFact, SerialRule, serialVerdicts, UnitFact, Verdict,
} from '@aftersales/dealer-feeds-domain';
import { EventEnvelope } from '@aftersales/integration-events';
import { ServiceInfrastructure } from '@aftersales/service-kit';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { Model } from 'mongoose';
import { FlagDealer, FlagFeedRow, FlagUnit } from '../facts/flag-facts.schemas';
import { flagEvents } from '../flag-events.mapping';
import { FlagSubjects } from './flag-subjects';

/** A subject is looked at again after a flag of it changed, at most this often (see `evaluateSerial`). */
const SETTLE_PASSES = 3;

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

  async evaluate(subjects: FlagSubjects, cause: EventEnvelope): Promise<void> {
    for (const [serialNo, rules] of subjects.serials) await this.evaluateSerial(serialNo, [...rules], cause);
    for (const record of subjects.records) {
      const [dealerCode, recordNo] = splitOnce(record);
      await this.settle(cause, async () => [recordVerdict(dealerCode, recordNo, await this.factRows({ dealerCode, recordNo }))]);
    }
  }

  private evaluateSerial(serialNo: string, rules: SerialRule[], cause: EventEnvelope): Promise<void> {
    return this.settle(cause, async () => {
      const [rows, unit] = await Promise.all([this.factRows({ serialNo }), this.unitFact(serialNo)]);
      const parents = await this.parentsOf(rows.map((r) => r.dealerCode).concat(unit.delivery ? [unit.delivery.dealerCode] : []));
      return serialVerdicts(unit, rows, (code) => parents.get(code), rules);
    });
  }

  /**
   * Decides the verdicts; when one changed a flag, reads the facts and decides again. Another
   * consumer may have written a fact between this one's read and its append: its own evaluation
   * either saw this flag (and cleared it), or this second pass sees its fact.
   */
  private async settle(cause: EventEnvelope, verdicts: () => Promise<Verdict[]>): Promise<void> {
    for (let pass = 1; pass <= SETTLE_PASSES; pass++) {
      let changed = false;
      for (const { flag, finding } of await verdicts()) {
        const stream = { streamType: 'flag', streamId: flagStreamId(flag.flagId), dealerCode: flag.dealerCode };
        const { events } = await handleCommand(this.infra.store, flagDecider, stream, new EvaluateFlag(flag, finding), contextOf(cause), flagEvents);
        changed ||= events.length > 0;
      }
      if (!changed) return;
    }
  }

  private async factRows(filter: { serialNo: string } | { dealerCode: string; recordNo: string }): Promise<RowFact[]> {
    const rows = await this.rows.find(filter).sort({ _id: 1 }).lean<FlagFeedRow[]>().exec();
    return rows.map(({ _id, ...row }) => row);
  }

  private async unitFact(serialNo: string): Promise<UnitFact> {
    const unit = await this.units.findById(serialNo).lean<FlagUnit>().exec();
    const registrations = unit?.registrations ?? [];
    return {
      serialNo, delivery: unit?.delivery, registered: registrations.length > 0,
      manualCards: registrations.filter((r) => r.source === 'manual').map(({ dealerCode, cardNo, saleDate }) => ({ dealerCode, cardNo, saleDate })),
    };
  }

  private async parentsOf(codes: string[]): Promise<Map<string, string | undefined>> {
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
