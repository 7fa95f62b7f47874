import { Projection } from '@aftersales/event-store-mongo';
import { bulkWriteInChunks } from '@aftersales/mongo';
import {
  AgreementFundTermsV1, AgreementSignedV1, ContractsEvents, DealerRegisteredV1, EventEnvelope, FundModel, TOPICS, versionInForce,
} from '@aftersales/integration-events';
import { AnyBulkWriteOperation, Db } from 'mongodb';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ReadModels } from '@aftersales/service-kit';

export const DEALERS = 'dealers';
export const AGREEMENT_TERMS = 'agreement_terms';

export interface KnownDealer { _id: string; region: string; parentDealerCode?: string; timeZone: string }
export interface TermsInForce {
  _id: string;
  dealerCode: string;
  agreementVersion: number;
  validFrom: string;
  validTo: string;
  fundModel: FundModel;
  fundRateBp?: number;
  partsQuotaBp?: number;
  carryAcrossYear?: boolean;
  allowancePerUnitFen?: number;
}

/** Settlements' own copy of the dealers and agreement terms it needs, from contracts.events.v1. */
export class TermsProjection implements Projection {
  readonly name = 'terms';
  readonly handles = new Set<string>([ContractsEvents.DealerRegistered.type, ContractsEvents.AgreementSigned.type]);

  constructor(private readonly db: Db) {}

  async ensureIndexes() {
    await this.db.collection(AGREEMENT_TERMS).createIndex({ dealerCode: 1, validFrom: 1 });
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    const dealers: AnyBulkWriteOperation<KnownDealer>[] = [];
    const terms: AnyBulkWriteOperation<TermsInForce>[] = [];
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
    await bulkWriteInChunks(this.db.collection<KnownDealer>(DEALERS), dealers);
    await bulkWriteInChunks(this.db.collection<TermsInForce>(AGREEMENT_TERMS), terms);
  }
}

/**
 * The agreement in force on a date, by the rule contracts publishes (`versionInForce`): a later
 * version supersedes the earlier ones from its validFrom on, and an earlier one never comes back.
 * One query, for the dealer's few versions.
 */
export async function termsInForce(db: Db, dealerCode: string, date: string): Promise<TermsInForce | null> {
  const versions = await db.collection<TermsInForce>(AGREEMENT_TERMS).find({ dealerCode }).toArray();
  return versionInForce(versions, date) ?? null;
}

/** Every agreement version of the dealer with its fund terms, oldest first: what the fund rates payments by. */
export async function agreementFundTerms(db: Db, dealerCode: string): Promise<AgreementFundTermsV1[]> {
  const versions = await db.collection<TermsInForce>(AGREEMENT_TERMS).find({ dealerCode }).sort({ agreementVersion: 1 }).toArray();
  return versions.map(({ agreementVersion, validFrom, validTo, fundModel, fundRateBp }) => (
    fundModel === 'revenue-share' ? { agreementVersion, validFrom, validTo, fundModel, fundRateBp } : { agreementVersion, validFrom, validTo, fundModel }));
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
