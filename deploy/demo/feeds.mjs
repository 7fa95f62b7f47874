// The demo feeds: a quarter (2026-07..09) of monthly files from every demo dealer, uploaded through
// the dealer-feeds API as the dealers would send them (feed-files.mjs: CSV in UTF-8 or GBK, one
// XLSX workbook a month, JSON Lines). Besides the ordinary files: D0001's August repairs sent twice
// (version 2 corrects a fee, adds a job and withdraws one), D0004's September opinions rejected
// (and not resent), D0006's September surveys never sent (overdue), a D0002 repair on a serial
// never delivered and a D0003 card for D0001's unit (cross-feed flags). Idempotent: every file is
// the same bytes on every run, and the service answers the same bytes with its first result.
import { DEALERS } from './dealers.mjs';
import { csvFile, jsonlFile, xlsxFile } from './feed-files.mjs';
import { monthRows } from './feed-rows.mjs';
import { call, postFile, until } from './http.mjs';

export const PERIODS = ['2026-07', '2026-08', '2026-09'];
export const DEALER_CODES = DEALERS.map((d) => d.code);
/** The network the files agree with (the tests read the files with these as lookups). */
export { MODELS, PARTS, TECHNICIANS } from './network-data.mjs';
const KINDS = ['repairs', 'parts', 'sales', 'warranty-cards', 'satisfaction', 'opinions'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How each dealer's office makes its files. */
const STYLES = {
  D0001: { format: 'csv', headers: 'key', encoding: 'utf8' },
  D0002: { format: 'csv', headers: 'zh-Hans', encoding: 'gbk' },
  'D0002-S1': { format: 'xlsx', headers: 'zh-Hans' },
  D0003: { format: 'xlsx', headers: 'zh-Hans' },
  'D0003-S1': { format: 'xlsx', headers: 'zh-Hans' },
  D0004: { format: 'jsonl' },
  D0005: { format: 'xlsx', headers: 'zh-Hant' },
  D0006: { format: 'csv', headers: 'zh-Hant', encoding: 'utf8' },
};

/** The month's rows as the demo sends them, with the deliberate inconsistencies and gaps. */
export function demoRows(code, period) {
  const rows = monthRows(code, period);
  if (code === 'D0002' && period === '2026-08' && rows.repairs.length > 0) {
    const [first] = rows.repairs;
    rows.repairs = [...rows.repairs, { ...first, record_no: `R${code}-202608-099`, serial_no: 'LP-2200-D0002-0099', model: 'LP-2200', sale_date: '2026-06-18' }];
  }
  if (code === 'D0003' && period === '2026-09' && rows['warranty-cards'].length > 0) {
    const [first] = rows['warranty-cards'];
    rows['warranty-cards'] = [...rows['warranty-cards'], { ...first, card_no: 'WC-D0003-0099', serial_no: 'PR-630K-D0001-0001', model: 'PR-630K' }];
  }
  if (code === 'D0006' && period === '2026-09') delete rows.satisfaction;
  return rows;
}

/** D0001's first August repairs file: a fee typed wrong, a job it later withdraws, one job missing. */
export function firstAugustRepairs(rows) {
  const [first, ...rest] = rows;
  const withdrawn = { ...first, record_no: 'RD0001-202608-090', fault_code: 'E-RIBBON', description: '色帶卡住（重複登記）', labour_fee: '30.00' };
  return [{ ...first, labour_fee: '1200.00' }, ...rest.slice(0, -1), withdrawn];
}

/** The files of a dealer's month, in upload order: { kind?, name, bytes, type, expect }. */
export async function demoFiles(code, period) {
  const style = STYLES[code];
  const rows = demoRows(code, period);
  const stem = `${code}-${period}`;
  if (style.format === 'xlsx') {
    const sections = KINDS.filter((kind) => rows[kind]).map((kind) => ({ kind, rows: rows[kind] }));
    return [{ name: `${stem}-月報.xlsx`, bytes: await xlsxFile(sections, style), type: XLSX, expect: 'accepted', resaved: (n) => xlsxFile(sections, { ...style, saved: n }) }];
  }
  const fileOf = (kind, kindRows, suffix = '') => {
    const jsonl = style.format === 'jsonl';
    const bytes = jsonl ? jsonlFile(kindRows) : csvFile(kind, kindRows, style);
    // saved again: the same rows and a blank line more at the end for each save
    const resaved = async (n) => Buffer.concat([bytes, Buffer.from((jsonl ? '\n' : '\r\n').repeat(n))]);
    return { kind, name: `${stem}-${kind}${suffix}.${jsonl ? 'jsonl' : 'csv'}`, bytes, type: jsonl ? 'application/x-ndjson' : 'text/csv', expect: 'accepted', resaved };
  };
  const files = [];
  for (const kind of KINDS.filter((k) => rows[k])) {
    if (code === 'D0001' && period === '2026-08' && kind === 'repairs') files.push(fileOf(kind, firstAugustRepairs(rows.repairs), '-v1'));
    if (code === 'D0004' && period === '2026-09' && kind === 'opinions') {
      const broken = rows.opinions.map((row, i) => (i === 0 ? { ...row, category: '其他', received_at: '2026-09-31' } : row));
      files.push({ ...fileOf(kind, broken), expect: 'rejected' });
      continue;
    }
    files.push(fileOf(kind, rows[kind]));
  }
  return files;
}

/** Refusals that mean dealer-feeds has not yet learnt the network (catalog, certificates, repairs) from Kafka. */
const NETWORK_CODES = new Set(['unknown-model', 'unknown-part', 'unknown-technician', 'unknown-repair-record']);
const waitsOnNetwork = (body) => body?.status === 'rejected' && Array.isArray(body.problems) && body.problems.length > 0 &&
  body.problems.every((p) => p.severity !== 'error' || NETWORK_CODES.has(p.code));

/**
 * Uploads a file. The service keeps the first answer to a file's bytes, so when it refused the file
 * only because it did not know the network yet, the file is sent again saved anew (other bytes, the
 * same rows) a little later. A second seed run meets the same answers in the same order.
 */
async function send(base, path, file, patience) {
  for (let saved = 0; ; saved++) {
    const answer = await postFile(base, path, saved === 0 ? file : { ...file, bytes: await file.resaved(saved) });
    if (file.expect !== 'accepted' || !waitsOnNetwork(answer.body) || saved === 5 || patience.leftMs <= 0) return answer;
    const pause = Math.min(patience.leftMs, 2000 * (saved + 1));
    patience.leftMs -= pause; // shared by the whole seed: a network that never comes (no technicians) costs 10 s once
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/** dealer-feeds learns the dealers from contracts through Kafka: wait until its matrix lists them all (when it has one). */
async function networkKnown(base) {
  const path = `/feed-matrix?from=${PERIODS[0]}&to=${PERIODS[2]}`;
  await until(() => call(base, 'GET', path), (r) => r.status === 404 || DEALERS.every((d) => JSON.stringify(r.body).includes(`"${d.code}"`)),
    'dealer-feeds to know the demo dealers').catch(() => undefined);
}

/**
 * One dealer's quarter in order, the parts files last: a parts row names a repair record that
 * dealer-feeds learns from the accepted repairs through Kafka, so they go after every other file.
 */
async function seedDealer(base, code, patience, counts, log) {
  const files = (await Promise.all(PERIODS.map(async (period) => (await demoFiles(code, period)).map((file) => ({ ...file, period })))))
    .flat().sort((a, b) => Number(a.kind === 'parts') - Number(b.kind === 'parts'));
  for (const { period, ...file } of files) {
    const query = new URLSearchParams({ period, ...(file.kind ? { kind: file.kind } : {}) });
    const { status, body } = await send(base, `/dealers/${code}/feed-submissions?${query}`, file, patience);
    const outcome = body?.status === 'rejected' ? 'rejected' : status < 300 ? 'accepted' : 'failed';
    if (outcome === file.expect) counts[body?.repeated ? 'repeated' : outcome]++;
    else if (++counts.unexpected <= 5) {
      log(`demo feeds: ${file.name} ${outcome} (HTTP ${status}), expected ${file.expect}: ${JSON.stringify(body?.problems?.slice(0, 2) ?? body).slice(0, 300)}`);
    }
  }
}

/** The dealers' files side by side (each dealer's in order): the service takes them at once. */
export default async function seedFeeds(urls, log = console.log) {
  const base = urls['dealer-feeds'];
  if ((await call(base, 'GET', '/feed-templates/sales?format=csv')).status === 404) {
    log('demo feeds: dealer-feeds takes no submissions yet: none sent');
    return;
  }
  await networkKnown(base);
  const counts = { accepted: 0, repeated: 0, rejected: 0, unexpected: 0 };
  const patience = { leftMs: 10_000 };
  await Promise.all(DEALERS.map(({ code }) => seedDealer(base, code, patience, counts, log)));
  log(`demo feeds: ${counts.accepted} accepted, ${counts.rejected} rejected, ${counts.repeated} already there${counts.unexpected ? `, ${counts.unexpected} not as expected` : ''}`);
}
