// Test support for settlements' specs, kept outside src/ (the production code, which may not import
// it: eslint.config.mjs) and never built (deploy/build.mjs skips testing/ folders).
import { MongoEventStore, OutboxRelay } from '@aftersales/event-store-mongo';
import { AgreementTermsV1, TOPICS } from '@aftersales/integration-events';
import { KafkaEventPublisher } from '@aftersales/kafka';
import { TestContext } from '@aftersales/testing';
import { ServiceInfrastructure } from '@aftersales/service-kit';

/** Full agreement terms as contracts publishes them (revenue-share, 3%). */
export const REVENUE_SHARE_TERMS: AgreementTermsV1 = {
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

/**
 * Publishes real contracts.events.v1 envelopes (stored, then relayed to Kafka) without the
 * contracts service: settlements only ever sees that service's events.
 */
export async function publishContractsEvents(ctx: TestContext, infra: Pick<ServiceInfrastructure, 'kafka' | 'kafkaSettings'>,
  dealers: { code: string; terms: AgreementTermsV1; validFrom: string; validTo: string; timeZone?: string; region?: string; parentDealerCode?: string }[]): Promise<void> {
  const store = new MongoEventStore(ctx.mongo.db(`${ctx.dbName}_contracts_feed`));
  await store.ensureIndexes();
  const meta = { metadata: { correlationId: 'test', causationId: null, actor: 'test' }, occurredAt: '2026-01-01T00:00:00.000Z', recordedAt: '2026-01-01T00:00:00.000Z' };
  for (const d of dealers) {
    const ref = (streamType: string, streamId: string) => ({ streamType, streamId, dealerCode: d.code });
    await store.append(ref('dealer', `dealer-${d.code}`), 0, [{ type: 'contracts.DealerRegistered',
      data: { code: d.code, name: d.code, region: d.region ?? 'south', ...(d.parentDealerCode ? { parentDealerCode: d.parentDealerCode } : {}), timeZone: d.timeZone ?? 'Asia/Shanghai' } }], meta);
    await store.append(ref('agreements', `agreements-${d.code}`), 0, [{ type: 'contracts.AgreementSigned',
      data: { agreementId: `A-${d.code}`, dealerCode: d.code, agreementVersion: 1, validFrom: d.validFrom, validTo: d.validTo, terms: d.terms } }], meta);
  }
  const publisher = new KafkaEventPublisher(infra.kafka, infra.kafkaSettings, TOPICS.contracts);
  const relay = new OutboxRelay(store, publisher, { pollIntervalMs: 50, batchSize: 100, onError: (e) => { throw e; } });
  while ((await relay.relayOnce()) > 0) { /* until every commit is published */ }
  await publisher.disconnect();
}
