// Test support for the NETWORK area's specs, kept outside src/ (production code may not import it)
// and never built (deploy/build.mjs skips testing/ folders).
import { AgreementTermsV1 } from '@aftersales/integration-events';
import {
  agreementSigned as signed, dealerRegistered as registered, EventToPublish, publishEvents, SAMPLE_AGREEMENT_TERMS, ServiceInfrastructure,
} from '@aftersales/service-kit';
import { TestContext } from '@aftersales/testing';

/** Full agreement terms as contracts publishes them; reporting.feedDueDay 10. */
export const TERMS: AgreementTermsV1 = SAMPLE_AGREEMENT_TERMS;

export type Published = EventToPublish;

export const dealerRegistered = (code: string, timeZone = 'Asia/Shanghai', region = 'south', parentDealerCode?: string): Published =>
  registered(code, { timeZone, region, parentDealerCode });

export const agreementSigned = (dealerCode: string, agreementVersion: number, validFrom: string, validTo: string, feedDueDay = 10): Published =>
  signed(dealerCode, agreementVersion, validFrom, validTo, { ...TERMS, reporting: { feedDueDay, assessmentDueDay: 5 } });

/** Publishes real envelopes of another service (or of dealer-feeds itself) to a topic, as that service's relay would. */
export async function publish(ctx: TestContext, infra: Pick<ServiceInfrastructure, 'kafka' | 'kafkaSettings'>, topic: string, events: Published[]): Promise<void> {
  await publishEvents(ctx.mongo.db(`${ctx.dbName}_${topic.replace(/\W/g, '_')}_feed`), infra, topic, events);
}
