import { unitDecider, unitStreamId } from '@aftersales/contracts-domain';
import { fold } from '@aftersales/event-sourcing';
import { orNoMatch } from '@aftersales/mongo';
import { ServiceInfrastructure } from '@aftersales/service-kit';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, trusted } from 'mongoose';
import { unitEvents } from '../unit-events.mapping';
import { RegistrationConflictView, UnitSaleView, UnitView } from './unit-views';

export interface MonthCount { month: string; count: number }

/** Port: units, their conflicts and sales as the read models have them. */
export abstract class UnitDirectory {
  abstract find(serialNo: string): Promise<UnitView | null>;
  abstract conflictsOf(serialNo: string): Promise<RegistrationConflictView[]>;
  /** Conflicts whose second card or first card is of `dealers` (all when undefined), newest first. */
  abstract conflicts(dealers: string[] | undefined, skip: number, limit: number): Promise<{ total: number; items: RegistrationConflictView[] }>;
  /** Units sold per month by `dealers` (their own feeds, or naming one as the sub-dealer). */
  abstract soldPerMonth(dealers: string[], from: string, to: string): Promise<MonthCount[]>;
  /** Units registered by a card of `dealers` per sale month; `late` only the late cards. */
  abstract cardsPerMonth(dealers: string[], from: string, to: string, late: boolean): Promise<MonthCount[]>;
}

/**
 * The read models, and for a unit they do not hold yet its own stream (POST /unit-deliveries
 * answers `Location: /units/{serial}` before the read model has it), as the dealers' directory does.
 */
@Injectable()
export class MongooseUnitDirectory extends UnitDirectory {
  constructor(
    @InjectModel(UnitView.name) private readonly units: Model<UnitView>,
    @InjectModel(RegistrationConflictView.name) private readonly conflictViews: Model<RegistrationConflictView>,
    @InjectModel(UnitSaleView.name) private readonly sales: Model<UnitSaleView>,
    private readonly infra: ServiceInfrastructure,
  ) {
    super();
  }

  async find(serialNo: string): Promise<UnitView | null> {
    const seen = await orNoMatch(this.units.findById(serialNo).lean<UnitView>().exec(), null);
    if (seen) return seen;
    const { events } = await this.infra.store.read(unitStreamId(serialNo));
    if (!events.length) return null;
    const { delivery, registration } = fold(unitDecider, events.map((e) => unitEvents.fromPublished(e)));
    const model = delivery?.model ?? registration?.model ?? '';
    const dealers = [delivery?.dealerCode, registration?.dealerCode, registration?.subDealerCode].filter((d): d is string => !!d);
    const { serialNo: _d, ...delivered } = delivery ?? { serialNo };
    const { serialNo: _r, ...registered } = registration ?? { serialNo };
    return { _id: serialNo, model, dealers, ...(delivery ? { delivery: delivered as UnitView['delivery'] } : {}), ...(registration ? { registration: registered as UnitView['registration'] } : {}) };
  }

  conflictsOf(serialNo: string): Promise<RegistrationConflictView[]> {
    return orNoMatch(this.conflictViews.find({ serialNo }).sort({ flaggedAt: 1, _id: 1 }).lean<RegistrationConflictView[]>().exec(), []);
  }

  async conflicts(dealers: string[] | undefined, skip: number, limit: number) {
    // sanitizeFilter (serviceMongo) takes an operator as a literal; this one is ours, over validated codes.
    const among = trusted({ $in: dealers ?? [] });
    const query = dealers ? { $or: [{ dealerCode: among }, { registeredDealerCode: among }] } : {};
    const [items, total] = await Promise.all([
      orNoMatch(this.conflictViews.find(query).sort({ flaggedAt: -1, _id: 1 }).skip(skip).limit(limit).lean<RegistrationConflictView[]>().exec(), []),
      orNoMatch(this.conflictViews.countDocuments(query).exec(), 0),
    ]);
    return { total, items };
  }

  soldPerMonth(dealers: string[], from: string, to: string): Promise<MonthCount[]> {
    const match = { saleMonth: { $gte: from, $lte: to }, $or: [{ dealerCode: { $in: dealers } }, { subDealerCode: { $in: dealers } }] };
    return perMonth(this.sales, match, '$saleMonth');
  }

  cardsPerMonth(dealers: string[], from: string, to: string, late: boolean): Promise<MonthCount[]> {
    const match = {
      saleMonth: { $gte: from, $lte: to }, ...(late ? { 'registration.late': true } : {}),
      $or: [{ 'registration.dealerCode': { $in: dealers } }, { 'registration.subDealerCode': { $in: dealers } }],
    };
    return perMonth(this.units, match, '$saleMonth');
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- two read models, one pipeline
async function perMonth(model: Model<any>, match: object, month: string): Promise<MonthCount[]> {
  const groups = await orNoMatch(model.aggregate<{ _id: string; count: number }>([{ $match: match }, { $group: { _id: month, count: { $sum: 1 } } }]).exec(), []);
  return groups.map((g) => ({ month: g._id, count: g.count }));
}
