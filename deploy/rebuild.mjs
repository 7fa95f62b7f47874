// npm run rebuild -- <service> [projection]: rebuilds a read model from its events while the
// service runs (README.md "Rebuilding a read model"). Without a projection, every read model
// of the service, one after another; `--list` lists them. Exits 1 when a rebuild fails.
// Settings: <SERVICE>_URL (CONTRACTS_URL, SETTLEMENTS_URL), else http://127.0.0.1:<SERVICE>_PORT
// with the service's port in services.json.
import { envKey, SERVICES, toolPort } from './services.mjs';

const POLL_MS = 500;
const USAGE = 'usage: npm run rebuild -- <service> [projection | --list]   e.g. npm run rebuild -- settlements fund-balance';

const log = (message) => console.log(`[rebuild] ${message}`);

class RebuildError extends Error {}

function serviceUrl(service) {
  const key = envKey(service);
  const url = process.env[`${key}_URL`];
  if (url) return url.replace(/\/+$/, '');
  const listed = SERVICES.find((s) => s.name === service);
  if (!listed) throw new RebuildError(`unknown service ${service}: set ${key}_URL (known: ${SERVICES.map((s) => s.name).join(', ')})`);
  return `http://127.0.0.1:${toolPort(listed)}`;
}

async function call(base, method, path, body) {
  let res;
  try {
    res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-actor': 'rebuild-tool' },
      body: body && JSON.stringify(body),
    });
  } catch (error) {
    throw new RebuildError(`${base} does not answer (${error.cause?.code ?? error.message}): is the service running?`);
  }
  const json = await res.json().catch(() => ({}));
  if (res.status >= 400) throw new RebuildError(`${method} ${path}: HTTP ${res.status}: ${json.message ?? JSON.stringify(json)}`);
  return json;
}

const count = (n) => Number(n).toLocaleString('en-US');

function describe(record) {
  const events = `${count(record.eventsReplayed)} events replayed, ${count(record.eventsCaughtUp)} caught up`;
  const skipped = record.skipped > 0 ? `, ${count(record.skipped)} invalid messages skipped` : '';
  return `${record.phase} (${events}${skipped})`;
}

/** Polls the rebuild until it ends; answers its final record. */
async function follow(base, label, record) {
  let shown = '';
  let misses = 0;
  for (;;) {
    const line = describe(record);
    if (line !== shown) log(`${label}: ${(shown = line)}`);
    if (record.state !== 'running') return record;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    try {
      record = await call(base, 'GET', `/admin/rebuilds/${record._id}`);
      misses = 0;
    } catch (error) {
      // A restart of the service is survivable for a moment; its rebuild is then reported failed.
      if (++misses >= 20) throw error;
    }
  }
}

async function rebuild(base, service, projection) {
  log(`${service} ${projection}: started`);
  const done = await follow(base, `${service} ${projection}`, await call(base, 'POST', '/admin/rebuilds', { projection }));
  const seconds = (done.durationMs / 1000).toFixed(1);
  if (done.state !== 'succeeded') throw new RebuildError(`${service} ${projection} failed after ${seconds} s: ${done.error}`);
  log(`${service} ${projection}: succeeded in ${seconds} s; the read model now holds the rebuilt documents`);
}

async function main([service, projection]) {
  if (!service || service.startsWith('-')) throw new RebuildError(USAGE);
  const base = serviceUrl(service);
  const models = await call(base, 'GET', '/admin/read-models');
  if (projection === '--list') {
    for (const m of models) log(`${m.name}: ${m.collections.join(', ')} (from ${m.source === 'store' ? 'the store' : `topic ${m.topic}`})`);
    return;
  }
  const names = projection ? [projection] : models.map((m) => m.name);
  for (const name of names) await rebuild(base, service, name);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`[rebuild] ${error instanceof RebuildError ? error.message : error.stack}`);
  process.exit(1);
});
