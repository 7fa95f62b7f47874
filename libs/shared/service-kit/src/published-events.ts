import { MongoEventStore, OutboxRelay } from '@aftersales/event-store-mongo';
import { AgreementTermsV1 } from '@aftersales/integration-events';
import { KafkaEventPublisher } from '@aftersales/kafka';
import { Db } from 'mongodb';
import { ServiceInfrastructure } from './infrastructure';

/**
 * Test support, beside startService: full agreement terms as contracts publishes them
 * (revenue-share at 3%, parts quota 2%, feeds due on the 10th), for the specs of the services
 * that consume contracts' events without running contracts.
 */
export const SAMPLE_AGREEMENT_TERMS: AgreementTermsV1 = {
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

/** An event of another service, as its decider would append it. */
export interface EventToPublish { streamType: string; streamId: string; dealerCode: string; type: string; data: object }

/** contracts.DealerRegistered as contracts publishes it. */
export const dealerRegistered = (code: string, more: { timeZone?: string; region?: string; parentDealerCode?: string } = {}): EventToPublish => ({
  streamType: 'dealer', streamId: `dealer-${code}`, dealerCode: code, type: 'contracts.DealerRegistered',
  data: { code, name: `Dealer ${code}`, region: more.region ?? 'south', timeZone: more.timeZone ?? 'Asia/Shanghai', ...(more.parentDealerCode ? { parentDealerCode: more.parentDealerCode } : {}) },
});

/** contracts.AgreementSigned as contracts publishes it (SAMPLE_AGREEMENT_TERMS unless other terms are given). */
export const agreementSigned = (dealerCode: string, agreementVersion: number, validFrom: string, validTo: string, terms: AgreementTermsV1 = SAMPLE_AGREEMENT_TERMS): EventToPublish => ({
  streamType: 'agreements', streamId: `agreements-${dealerCode}`, dealerCode, type: 'contracts.AgreementSigned',
  data: { agreementId: `A-${dealerCode}`, dealerCode, agreementVersion, validFrom, validTo, terms },
});

/**
 * Test support: publishes real envelopes of another service to a topic, as that service would:
 * appended to an event store in `scratch` (a database of the test's own), then relayed to Kafka.
 */
export async function publishEvents(scratch: Db, infra: Pick<ServiceInfrastructure, 'kafka' | 'kafkaSettings'>, topic: string,
  events: EventToPublish[], at = new Date().toISOString()): Promise<void> {
  const store = new MongoEventStore(scratch);
  await store.ensureIndexes();
  const context = { metadata: { correlationId: 'test', causationId: null, actor: 'test' }, occurredAt: at, recordedAt: at };
  for (const e of events) {
    const { version } = await store.read(e.streamId);
    await store.append({ streamType: e.streamType, streamId: e.streamId, dealerCode: e.dealerCode }, version, [{ type: e.type, data: e.data }], context);
  }
  const publisher = new KafkaEventPublisher(infra.kafka, infra.kafkaSettings, topic);
  const relay = new OutboxRelay(store, publisher, { pollIntervalMs: 50, batchSize: 100, onError: (e) => { throw e; } });
  while ((await relay.relayOnce()) > 0) { /* until every commit is published */ }
  await publisher.disconnect();
}
