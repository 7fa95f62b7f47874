import { Projection } from '@aftersales/event-store-mongo';
import { bulkWriteInChunks, driverCollection, newestPerStream } from '@aftersales/mongo';
import { EventEnvelope, FundAccruedV2, FundChargedForPartsV1, FundReRatedV1, SettlementsEvents, TOPICS } from '@aftersales/integration-events';
import { ReadModels } from '@aftersales/service-kit';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { AnyBulkWriteOperation } from 'mongodb';
import mongoose, { Connection, Model } from 'mongoose';
import { KnownDealer, KnownDealerSchema } from '../terms/terms.projection';

export const FUND_BALANCES = 'fund_balances';

/** A dealer's fund in one quarter, `_id` `<dealerCode>|<quarter>` (fundBalanceId). Amounts in fen. */
@Schema({ collection: FUND_BALANCES, versionKey: false })
export class FundBalance {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) dealerCode!: string;
  @Prop({ type: String, required: true }) quarter!: string;
  /**
   * The dealer's region (contracts' DealerRegistered, through the dealers settlements knows), so
   * the network's balances by region are one $group of this collection. Absent only when the
   * dealer was unknown as the fund was written: the network query then looks it up.
   */
  @Prop({ type: String }) region?: string;
  @Prop({ type: Number, required: true }) paymentsFen!: number;
  @Prop({ type: Number, required: true }) accrualFen!: number;
  @Prop({ type: Number, required: true }) chargesFen!: number;
  @Prop({ type: Number, required: true }) carriedInFen!: number;
  @Prop({ type: Number, required: true }) balanceFen!: number;
  /** Version of the fund stream this document reflects: older or repeated events never overwrite it. */
  @Prop({ type: Number, required: true }) version!: number;
  @Prop({ type: String, required: true }) asOf!: string;
}
export const FundBalanceSchema = SchemaFactory.createForClass(FundBalance);
// A dealer's quarters in order; the network's balances of one quarter, by region.
FundBalanceSchema.index({ dealerCode: 1, quarter: 1 });
FundBalanceSchema.index({ quarter: 1, region: 1 });

export const fundBalanceId = (dealerCode: string, quarter: string) => `${dealerCode}|${quarter}`;

/**
 * Fund balance per dealer and quarter. FundAccrued, FundReRated (a correction by a late
 * agreement version) and FundChargedForParts carry the quarter totals, so applying an event is setting them, guarded by
 * the stream version: idempotent and order-safe. FundTermsUpdated changes no total.
 */
export class FundBalanceProjection implements Projection {
  readonly name = 'fund-balance';
  readonly handles = new Set<string>([SettlementsEvents.FundAccrued.type, SettlementsEvents.FundReRated.type, SettlementsEvents.FundChargedForParts.type]);

  /** `dealers` is only read, for the regions: a rebuild of the balances reads the live dealers. */
  constructor(private readonly balances: Model<FundBalance>, private readonly dealers: Model<KnownDealer>) {}

  /**
   * On a connection of its own choosing (a test's, the bench's, a scratch rebuild), reading the
   * dealers' regions on `dealersOn` (a scratch rebuild holds no dealers: give it the live ones).
   */
  static on(connection: Connection, dealersOn: Connection = connection): FundBalanceProjection {
    return new FundBalanceProjection(connection.model<FundBalance>(FundBalance.name, FundBalanceSchema),
      dealersOn.model<KnownDealer>(KnownDealer.name, KnownDealerSchema));
  }

  async ensureIndexes(): Promise<void> {
    await this.balances.createIndexes();
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    // One write per fund per batch: the newest event carries the totals.
    const newest = newestPerStream(events);
    const regions = await this.regionsOf(newest.map((event) => event.dealerCode));
    const ops: AnyBulkWriteOperation<FundBalance>[] = newest.map((event) => {
      const data = event.data as unknown as FundAccruedV2 | FundReRatedV1 | FundChargedForPartsV1;
      const _id = fundBalanceId(data.dealerCode, data.quarter);
      // Every fund event carries the quarter's totals; the parts charges (第三條 3) once there are any.
      const chargesFen = data.chargesFen ?? 0;
      // The carried-in balance arrives with the quarter close (a later issue).
      const carriedInFen = 0;
      const set = {
        dealerCode: data.dealerCode, quarter: data.quarter, region: regions.get(data.dealerCode), paymentsFen: data.paymentsFen, accrualFen: data.accrualFen,
        chargesFen, carriedInFen, balanceFen: carriedInFen + data.accrualFen - chargesFen, version: event.version, asOf: event.recordedAt,
      };
      return { updateOne: { filter: { _id, version: { $lt: event.version } }, update: { $set: set }, upsert: true } };
    });
    // A duplicate key means the document already holds this version or a newer one. Through the
    // model's driver collection: the chunked, duplicate-tolerant bulk (libs/shared/mongo) is built
    // on the driver's bulk errors. Speed is no reason: Model.bulkWrite measured the same on FerretDB
    // (3,000 guarded upserts in bulks of 25: 678-808 statements/s either way, README "Read models").
    await bulkWriteInChunks(driverCollection(this.balances), ops, { tolerateDuplicateKeys: true });
  }

  /**
   * A dealer's region never changes after DealerRegistered, and a payment is refused before its
   * dealer is known, so the region is there by the time its fund accrues (and the same in a replay).
   */
  private async regionsOf(dealerCodes: string[]): Promise<Map<string, string>> {
    if (dealerCodes.length === 0) return new Map();
    const filter = { _id: mongoose.trusted({ $in: [...new Set(dealerCodes)] }) };
    const dealers = await this.dealers.find(filter, { region: 1 }).lean<Pick<KnownDealer, '_id' | 'region'>[]>().exec();
    return new Map(dealers.map((d) => [d._id, d.region]));
  }
}

/** The fund balances' live feed: batches of settlements's events in the consumer group `settlements.fund-balance`. */
@Controller()
export class FundBalanceFeed {
  constructor(private readonly readModels: ReadModels) {}

  @EventPattern({ topic: TOPICS.settlements, group: 'settlements.fund-balance' }, { batch: true })
  apply(@Payload() events: EventEnvelope[]): Promise<void> {
    return this.readModels.feed('fund-balance', events);
  }
}
