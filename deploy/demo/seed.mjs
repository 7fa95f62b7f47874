// Demo data: a dealer network the back-office UI has something to show for. Eight dealers in the
// four regions, two of them sub-dealers; their agreements, two dealers with a second version whose
// terms changed (from 2026Q4); and payments in 2026Q2, 2026Q3 and 2026Q4 (to November) for every
// dealer, so each fund has quarters to chart. Idempotent: every request is keyed (dealer code,
// version count, paymentId), so running it again changes nothing.
// Usage: node deploy/demo/seed.mjs, each service at <NAME>_URL (CONTRACTS_URL, DEALER_FEEDS_URL, ...;
// default http://127.0.0.1:<its port in services.json>). With ACTOR_SECRET
// set (as npm start sets it for the services) the requests carry a signed actor, `demo-seed`. With
// MONGO_URL set (docker compose) it also opens the demo accounts in the gateway's database
// (GATEWAY_MONGO_DB, default aftersales_gateway); npm start opens them itself.
import { seedDemoAccounts } from './accounts.mjs';
import { readFileSync } from 'node:fs';
import { DEALERS } from './dealers.mjs';
import seedFeeds from './feeds.mjs';
import seedOverdue from './overdue.mjs';
import seedUnits from './units.mjs';
import { call, expectOk, until } from './http.mjs';
import organisation from './organisation.mjs';
import seedPriceList from './price-list.mjs';
import seedRequisitions from './requisitions.mjs';

export { DEALERS };

/**
 * The areas' demo data after the dealers, agreements and payments, in order: each is
 * `(urls, log) => Promise<void>` with urls keyed by service (services.json) and is idempotent.
 * Add an area's module here (deploy/demo/<area>.mjs).
 */
const AREAS = [
  organisation, // first: the feeds and the units name its catalog and technicians
  seedUnits, // after the organisation's (the catalog's models), before the feeds (which sell and card the units)
  seedFeeds, // last: the feeds need the network's catalog, technicians and deliveries
  seedOverdue, // after the feeds: what they left missing past its due date shows overdue in the matrix
  seedPriceList, // parts-logistics: the price list the requisitions and statements are priced by
  seedRequisitions, // after the price list: each requisition is quoted and shipped at its prices
];

/** 2026Q3's amounts are the first demo's (the npm start test checks D0001's); Q2 and Q4 are new. */
const MONTHS = [
  { month: '2026-07', amount: (i, m) => 1_000_000 * (i + 2) + 12_345 * (m + 1) },
  { month: '2026-08', amount: (i, m) => 1_000_000 * (i + 2) + 12_345 * (m + 1) },
  { month: '2026-09', amount: (i, m) => 1_000_000 * (i + 2) + 12_345 * (m + 1) },
  { month: '2026-04', amount: (i, m) => 800_000 * (i + 2) + 23_456 * m },
  { month: '2026-05', amount: (i, m) => 800_000 * (i + 2) + 23_456 * m },
  { month: '2026-06', amount: (i, m) => 800_000 * (i + 2) + 23_456 * m },
  { month: '2026-10', amount: (i, m) => 1_200_000 * (i + 2) + 34_567 * m },
  { month: '2026-11', amount: (i, m) => 1_200_000 * (i + 2) + 34_567 * m },
];

/** Settlements learns agreements from Kafka: a 422 "no agreement yet" is retried for a while. */
async function recordPayment(settlements, payment) {
  const res = await until(() => call(settlements, 'POST', '/payments', payment), (r) => r.status !== 422, `agreement of ${payment.dealerCode}`);
  expectOk(res, `payment ${payment.paymentId}`);
}

/** Signs the versions the dealer does not have yet, in order (the read model catches up within moments). */
async function signVersions(contracts, { code, region, versions }) {
  const existing = await until(() => call(contracts, 'GET', `/dealers/${code}/agreements`), (r) => r.status === 200);
  for (const [index, terms] of versions.entries()) {
    if (index < existing.body.items.length) continue;
    expectOk(await call(contracts, 'POST', `/dealers/${code}/agreements`, { territory: [region], ...terms }), `agreement ${code} v${index + 1}`);
  }
}

/** urls: each service's base URL, keyed by its name in services.json. */
export async function seedDemo(urls, log = console.log) {
  const { contracts, settlements } = urls;
  for (const d of DEALERS) {
    const { versions, ...dealer } = d;
    expectOk(await call(contracts, 'POST', '/dealers', dealer), `dealer ${d.code}`);
    await signVersions(contracts, { code: d.code, region: d.region, versions });
  }
  log(`demo: ${DEALERS.length} dealers with agreements`);
  let count = 0;
  for (const [i, d] of DEALERS.entries()) {
    for (const [m, { month, amount }] of MONTHS.entries()) {
      const payment = { paymentId: `DEMO-${d.code}-${month}`, dealerCode: d.code, receivedOn: `${month}-15`, amountFen: amount(i, m % 3) };
      await recordPayment(settlements, payment);
      count++;
    }
  }
  log(`demo: ${count} payments in 2026Q2 to 2026Q4`);
  for (const area of AREAS) await area(urls, log);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  await seedDemo(serviceUrls(process.env));
  const { MONGO_URL, GATEWAY_MONGO_DB = 'aftersales_gateway' } = process.env;
  if (MONGO_URL) await seedDemoAccounts({ mongoUrl: MONGO_URL, mongoDb: GATEWAY_MONGO_DB });
}

/** Each service's URL: <NAME>_URL (dealer-feeds: DEALER_FEEDS_URL), else 127.0.0.1 at its port in services.json. */
function serviceUrls(env) {
  const services = JSON.parse(readFileSync(new URL('../../services.json', import.meta.url), 'utf8'));
  return Object.fromEntries(Object.entries(services).map(([name, { port }]) =>
    [name, env[`${name.toUpperCase().replaceAll('-', '_')}_URL`] ?? `http://127.0.0.1:${port}`]));
}
