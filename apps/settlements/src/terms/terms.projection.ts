import { Projection } from '@aftersales/event-store-mongo';
import { bulkWriteInChunks, driverCollection } from '@aftersales/mongo';
import { AgreementSignedV1, ContractsEvents, DealerRegisteredV1, EventEnvelope, FundModel, TOPICS } from '@aftersales/integration-events';
import { ReadModels } from '@aftersales/service-kit';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { AnyBulkWriteOperation } from 'mongodb';
import { Connection, Model } from 'mongoose';

export const DEALERS = 'dealers';
export const AGREEMENT_TERMS = 'agreement_terms';

/** A dealer as settlements needs it: where it is, its parent, its time zone (its dates are that zone's). */
@Schema({ collection: DEALERS, versionKey: false })
export class KnownDealer {
  /** The dealer code. */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) region!: string;
  @Prop({ type: String }) parentDealerCode?: string;
  @Prop({ type: String, required: true }) timeZone!: string;
}
export const KnownDealerSchema = SchemaFactory.createForClass(KnownDealer);

/** One agreement version's validity and fund terms, `_id` `<dealerCode>#<agreementVersion>`. */
@Schema({ collection: AGREEMENT_TERMS, versionKey: false })
export class AgreementTerms {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) dealerCode!: string;
  @Prop({ type: Number, required: true }) agreementVersion!: number;
  @Prop({ type: String, required: true }) validFrom!: string;
  @Prop({ type: String, required: true }) validTo!: string;
  @Prop({ type: String, required: true }) fundModel!: FundModel;
  @Prop({ type: Number }) fundRateBp?: number;
  @Prop({ type: Number }) partsQuotaBp?: number;
  @Prop({ type: Boolean }) carryAcrossYear?: boolean;
  @Prop({ type: Number }) allowancePerUnitFen?: number;
}
export const AgreementTermsSchema = SchemaFactory.createForClass(AgreementTerms);
// The terms in force are looked up by dealer; versions are few, the date rule runs in memory.
AgreementTermsSchema.index({ dealerCode: 1, validFrom: 1 });

/** Settlements' own copy of the dealers and agreement terms it needs, from contracts.events.v1. */
export class TermsProjection implements Projection {
  readonly name = 'terms';
  readonly handles = new Set<string>([ContractsEvents.DealerRegistered.type, ContractsEvents.AgreementSigned.type]);

  constructor(private readonly dealers: Model<KnownDealer>, private readonly terms: Model<AgreementTerms>) {}

  /** On a connection of its own choosing (a test's, a scratch rebuild). */
  static on(connection: Connection): TermsProjection {
    return new TermsProjection(connection.model<KnownDealer>(KnownDealer.name, KnownDealerSchema), connection.model<AgreementTerms>(AgreementTerms.name, AgreementTermsSchema));
  }

  async ensureIndexes() {
    await this.dealers.createIndexes();
    await this.terms.createIndexes();
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    const dealers: AnyBulkWriteOperation<KnownDealer>[] = [];
    const terms: AnyBulkWriteOperation<AgreementTerms>[] = [];
    for (const event of events) {
      if (event.type === ContractsEvents.DealerRegistered.type) {
        const d = event.data as unknown as DealerRegisteredV1;
        const doc = { region: d.region, parentDealerCode: d.parentDealerCode, timeZone: d.timeZone };
        dealers.push({ replaceOne: { filter: { _id: d.code }, replacement: doc, upsert: true } });
      } else if (event.type === ContractsEvents.AgreementSigned.type) {
        const a = event.data as unknown as AgreementSignedV1;
        const { fundModel, fundRateBp, partsQuotaBp, carryAcrossYear, allowancePerUnitFen } = a.terms;
        const doc = { dealerCode: a.dealerCode, agreementVersion: a.agreementVersion, validFrom: a.validFrom, validTo: a.validTo,
          fundModel, fundRateBp, partsQuotaBp, carryAcrossYear, allowancePerUnitFen };
        terms.push({ replaceOne: { filter: { _id: `${a.dealerCode}#${a.agreementVersion}` }, replacement: doc, upsert: true } });
      }
    }
    // The models' driver collections: chunked, duplicate-tolerant bulks (libs/shared/mongo) need the driver's errors.
    // Fund re-rating writes the same documents from its own group (it stores a version's terms
    // before re-rating): an upsert racing the other's insert gets a duplicate key. The replacements
    // are the same whoever writes them, so the statement is simply tried again (it then replaces).
    await bulkWriteInChunks(driverCollection(this.dealers), dealers, { tolerateDuplicateKeys: true });
    await bulkWriteInChunks(driverCollection(this.terms), terms, { tolerateDuplicateKeys: true });
  }
}

/** The dealers' and terms' live feed: batches of contracts's events in the consumer group `settlements.terms`. */
@Controller()
export class TermsFeed {
  constructor(private readonly readModels: ReadModels) {}

  @EventPattern({ topic: TOPICS.contracts, group: 'settlements.terms' }, { batch: true })
  apply(@Payload() events: EventEnvelope[]): Promise<void> {
    return this.readModels.feed('terms', events);
  }
}
