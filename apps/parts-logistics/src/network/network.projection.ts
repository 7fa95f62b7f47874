import { Projection } from '@aftersales/event-store-mongo';
import { bulkWriteInChunks, driverCollection } from '@aftersales/mongo';
import { AgreementSignedV1, ContractsEvents, DEFAULT_SHIPPING_DAYS, DealerRegisteredV1, EventEnvelope, TOPICS } from '@aftersales/integration-events';
import { ReadModels } from '@aftersales/service-kit';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { AnyBulkWriteOperation } from 'mongodb';
import { Model } from 'mongoose';

/** A dealer as parts logistics needs it: its time zone (its days), its parent (a dealer reads its sub-dealers' requisitions). */
@Schema({ collection: 'dealers', versionKey: false })
export class PartsDealer {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String }) parentDealerCode?: string;
  @Prop({ type: String, required: true }) timeZone!: string;
}
export const PartsDealerSchema = SchemaFactory.createForClass(PartsDealer);

/** One agreement version's validity and the terms parts logistics applies, `_id` `<dealerCode>#<agreementVersion>`. */
@Schema({ collection: 'agreement_terms', versionKey: false })
export class PartsTerms {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) dealerCode!: string;
  @Prop({ type: Number, required: true }) agreementVersion!: number;
  @Prop({ type: String, required: true }) validFrom!: string;
  @Prop({ type: String, required: true }) validTo!: string;
  @Prop({ type: Number, required: true }) shippingDays!: number;
  @Prop({ type: Number, required: true }) doaWindowDays!: number;
  @Prop({ type: Number, required: true }) qualityWindowDays!: number;
}
export const PartsTermsSchema = SchemaFactory.createForClass(PartsTerms);
PartsTermsSchema.index({ dealerCode: 1, agreementVersion: 1 });

/** Parts logistics' own copy of the dealers and the terms it applies, from contracts.events.v1 (replaced whole: idempotent). */
export class NetworkProjection implements Projection {
  readonly name = 'network';
  readonly handles = new Set<string>([ContractsEvents.DealerRegistered.type, ContractsEvents.AgreementSigned.type]);

  constructor(private readonly dealers: Model<PartsDealer>, private readonly terms: Model<PartsTerms>) {}

  async ensureIndexes() {
    await Promise.all([this.dealers.createIndexes(), this.terms.createIndexes()]);
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    const dealers: AnyBulkWriteOperation<PartsDealer>[] = [];
    const terms: AnyBulkWriteOperation<PartsTerms>[] = [];
    for (const event of events) {
      if (event.type === ContractsEvents.DealerRegistered.type) {
        const d = event.data as unknown as DealerRegisteredV1;
        dealers.push({ replaceOne: { filter: { _id: d.code }, replacement: { parentDealerCode: d.parentDealerCode, timeZone: d.timeZone }, upsert: true } });
      } else if (event.type === ContractsEvents.AgreementSigned.type) {
        const a = event.data as unknown as AgreementSignedV1;
        const replacement = { dealerCode: a.dealerCode, agreementVersion: a.agreementVersion, validFrom: a.validFrom, validTo: a.validTo,
          shippingDays: a.terms.logistics?.shippingDays ?? DEFAULT_SHIPPING_DAYS, ...a.terms.returns };
        terms.push({ replaceOne: { filter: { _id: `${a.dealerCode}#${a.agreementVersion}` }, replacement, upsert: true } });
      }
    }
    await bulkWriteInChunks(driverCollection(this.dealers), dealers, { tolerateDuplicateKeys: true });
    await bulkWriteInChunks(driverCollection(this.terms), terms, { tolerateDuplicateKeys: true });
  }
}

/** The dealers' and terms' live feed: contracts' events in the consumer group `parts-logistics.network`. */
@Controller()
export class NetworkFeed {
  constructor(private readonly readModels: ReadModels) {}

  @EventPattern({ topic: TOPICS.contracts, group: 'parts-logistics.network' }, { batch: true })
  apply(@Payload() events: EventEnvelope[]): Promise<void> {
    return this.readModels.feed('network', events);
  }
}
