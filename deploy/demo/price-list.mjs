// The price list's demo (parts-logistics, 維修收費標准): the catalog's parts, the labour
// operations and the urgent carriers' freight differences (the freight table), imported as version 1 from 2026-04-01 (a CSV, as a parts clerk sends it); a second
// import from 2026-10-01 that raises two prices and adds an operation; one line changed by hand
// from 2026-11-01 with its reason. Idempotent: the steps the service has already are skipped (a
// version never takes effect before the latest one, so a step cannot be replayed out of order).
import { call, expectOk, postFile, until } from './http.mjs';

/** code, kind, name, yuan: the catalog's parts (network-data.mjs) and the operations of a repair. */
export const PRICE_LINES = [
  ['P-HEAD-630', 'part', '列印頭 PR-630K/730K', '680.00'],
  ['P-BELT-630', 'part', '字車驅動皮帶', '45.00'],
  ['P-MB-2200', 'part', '主板 LP-2200', '1280.00'],
  ['P-FUSER-2200', 'part', '定影組件 LP-2200', '560.00'],
  ['P-ROLLER-3100', 'part', '搓紙輪 MF-3100', '38.50'],
  ['P-CIS-500', 'part', '圖像傳感器 SC-500', '420.00'],
  ['C-RIBBON-630', 'part', '色帶 PR-630K', '28.00'],
  ['C-TONER-2200', 'part', '碳粉盒 LP-2200', '165.00'],
  ['U-HEAD-630R', 'part', '翻新列印頭（舊件）', '320.00'],
  ['L-HEAD', 'labour', '更換列印頭', '80.00'],
  ['L-MB', 'labour', '更換主板', '120.00'],
  ['L-FUSER', 'labour', '更換定影組件', '100.00'],
  ['L-CLEAN', 'labour', '清潔保養', '50.00'],
  ['FREIGHT-EMS', 'freight', 'EMS 加急運費差額', '30.00'],
  ['FREIGHT-RAIL-EXPRESS', 'freight', '鐵路快運運費差額', '20.00'],
  ['FREIGHT-AIR', 'freight', '空運運費差額', '80.00'],
];

/** From 2026-10-01: the print head and the main board cost more; an on-site call is priced. */
const Q4_LINES = PRICE_LINES.map(([code, kind, name, yuan]) =>
  [code, kind, name, ({ 'P-HEAD-630': '720.00', 'P-MB-2200': '1350.00' })[code] ?? yuan]).concat([['L-ONSITE', 'labour', '上門服務費', '60.00']]);

const csv = (lines) => Buffer.from(`\uFEFFcode,kind,name,unitPriceYuan\r\n${lines.map((line) => line.join(',')).join('\r\n')}\r\n`, 'utf8');

const STEPS = [
  { what: 'version 1 from 2026-04-01', send: (base) => postFile(base, '/price-list/imports?effectiveFrom=2026-04-01&reason=' + encodeURIComponent('2026 年度維修收費標准'), { name: '維修收費標准-2026.csv', bytes: csv(PRICE_LINES), type: 'text/csv' }) },
  { what: 'version 2 from 2026-10-01', send: (base) => postFile(base, '/price-list/imports?effectiveFrom=2026-10-01&reason=' + encodeURIComponent('第四季度調價'), { name: '維修收費標准-2026Q4.csv', bytes: csv(Q4_LINES), type: 'text/csv' }) },
  { what: 'the ribbon from 2026-11-01', send: (base) => call(base, 'POST', '/price-list/changes', { code: 'C-RIBBON-630', kind: 'part', name: '色帶 PR-630K', unitPriceFen: 3_000, effectiveFrom: '2026-11-01', reason: '供應商調價' }) },
];

export default async function seedPriceList(urls, log = console.log) {
  const base = urls['parts-logistics'];
  const { body } = await until(() => call(base, 'GET', '/price-list/versions?limit=1'), (r) => r.status === 200, 'the price list');
  for (const step of STEPS.slice(body.total)) expectOk(await step.send(base), `price list ${step.what}`);
  await until(() => call(base, 'GET', '/price-list/versions?limit=1'), (r) => r.body.total >= STEPS.length, 'the price list versions');
  log(`price list: ${STEPS.length} versions, ${Q4_LINES.length} lines in force`);
}
