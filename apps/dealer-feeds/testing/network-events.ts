// Test support for the NETWORK area's specs, kept outside src/ (production code may not import it)
// and never built (deploy/build.mjs skips testing/ folders).
import { MongoEventStore, OutboxRelay } from '@aftersales/event-store-mongo';
import { AgreementTermsV1 } from '@aftersales/integration-events';
import { KafkaEventPublisher } from '@aftersales/kafka';
import { ServiceInfrastructure } from '@aftersales/service-kit';
import { TestContext } from '@aftersales/testing';

/** Full agreement terms as contracts publishes them; reporting.feedDueDay 10. */
export const TERMS: AgreementTermsV1 = {
  fundModel: 'revenue-share', fundRateBp: 300, partsQuotaBp: 200, carryAcrossYear: true, territory: [], noticeDays: 7,
  serviceOrganisation: { technicians: [] },
  warranty: { defaultMonths: 12, newSparePartsMonths: 12, componentOverrides: [], excludedCategories: [] },
  returns: { doaWindowDays: 7, qualityWindowDays: 15 },
  serviceLevels: { firstResponseMinutes: 30, resolutionWorkingHours: 8, complexResolutionWorkingDays: 3,
    arrivalHours: { local: 2, near: 12, far: 48 }, loanerAfterWorkingDays: 2, loanerMaxDays: 15 },
  calendar: { workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '18:00', holidays: [], adjustedWorkingDays: [], timeZone: 'Asia/Shanghai' },
  reporting: { feedDueDay: 10, assessmentDueDay: 5 },
  training: { freeTrainingPlaces: 2, maxTrainingDays: 7 },
  feeSchedule: [],
};

export interface Published { streamType: string; streamId: string; dealerCode: string; type: string; data: object }

export const dealerRegistered = (code: string, timeZone = 'Asia/Shanghai', region = 'south', parentDealerCode?: string): Published => ({
  streamType: 'dealer', streamId: `dealer-${code}`, dealerCode: code, type: 'contracts.DealerRegistered',
  data: { code, name: `Dealer ${code}`, region, timeZone, ...(parentDealerCode ? { parentDealerCode } : {}) },
});

export const agreementSigned = (dealerCode: string, agreementVersion: number, validFrom: string, validTo: string, feedDueDay = 10): Published => ({
  streamType: 'agreements', streamId: `agreements-${dealerCode}`, dealerCode, type: 'contracts.AgreementSigned',
  data: { agreementId: `A-${dealerCode}`, dealerCode, agreementVersion, validFrom, validTo, terms: { ...TERMS, reporting: { feedDueDay, assessmentDueDay: 5 } } },
});

/**
 * Publishes real envelopes of another service (or of dealer-feeds itself) to a topic: stored in
 * a scratch event store, then relayed to Kafka, as that service's relay would.
 */
export async function publish(ctx: TestContext, infra: Pick<ServiceInfrastructure, 'kafka' | 'kafkaSettings'>, topic: string, events: Published[]): Promise<void> {
  const store = new MongoEventStore(ctx.mongo.db(`${ctx.dbName}_${topic.replace(/\W/g, '_')}_feed`));
  await store.ensureIndexes();
  const at = new Date().toISOString();
  const meta = { metadata: { correlationId: 'test', causationId: null, actor: 'test' }, occurredAt: at, recordedAt: at };
  for (const e of events) {
    const { version } = await store.read(e.streamId);
    await store.append({ streamType: e.streamType, streamId: e.streamId, dealerCode: e.dealerCode }, version, [{ type: e.type, data: e.data }], meta);
  }
  const publisher = new KafkaEventPublisher(infra.kafka, infra.kafkaSettings, topic);
  const relay = new OutboxRelay(store, publisher, { pollIntervalMs: 50, batchSize: 100, onError: (e) => { throw e; } });
  while ((await relay.relayOnce()) > 0) { /* until every commit is published */ }
  await publisher.disconnect();
}
