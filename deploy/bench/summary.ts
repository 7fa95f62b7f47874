import { CaseResult } from './measure';

/** One row of the summary: the table README.md's "Benchmarks" section copies as printed. */
export interface SummaryRow {
  case: string;
  measured: string;
  baseline: string;
  ratio: number;
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

export function summaryTable(rows: SummaryRow[]): string {
  const head = '| case | measured | baseline | ratio | target | met |\n|---|---:|---:|---:|---:|---|';
  const body = rows.map((r) => `| ${r.case} | ${r.measured} | ${r.baseline} | ${r.ratio.toFixed(2)} | ${r.target} | ${r.met ? 'yes' : 'no'} |`);
  return [head, ...body].join('\n');
}
