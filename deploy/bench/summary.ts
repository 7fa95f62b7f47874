import type { FeedUploadBench } from './feed-upload.bench';
import { HttpResult } from './http-load';
import { CaseResult } from './measure';
import { UiSizes } from './ui-size';

/** One row of the summary: the table README.md's "Benchmarks" section copies as printed. */
export interface SummaryRow {
  case: string;
  measured: string;
  baseline: string;
  /** Absent where there is no baseline (the UI's sizes are measured against their limits). */
  ratio?: number;
  target: string;
  met: boolean;
}

const count = (n: number) => Math.round(n).toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The pipeline against its baseline, with both latencies (median / p99, command to read model). */
export function pipelineSummary(baseline: CaseResult, pipeline: CaseResult, target: number): SummaryRow {
  const ratio = pipeline.eventsPerSec / baseline.eventsPerSec;
  const cell = (r: CaseResult) => `${count(r.eventsPerSec)} (${seconds(r.p50Ms)} / ${seconds(r.p99Ms)})`;
  return {
    case: 'event pipeline, events/s (p50 / p99 latency)',
    measured: cell(pipeline),
    baseline: cell(baseline),
    ratio,
    target: `≥ ${target}`,
    met: ratio >= target,
  };
}

/** A row of the feeds bench (libs/shared/feeds/bench), as it reports it. */
export function feedsSummary(row: Record<string, unknown>): SummaryRow {
  const name = String(row['case']);
  const memory = name.startsWith('peak RSS');
  const baseline = row['baselineRowsPerSecond'];
  return {
    case: memory ? name.replace(/^peak RSS (\w+) (\d+) vs (\d+) rows$/, (_, f, a, b) => `${f} peak RSS, ${count(+a)} vs ${count(+b)} rows`)
      : `${name.replace(/ (\d+)$/, (_, n) => `, ${count(+n)} rows`)}, rows/s`,
    measured: memory ? `${String(row['peakRssMiB'])} MiB` : count(Number(row['rowsPerSecond'])),
    baseline: typeof baseline === 'number' ? count(baseline) : '',
    ratio: Number(row['ratio']),
    target: String(row['target']),
    met: row['met'] === true,
  };
}

/** Issue 10's targets for feed uploads: throughput against the drivers alone, memory, a resubmission's time. */
export const UPLOAD_TARGETS = { throughput: 0.5, memory: 1.5, resubmission: 0.5 };

export function feedUploadSummary({ baseline, uploads, rss }: FeedUploadBench): SummaryRow[] {
  const rate = (label: string, system: FeedUploadBench['uploads']['utf8'], raw: FeedUploadBench['uploads']['utf8']): SummaryRow => {
    const ratio = system.rowsPerSecond / raw.rowsPerSecond;
    return { case: `feed upload, repairs CSV ${label}, ${count(system.rows)} rows, rows/s to Kafka`, measured: count(system.rowsPerSecond),
      baseline: count(raw.rowsPerSecond), ratio, target: `≥ ${UPLOAD_TARGETS.throughput}`, met: ratio >= UPLOAD_TARGETS.throughput };
  };
  const memory = rss.largeMiB / rss.smallMiB;
  const resubmitted = uploads.resubmission;
  const time = resubmitted.seconds / uploads.utf8.seconds;
  const onlyChanged = resubmitted.rowsEmitted === resubmitted.expectedEmitted;
  return [
    rate('UTF-8', uploads.utf8, baseline.utf8),
    rate('GBK', uploads.gbk, baseline.gbk),
    { case: `dealer-feeds peak RSS, ${count(rss.largeRows)} vs ${count(rss.smallRows)} rows`, measured: `${rss.largeMiB} vs ${rss.smallMiB} MiB`,
      baseline: '', ratio: memory, target: `≤ ${UPLOAD_TARGETS.memory}`, met: memory <= UPLOAD_TARGETS.memory },
    { case: `feed resubmission, 1% changed: time vs the first upload (rows emitted)`,
      measured: `${seconds(resubmitted.seconds * 1000)} (${count(resubmitted.rowsEmitted)})`, baseline: seconds(uploads.utf8.seconds * 1000),
      ratio: time, target: `≤ ${UPLOAD_TARGETS.resubmission}`, met: time <= UPLOAD_TARGETS.resubmission && onlyChanged },
  ];
}

/** Issue 9's targets for the gateway, against the service read straight, in the same run. */
export const GATEWAY_TARGETS = { throughput: 0.7, p95: 1.5 };

/** Signed-in reads through the gateway against the same reads straight to the service. */
export function gatewaySummary(direct: HttpResult, gateway: HttpResult, clients: number): SummaryRow[] {
  const throughput = gateway.requestsPerSec / direct.requestsPerSec;
  const p95 = gateway.p95Ms / direct.p95Ms;
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return [
    { case: `gateway, fund balance reads/s, ${clients} clients (vs the service straight)`, measured: count(gateway.requestsPerSec),
      baseline: count(direct.requestsPerSec), ratio: throughput, target: `≥ ${GATEWAY_TARGETS.throughput}`, met: throughput >= GATEWAY_TARGETS.throughput },
    { case: `gateway, fund balance read p95 latency, ${clients} clients`, measured: ms(gateway.p95Ms), baseline: ms(direct.p95Ms), ratio: p95,
      target: `≤ ${GATEWAY_TARGETS.p95}`, met: p95 <= GATEWAY_TARGETS.p95 },
  ];
}

/** Issue 9's budgets for the UI, in KB (1,000 bytes) of JavaScript gzipped. */
export const UI_BUDGETS_KB = { shell: 350, page: 600 };

export function uiSummary(sizes: UiSizes): SummaryRow[] {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  return [
    { case: 'UI shell (sign-in + layout), JS gzipped', measured: kb(sizes.shellBytes), baseline: '', target: `≤ ${UI_BUDGETS_KB.shell} KB`,
      met: sizes.shellBytes <= UI_BUDGETS_KB.shell * 1000 },
    { case: `UI largest page (${sizes.largestPage.name.replace(/^.*\//, '')}), JS gzipped beyond the shell`, measured: kb(sizes.largestPage.bytes),
      baseline: '', target: `≤ ${UI_BUDGETS_KB.page} KB`, met: sizes.largestPage.bytes <= UI_BUDGETS_KB.page * 1000 },
  ];
}

export function summaryTable(rows: SummaryRow[]): string {
  const head = '| case | measured | baseline | ratio | target | met |\n|---|---:|---:|---:|---:|---|';
  const body = rows.map((r) => `| ${r.case} | ${r.measured} | ${r.baseline} | ${r.ratio === undefined ? '' : r.ratio.toFixed(2)} | ${r.target} | ${r.met ? 'yes' : 'no'} |`);
  return [head, ...body].join('\n');
}
