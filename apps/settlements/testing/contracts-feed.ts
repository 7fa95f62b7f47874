// Test support for settlements' specs, kept outside src/ (the production code, which may not import
// it: eslint.config.mjs) and never built (deploy/build.mjs skips testing/ folders).
import { AgreementTermsV1, TOPICS } from '@aftersales/integration-events';
import { agreementSigned, dealerRegistered, publishEvents, SAMPLE_AGREEMENT_TERMS, ServiceInfrastructure } from '@aftersales/service-kit';
import { TestContext } from '@aftersales/testing';

/** Full agreement terms as contracts publishes them (revenue-share, 3%). */
export const REVENUE_SHARE_TERMS: AgreementTermsV1 = SAMPLE_AGREEMENT_TERMS;

/**
 * Publishes real contracts.events.v1 envelopes (stored, then relayed to Kafka) without the
 * contracts service: settlements only ever sees that service's events.
 */
export async function publishContractsEvents(ctx: TestContext, infra: Pick<ServiceInfrastructure, 'kafka' | 'kafkaSettings'>,
  dealers: { code: string; terms: AgreementTermsV1; validFrom: string; validTo: string; timeZone?: string; region?: string; parentDealerCode?: string }[]): Promise<void> {
  const events = dealers.flatMap((d) => [dealerRegistered(d.code, d), agreementSigned(d.code, 1, d.validFrom, d.validTo, d.terms)]);
  await publishEvents(ctx.mongo.db(`${ctx.dbName}_contracts_feed`), infra, TOPICS.contracts, events, '2026-01-01T00:00:00.000Z');
}
