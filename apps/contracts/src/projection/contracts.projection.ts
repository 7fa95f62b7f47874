import { Projection } from '@aftersales/event-store-mongo';
import { bulkWriteInChunks, driverCollection } from '@aftersales/mongo';
import { AgreementSignedV1, AgreementTermsV1, ContractsEvents, DealerRegisteredV1, EventEnvelope, ServiceClass, TOPICS } from '@aftersales/integration-events';
import { ReadModels } from '@aftersales/service-kit';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { AnyBulkWriteOperation } from 'mongodb';
import { Connection, Model, Schema as MongooseSchema } from 'mongoose';

export const DEALER_VIEW = 'dealer_view';
export const AGREEMENT_VIEW = 'agreement_view';

/** A registered dealer as the queries answer it, `_id` its code. */
@Schema({ collection: DEALER_VIEW, versionKey: false })
export class DealerView implements DealerRegisteredV1 {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) code!: string;
  @Prop({ type: String, required: true }) name!: string;
  @Prop({ type: String, required: true }) region!: string;
  @Prop({ type: String }) serviceClass?: ServiceClass;
  @Prop({ type: String }) parentDealerCode?: string;
  @Prop({ type: String }) address?: string;
  @Prop({ type: String }) hotline?: string;
  @Prop({ type: String, required: true }) timeZone!: string;
  @Prop({ type: String, required: true }) registeredAt!: string;
}
export const DealerViewSchema = SchemaFactory.createForClass(DealerView);
// GET /dealers: a region's dealers in code order, and each sort (its field, then the code).
DealerViewSchema.index({ region: 1, _id: 1 });
DealerViewSchema.index({ name: 1, _id: 1 });
DealerViewSchema.index({ registeredAt: 1, _id: 1 });
// GET /dealers?within=: a dealer's sub-dealers.
DealerViewSchema.index({ parentDealerCode: 1, _id: 1 });

/** One agreement version with its full terms, `_id` `<dealerCode>#<agreementVersion>`. */
@Schema({ collection: AGREEMENT_VIEW, versionKey: false })
export class AgreementView implements AgreementSignedV1 {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) agreementId!: string;
  @Prop({ type: String, required: true }) dealerCode!: string;
  @Prop({ type: Number, required: true }) agreementVersion!: number;
  @Prop({ type: String, required: true }) validFrom!: string;
  @Prop({ type: String, required: true }) validTo!: string;
  @Prop({ type: Number }) supersedesVersion?: number;
  /** As published (AgreementTermsV1): validated there, stored whole. */
  @Prop({ type: MongooseSchema.Types.Mixed, required: true }) terms!: AgreementTermsV1;
  @Prop({ type: String, required: true }) signedAt!: string;
}
export const AgreementViewSchema = SchemaFactory.createForClass(AgreementView);
// A dealer's versions in order (GET /dealers/{code}/agreements).
AgreementViewSchema.index({ dealerCode: 1, agreementVersion: 1 });

/** Dealers and agreement versions as the queries read them. Every write is an idempotent upsert by key. */
export class ContractsProjection implements Projection {
  readonly name = 'read-model';
  readonly handles = new Set<string>([ContractsEvents.DealerRegistered.type, ContractsEvents.AgreementSigned.type]);

  constructor(private readonly dealers: Model<DealerView>, private readonly agreements: Model<AgreementView>) {}

  /** On a connection of its own choosing (a test's, a scratch rebuild). */
  static on(connection: Connection): ContractsProjection {
    return new ContractsProjection(connection.model<DealerView>(DealerView.name, DealerViewSchema), connection.model<AgreementView>(AgreementView.name, AgreementViewSchema));
  }

  async ensureIndexes() {
    await this.dealers.createIndexes();
    await this.agreements.createIndexes();
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    const dealers: AnyBulkWriteOperation<DealerView>[] = [];
    const agreements: AnyBulkWriteOperation<AgreementView>[] = [];
    for (const event of events) {
      if (event.type === ContractsEvents.DealerRegistered.type) {
        const data = event.data as unknown as DealerRegisteredV1;
        const doc = { ...data, registeredAt: event.occurredAt };
        dealers.push({ replaceOne: { filter: { _id: data.code }, replacement: doc, upsert: true } });
      } else if (event.type === ContractsEvents.AgreementSigned.type) {
        const data = event.data as unknown as AgreementSignedV1;
        const doc = { ...data, signedAt: event.occurredAt };
        const _id = `${data.dealerCode}#${data.agreementVersion}`;
        agreements.push({ replaceOne: { filter: { _id }, replacement: doc, upsert: true } });
      }
    }
    // The models' driver collections: the chunked bulks of libs/shared/mongo (FerretDB's limits) take those.
    await bulkWriteInChunks(driverCollection(this.dealers), dealers);
    await bulkWriteInChunks(driverCollection(this.agreements), agreements);
  }
}

/** The dealer and agreement views' live feed: batches of contracts's events in the consumer group `contracts.read-model`. */
@Controller()
export class ContractsReadModelFeed {
  constructor(private readonly readModels: ReadModels) {}

  @EventPattern({ topic: TOPICS.contracts, group: 'contracts.read-model' }, { batch: true })
  apply(@Payload() events: EventEnvelope[]): Promise<void> {
    return this.readModels.feed('read-model', events);
  }
}
