// Test support for parts-logistics' specs, kept outside src/ (production code may not import it)
// and never built (deploy/build.mjs skips testing/ folders).
import { TOPICS } from '@aftersales/integration-events';
import { agreementSigned, dealerRegistered, publishEvents, ServiceUnderTest } from '@aftersales/service-kit';
import { eventually, TestContext } from '@aftersales/testing';
import request from 'supertest';

/** The dealers of a spec, each with an agreement 2026-01-01 to 2027-12-31 (shipping days: the default 3), through contracts' topic. */
export async function publishDealers(ctx: TestContext, svc: ServiceUnderTest, dealers: { code: string; parentDealerCode?: string }[]): Promise<void> {
  const events = dealers.flatMap(({ code, parentDealerCode }) => [dealerRegistered(code, { parentDealerCode }), agreementSigned(code, 1, '2026-01-01', '2027-12-31')]);
  await publishEvents(ctx.mongo.db(`${ctx.dbName}_contracts_feed`), svc.infra, TOPICS.contracts, events);
  await eventually(() => svc.infra.db.collection('agreement_terms').countDocuments(), (n) => n >= dealers.length);
}

/** A price list in force from 2026-01-01: two parts, a labour operation, the EMS freight difference. */
export async function importPrices(svc: ServiceUnderTest): Promise<void> {
  const file = Buffer.from(['code,kind,name,unitPriceYuan', 'P-HEAD,part,列印頭,680.00', 'P-BELT,part,字車皮帶,45.00', 'L-HEAD,labour,更換列印頭,80.00',
    'FREIGHT-EMS,freight,EMS 運費差額,30.00'].join('\n'), 'utf8');
  await request(svc.http).post('/price-list/imports?effectiveFrom=2026-01-01').attach('file', file, 'prices.csv').expect((r) => [200, 201].includes(r.status));
  await eventually(async () => (await request(svc.http).get('/price-list/items?q=FREIGHT')).body.total, (n) => n === 1);
}
