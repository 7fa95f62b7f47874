import { cpus, totalmem } from 'node:os';
import { CaseResult } from './measure';

export function machine(): Record<string, string> {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: String(cpu.length),
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    date: new Date().toISOString(),
  };
}

export function machineMarkdown(info: Record<string, string>): string {
  return Object.entries(info).map(([k, v]) => `- ${k}: ${v}`).join('\n');
}

export function resultsTable(rows: CaseResult[]): string {
  const head = '| case | events | events/s | p50 ms | p99 ms | ratio to baseline (events/s) | target | pass |';
  const line = '|---|---:|---:|---:|---:|---:|---:|---|';
  const fmt = (n: number | undefined, digits: number) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));
  const body = rows.map((r) => `| ${r.case} | ${r.events} | ${fmt(r.eventsPerSec, 0)} | ${fmt(r.p50Ms, 0)} | ${fmt(r.p99Ms, 0)} | ` +
    `${fmt(r.ratio, 2)} | ${r.target === undefined ? '—' : `≥ ${r.target}×`} | ${r.pass === undefined ? '—' : r.pass ? 'yes' : 'NO'} |`);
  return [head, line, ...body].join('\n');
}
