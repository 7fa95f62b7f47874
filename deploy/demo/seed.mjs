// Demo data: dealers in four regions (one with a sub-dealer), their agreements, and a quarter
// (2026Q3) of payments. Idempotent: every request is keyed (dealer code, paymentId), so running
// it again changes nothing. Usage: node deploy/demo/seed.mjs [contractsUrl] [settlementsUrl]
// (or CONTRACTS_URL / SETTLEMENTS_URL; default http://127.0.0.1:3101 and :3103).
const DEALERS = [
  { code: 'D0001', name: '北京華信辦公設備有限公司', region: 'north', hotline: '010-6501-2233', rate: 300 },
  { code: 'D0002', name: '廣州南粵科技服務有限公司', region: 'south', hotline: '020-8732-1100', rate: 250 },
  { code: 'D0003', name: '上海申達數碼有限公司', region: 'east', hotline: '021-6278-5566', rate: 350 },
  { code: 'D0004', name: '成都蜀通電子有限公司', region: 'west', hotline: '028-8555-0101', perUnitFen: 15_000 },
  { code: 'D0002-S1', name: '佛山南粵分銷部', region: 'south', parentDealerCode: 'D0002', rate: 250 },
];
const MONTHS = ['2026-07', '2026-08', '2026-09'];

async function call(base, method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-actor': 'demo-seed' },
    body: body && JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  return { status: res.status, body: json };
}

function expectOk({ status, body }, what) {
  if (status >= 400) throw new Error(`${what}: HTTP ${status} ${JSON.stringify(body)}`);
}

async function until(probe, accept, what = 'the services to catch up', timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await probe();
    if (accept(res)) return res;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: last answer ${JSON.stringify(res.body)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Settlements learns agreements from Kafka: a 422 "no agreement yet" is retried for a while. */
async function recordPayment(settlements, payment) {
  const res = await until(() => call(settlements, 'POST', '/payments', payment), (r) => r.status !== 422, `agreement of ${payment.dealerCode}`);
  expectOk(res, `payment ${payment.paymentId}`);
}

export async function seedDemo(contracts, settlements, log = console.log) {
  for (const d of DEALERS) {
    const { rate, perUnitFen, ...dealer } = d;
    expectOk(await call(contracts, 'POST', '/dealers', dealer), `dealer ${d.code}`);
    // Sign only when the dealer has no agreement yet (the read model catches up within moments).
    const existing = await until(() => call(contracts, 'GET', `/dealers/${d.code}/agreements`), (r) => r.status === 200);
    if (existing.body.items.length > 0) continue;
    const terms = perUnitFen
      ? { fundModel: 'per-unit', allowancePerUnitFen: perUnitFen }
      : { fundModel: 'revenue-share', fundRateBp: rate, partsQuotaBp: 200, carryAcrossYear: true };
    const body = { validFrom: '2026-01-01', validTo: '2026-12-31', territory: [d.region], ...terms };
    expectOk(await call(contracts, 'POST', `/dealers/${d.code}/agreements`, body), `agreement ${d.code}`);
  }
  log(`demo: ${DEALERS.length} dealers with agreements`);
  let count = 0;
  for (const [i, d] of DEALERS.entries()) {
    for (const [m, month] of MONTHS.entries()) {
      const amountFen = 1_000_000 * (i + 2) + 12_345 * (m + 1); // some tens of thousands of yuan, odd fen
      await recordPayment(settlements, { paymentId: `DEMO-${d.code}-${month}`, dealerCode: d.code, receivedOn: `${month}-15`, amountFen });
      count++;
    }
  }
  log(`demo: ${count} payments in 2026Q3`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const { CONTRACTS_URL = 'http://127.0.0.1:3101', SETTLEMENTS_URL = 'http://127.0.0.1:3103' } = process.env;
  await seedDemo(process.argv[2] ?? CONTRACTS_URL, process.argv[3] ?? SETTLEMENTS_URL);
}
