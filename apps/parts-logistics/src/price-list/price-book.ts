import { PriceItemKind } from '@aftersales/integration-events';
import { PricedLine } from '@aftersales/parts-logistics-domain';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { Model } from 'mongoose';
import { PriceListVersionView, PricePeriod } from './price-list.projection';

export interface PriceItemFilter {
  /** YYYY-MM-DD: the lines in force that day. */
  on: string;
  /** A code's start or a part of its name (case-insensitive). */
  q?: string;
  kind?: PriceItemKind;
}

/** Port: the price list as its projection has it (a second or so behind the writes). */
export abstract class PriceBook {
  /** A page of the lines in force on a day, by code. */
  abstract itemsOn(filter: PriceItemFilter, page: { skip: number; limit: number }): Promise<{ total: number; items: PricePeriod[] }>;
  /** Every period of one line, oldest first; empty for a code never listed. */
  abstract historyOf(code: string): Promise<PricePeriod[]>;
  /** The versions, newest first. */
  abstract versions(page: { skip: number; limit: number }): Promise<{ total: number; versions: PriceListVersionView[] }>;
  abstract version(version: number): Promise<PriceListVersionView | undefined>;
  /** The lines of these codes in force on a day, by code (a code without one is absent). */
  abstract pricesOn(codes: readonly string[], on: string): Promise<Map<string, PricedLine>>;
}

/** A line's period in force on a day: begun by then, not ended, not a withdrawal. */
const inForceOn = (on: string): Record<string, unknown>[] => [
  { effectiveFrom: mongoose.trusted({ $lte: on }) },
  { $or: [{ effectiveTo: null }, { effectiveTo: mongoose.trusted({ $gt: on }) }] },
  { withdrawn: false },
];

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

@Injectable()
export class MongoosePriceBook extends PriceBook {
  constructor(
    @InjectModel(PricePeriod.name) private readonly periods: Model<PricePeriod>,
    @InjectModel(PriceListVersionView.name) private readonly versionViews: Model<PriceListVersionView>,
  ) {
    super();
  }

  async pricesOn(codes: readonly string[], on: string): Promise<Map<string, PricedLine>> {
    if (codes.length === 0) return new Map();
    const query = { $and: [...inForceOn(on), { code: mongoose.trusted({ $in: [...new Set(codes)] }) }] };
    const periods = await this.periods.find(query).lean<PricePeriod[]>().exec();
    return new Map(periods.map((p) => [p.code, { name: p.name ?? '', kind: p.kind ?? 'part', unitPriceFen: p.unitPriceFen ?? 0 }]));
  }

  async itemsOn({ on, q, kind }: PriceItemFilter, { skip, limit }: { skip: number; limit: number }) {
    // The connection sanitises filters (an operator in a value becomes a literal): these operators are ours; q is escaped.
    const conditions: Record<string, unknown>[] = [
      ...inForceOn(on),
      ...(kind ? [{ kind }] : []),
      ...(q ? [{ $or: [{ code: new RegExp(`^${escaped(q)}`, 'i') }, { name: new RegExp(escaped(q), 'i') }] }] : []),
    ];
    const query = { $and: conditions };
    const [items, total] = await Promise.all([
      this.periods.find(query).sort({ code: 1 }).skip(skip).limit(limit).lean<PricePeriod[]>().exec(),
      this.periods.countDocuments(query).exec(),
    ]);
    return { total, items };
  }

  historyOf(code: string): Promise<PricePeriod[]> {
    return this.periods.find({ code }).sort({ version: 1 }).lean<PricePeriod[]>().exec();
  }

  async versions({ skip, limit }: { skip: number; limit: number }) {
    const [versions, total] = await Promise.all([
      this.versionViews.find({}).sort({ _id: -1 }).skip(skip).limit(limit).lean<PriceListVersionView[]>().exec(),
      this.versionViews.countDocuments({}).exec(),
    ]);
    return { total, versions };
  }

  async version(version: number): Promise<PriceListVersionView | undefined> {
    return (await this.versionViews.findById(version).lean<PriceListVersionView>().exec()) ?? undefined;
  }
}
