import { Projection } from '@aftersales/event-store-mongo';
import { bulkWriteInChunks, driverCollection } from '@aftersales/mongo';
import { EventEnvelope, FUND_MODELS, FundModel, PaymentRecordedV1, SettlementsEvents, TOPICS } from '@aftersales/integration-events';
import { ReadModels } from '@aftersales/service-kit';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { AnyBulkWriteOperation } from 'mongodb';
import mongoose, { Connection, Model } from 'mongoose';
import { KnownDealer, KnownDealerSchema } from '../terms/terms.projection';

export const PAYMENTS = 'payments';

/** One recorded payment (回款) as the payment list shows it, `_id` its paymentId. Amounts in fen. */
@Schema({ collection: PAYMENTS, versionKey: false })
export class PaymentEntry {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) dealerCode!: string;
  /** The dealer's parent when it is a sub-dealer (分銷商), for the list of a dealer and its sub-dealers (`within`). */
  @Prop({ type: String }) parentDealerCode?: string;
  /** The dealer's calendar date it was received on, YYYY-MM-DD: sorts and compares as text. */
  @Prop({ type: String, required: true }) receivedOn!: string;
  @Prop({ type: Number, required: true }) amountFen!: number;
  @Prop({ type: String, required: true }) quarter!: string;
  @Prop({ type: Number, required: true }) agreementVersion!: number;
  @Prop({ type: String, required: true, enum: FUND_MODELS }) fundModel!: FundModel;
  @Prop({ type: Number }) fundRateBp?: number;
  /** When it was recorded (the event's recordedAt) and by whom (the event's metadata.actor). */
  @Prop({ type: String, required: true }) recordedAt!: string;
  @Prop({ type: String, required: true }) actor!: string;
}
export const PaymentEntrySchema = SchemaFactory.createForClass(PaymentEntry);
// The list filters by dealer, quarter or a date range, newest first: these serve each sort order.
PaymentEntrySchema.index({ dealerCode: 1, receivedOn: -1 });
PaymentEntrySchema.index({ parentDealerCode: 1, receivedOn: -1 });
PaymentEntrySchema.index({ quarter: 1, receivedOn: -1 });
PaymentEntrySchema.index({ receivedOn: -1, recordedAt: -1 });
PaymentEntrySchema.index({ recordedAt: -1 });
PaymentEntrySchema.index({ amountFen: -1 });

/**
 * The payments as recorded, from settlements.PaymentRecorded. A payment is recorded once per
 * paymentId, so its entry is replaced whole: applying an event twice writes the same document.
 */
export class PaymentsProjection implements Projection {
  readonly name = 'payments';
  readonly handles = new Set<string>([SettlementsEvents.PaymentRecorded.type]);

  /** `dealers` is only read, for the parents of sub-dealers: a rebuild of the payments reads the live dealers. */
  constructor(private readonly payments: Model<PaymentEntry>, private readonly dealers: Model<KnownDealer>) {}

  /** On a connection of its own choosing (a test's, a scratch rebuild), reading the dealers on `dealersOn`. */
  static on(connection: Connection, dealersOn: Connection = connection): PaymentsProjection {
    return new PaymentsProjection(connection.model<PaymentEntry>(PaymentEntry.name, PaymentEntrySchema),
      dealersOn.model<KnownDealer>(KnownDealer.name, KnownDealerSchema));
  }

  async ensureIndexes(): Promise<void> {
    await this.payments.createIndexes();
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    // One statement per payment: a redelivered event in the same batch writes nothing new.
    const byId = new Map(events.map((event) => [(event.data as unknown as PaymentRecordedV1).paymentId, event]));
    const parents = await this.parentsOf([...byId.values()].map((event) => event.dealerCode));
    const ops: AnyBulkWriteOperation<PaymentEntry>[] = [...byId].map(([paymentId, event]) => {
      const p = event.data as unknown as PaymentRecordedV1;
      const replacement = {
        dealerCode: p.dealerCode, parentDealerCode: parents.get(p.dealerCode), receivedOn: p.receivedOn, amountFen: p.amountFen,
        quarter: p.quarter, agreementVersion: p.agreementVersion, fundModel: p.fundModel, fundRateBp: p.fundRateBp, recordedAt: event.recordedAt, actor: event.metadata.actor,
      };
      return { replaceOne: { filter: { _id: paymentId }, replacement, upsert: true } };
    });
    // Two racing upserts of one id meet a duplicate key: the replacement is the same, so it is tried again.
    await bulkWriteInChunks(driverCollection(this.payments), ops, { tolerateDuplicateKeys: true });
  }

  /** A dealer's parent never changes after DealerRegistered, and a payment is refused before its dealer is known. */
  private async parentsOf(dealerCodes: string[]): Promise<Map<string, string | undefined>> {
    if (dealerCodes.length === 0) return new Map();
    const filter = { _id: mongoose.trusted({ $in: [...new Set(dealerCodes)] }) };
    const dealers = await this.dealers.find(filter, { parentDealerCode: 1 }).lean<Pick<KnownDealer, '_id' | 'parentDealerCode'>[]>().exec();
    return new Map(dealers.map((d) => [d._id, d.parentDealerCode ?? undefined]));
  }
}

/** The payment list's live feed: batches of settlements's events in the consumer group `settlements.payments`. */
@Controller()
export class PaymentsFeed {
  constructor(private readonly readModels: ReadModels) {}

  @EventPattern({ topic: TOPICS.settlements, group: 'settlements.payments' }, { batch: true })
  apply(@Payload() events: EventEnvelope[]): Promise<void> {
    return this.readModels.feed('payments', events);
  }
}
