import { Projection } from '@aftersales/event-store-mongo';
import { driverCollection } from '@aftersales/mongo';
import { EventEnvelope, PartsEvents, PRICE_ITEM_KINDS, PriceListRevisedV1, TOPICS } from '@aftersales/integration-events';
import { changesOf } from '@aftersales/parts-logistics-domain';
import { ReadModels } from '@aftersales/service-kit';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import mongoose, { Model } from 'mongoose';

/**
 * One period of one line of the price list: from the version that set it (or withdrew it), until
 * the next change of the same line (`effectiveTo`, exclusive; null while it is the latest).
 * `_id` is `{code}@{version}`.
 */
@Schema({ collection: 'price_periods', versionKey: false })
export class PricePeriod {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) code!: string;
  @Prop({ type: Number, required: true }) version!: number;
  @Prop({ type: String, required: true }) effectiveFrom!: string;
  @Prop({ type: String, default: null }) effectiveTo!: string | null;
  /** Withdrawn from effectiveFrom: no price in this period. */
  @Prop({ type: Boolean, required: true }) withdrawn!: boolean;
  @Prop({ type: String, enum: PRICE_ITEM_KINDS }) kind?: (typeof PRICE_ITEM_KINDS)[number];
  @Prop({ type: String }) name?: string;
  @Prop({ type: Number }) unitPriceFen?: number;
  @Prop({ type: String }) reason?: string;
  @Prop({ type: String, required: true }) recordedAt!: string;
  @Prop({ type: String, required: true }) actor!: string;
}
export const PricePeriodSchema = SchemaFactory.createForClass(PricePeriod);
// The list in force on a day, by code; a line's history; the open period a change closes.
PricePeriodSchema.index({ code: 1, version: 1 });
PricePeriodSchema.index({ effectiveFrom: 1, code: 1 });

/** One version of the price list as the versions list shows it; `_id` is its number. Counts by part (a version of many lines comes in parts). */
@Schema({ collection: 'price_list_versions', versionKey: false })
export class PriceListVersionView {
  @Prop({ type: Number, required: true }) _id!: number;
  @Prop({ type: String, required: true }) effectiveFrom!: string;
  @Prop({ type: String, required: true }) source!: 'import' | 'edit';
  @Prop({ type: String }) reason?: string;
  @Prop({ type: String }) fileName?: string;
  @Prop({ type: Number, required: true }) lineCount!: number;
  @Prop({ type: Number, required: true }) parts!: number;
  /** `p{part}`: the lines that part set and withdrew. */
  @Prop({ type: mongoose.Schema.Types.Mixed, required: true }) counts!: Record<string, { set: number; withdrawn: number }>;
  @Prop({ type: String, required: true }) recordedAt!: string;
  @Prop({ type: String, required: true }) actor!: string;
}
export const PriceListVersionViewSchema = SchemaFactory.createForClass(PriceListVersionView);

/**
 * The price list's periods and versions, from parts.PriceListRevised. A line's new period is
 * inserted once (a redelivered event finds it and changes nothing) and closes the line's earlier
 * open period at its effectiveFrom; versions only ever take effect on or after the latest, so
 * the closing is always of the period before.
 */
export class PriceListProjection implements Projection {
  readonly name = 'price-list';
  readonly handles = new Set<string>([PartsEvents.PriceListRevised.type]);

  constructor(private readonly periods: Model<PricePeriod>, private readonly versions: Model<PriceListVersionView>) {}

  async ensureIndexes(): Promise<void> {
    await Promise.all([this.periods.createIndexes(), this.versions.createIndexes()]);
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    // One event after the other: a later version's closing must see the earlier one's period.
    for (const event of events) {
      const revision = event.data as unknown as PriceListRevisedV1;
      const stamp = { recordedAt: event.recordedAt, actor: event.metadata.actor };
      const ops = [...changesOf(revision)].flatMap(([code, change]) => {
        const period = {
          code, version: change.version, effectiveFrom: change.effectiveFrom, effectiveTo: null, withdrawn: !change.line,
          ...(change.line ? { kind: change.line.kind, name: change.line.name, unitPriceFen: change.line.unitPriceFen } : {}),
          ...(change.reason ? { reason: change.reason } : {}), ...stamp,
        };
        return [
          { updateOne: { filter: { _id: `${code}@${change.version}` }, update: { $setOnInsert: period }, upsert: true } },
          { updateMany: { filter: { code, version: { $lt: change.version }, effectiveTo: null }, update: { $set: { effectiveTo: change.effectiveFrom } } } },
        ];
      });
      if (ops.length) await driverCollection(this.periods).bulkWrite(ops as never, { ordered: true });
      const { version, part, parts, effectiveFrom, source, reason, fileName, lineCount } = revision;
      await driverCollection(this.versions).updateOne({ _id: version } as never, {
        $set: { effectiveFrom, source, lineCount, parts, ...(reason ? { reason } : {}), ...(fileName ? { fileName } : {}), ...stamp,
          [`counts.p${part}`]: { set: revision.set.length, withdrawn: revision.withdrawn.length } },
      }, { upsert: true });
    }
  }
}

/** The price list's live feed: parts-logistics's own events in the consumer group `parts-logistics.price-list`. */
@Controller()
export class PriceListFeed {
  constructor(private readonly readModels: ReadModels) {}

  @EventPattern({ topic: TOPICS.parts, group: 'parts-logistics.price-list' }, { batch: true })
  apply(@Payload() events: EventEnvelope[]): Promise<void> {
    return this.readModels.feed('price-list', events);
  }
}
