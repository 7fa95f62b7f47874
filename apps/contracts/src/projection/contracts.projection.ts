import { Projection } from '@aftersales/event-store-mongo';
import { bulkWriteInChunks } from '@aftersales/mongo';
import { AgreementSignedV1, ContractsEvents, DealerRegisteredV1, EventEnvelope, TOPICS } from '@aftersales/integration-events';
import { AnyBulkWriteOperation, Db } from 'mongodb';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ReadModels } from '@aftersales/service-kit';

export const DEALER_VIEW = 'dealer_view';
export const AGREEMENT_VIEW = 'agreement_view';

export interface DealerView extends DealerRegisteredV1 { _id: string; registeredAt: string }
export interface AgreementView extends AgreementSignedV1 { _id: string; signedAt: string }

/** Dealers and agreement versions as the queries read them. Every write is an idempotent upsert by key. */
export class ContractsProjection implements Projection {
  readonly name = 'read-model';
  readonly handles = new Set<string>([ContractsEvents.DealerRegistered.type, ContractsEvents.AgreementSigned.type]);

  constructor(private readonly db: Db) {}

  async ensureIndexes() {
    await this.db.collection(DEALER_VIEW).createIndex({ region: 1, _id: 1 });
    await this.db.collection(AGREEMENT_VIEW).createIndex({ dealerCode: 1, agreementVersion: 1 });
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
    await bulkWriteInChunks(this.db.collection<DealerView>(DEALER_VIEW), dealers);
    await bulkWriteInChunks(this.db.collection<AgreementView>(AGREEMENT_VIEW), agreements);
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
