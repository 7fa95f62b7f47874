import 'reflect-metadata';
import { ensureServers } from '@aftersales/testing';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MongoClient } from 'mongodb';
import { runBaselineBench } from './baseline.bench';
import { runFeedUploadBench } from './feed-upload.bench';
import { CLIENTS, runGatewayBench } from './gateway.bench';
import { BenchRun, positiveInteger } from './measure';
import { runPipelineBench } from './pipeline.bench';
import { profileCommands } from './profile';
import { machine, machineMarkdown, resultsTable } from './report';
import { feedsSummary, feedUploadSummary, gatewaySummary, pipelineSummary, SummaryRow, summaryTable, uiSummary } from './summary';
import { measureUi } from './ui-size';

const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, 'bench-results');
const FEEDS_BENCH = join(ROOT, 'libs/shared/feeds/bench/feeds.bench.ts');
/** Issue 8's floor: the pipeline may not fall below where it stood (0.40x its baseline). */
const TARGET = 0.4;
/** BENCH_CASES picks some (comma-separated); all by default. */
const CASES = ['pipeline', 'feeds', 'uploads', 'gateway', 'ui'] as const;
type Case = (typeof CASES)[number];

interface FeedsBench {
  runFeedsBench(): Promise<{ markdown: string; rows: Record<string, unknown>[] }>;
}

/** What a case adds to the run: its rows of the summary, its section of latest.md, its part of latest.json. */
interface Section {
  rows: SummaryRow[];
  markdown: string;
  json: unknown;
}

function chosenCases(): Case[] {
  const raw = process.env['BENCH_CASES'];
  if (!raw) return [...CASES];
  const chosen = raw.split(',').map((c) => c.trim());
  const unknown = chosen.filter((c) => !(CASES as readonly string[]).includes(c));
  if (unknown.length > 0) throw new Error(`BENCH_CASES names ${unknown.join(', ')}; the cases are ${CASES.join(', ')}`);
  return chosen as Case[];
}

export async function main(): Promise<void> {
  const cases = chosenCases();
  const info = machine();
  console.log(`bench: ${cases.join(', ')}\n${machineMarkdown(info)}`);
  const sections: Record<string, Section> = {};
  if (cases.includes('pipeline')) sections['pipeline'] = await pipelineSection();
  if (cases.includes('feeds')) sections['feeds'] = await feedsSection();
  if (cases.includes('uploads')) sections['uploads'] = await uploadsSection();
  if (cases.includes('gateway')) sections['gateway'] = await gatewaySection();
  if (cases.includes('ui')) sections['ui'] = uiSection();

  const summary = summaryTable(Object.values(sections).flatMap((s) => s.rows));
  const summaryMd = `## Summary (the table README.md shows)\n\n${summary}\n`;
  console.log(`\n${summaryMd}`);
  const header = `# Benchmarks\n\n${machineMarkdown(info)}\n\n${summaryMd}`;
  mkdirSync(OUT, { recursive: true });
  if (sections['pipeline']) writeFileSync(join(OUT, 'pipeline.md'), `${header}\n${sections['pipeline'].markdown}`);
  writeFileSync(join(OUT, 'latest.md'), `${header}\n${Object.values(sections).map((s) => s.markdown).join('\n')}\n`);
  const json = Object.fromEntries(Object.entries(sections).map(([name, s]) => [name, s.json]));
  writeFileSync(join(OUT, 'latest.json'), `${JSON.stringify({ machine: info, ...json }, null, 2)}\n`);
  console.log(`wrote ${join(OUT, 'latest.md')} and latest.json${sections['pipeline'] ? ' and pipeline.md' : ''}`);
}

async function pipelineSection(): Promise<Section> {
  const servers = ensureServers(); // KAFKA_BROKERS and MONGO_URL win; else deploy/local
  const events = positiveInteger('BENCH_EVENTS', 5000);
  console.log(`pipeline: ${events} events; kafka ${servers.kafkaBrokers}; mongo ${servers.mongoUrl}`);
  const profiling = process.env['BENCH_PROFILE'] === '1';
  const mongo = await new MongoClient(servers.mongoUrl, { monitorCommands: profiling }).connect();
  const report = profiling ? profileCommands(mongo) : undefined;
  const run: BenchRun = { mongo, kafkaBrokers: servers.kafkaBrokers, runId: `bench_${Date.now()}`, events, timeoutMs: 300_000,
    budgetMs: positiveInteger('BENCH_BUDGET_S', 60) * 1000 };
  try {
    console.log('baseline: driver insertMany + kafkajs send + raw consumer bulkWrite');
    const baseline = { ...(await runBaselineBench(run)), ratio: 1 };
    console.log('pipeline: handleCommand → event store → outbox relay → Kafka → KafkaEventTransport (@EventPattern) → EventConsumer → FundBalanceProjection');
    const system = await runPipelineBench(run);
    const ratio = system.eventsPerSec / baseline.eventsPerSec;
    const rows = [baseline, { ...system, ratio, target: TARGET, pass: ratio >= TARGET }];
    const note = system.events < events
      ? `\nThe pipeline issued ${system.events} of ${events} commands in its ${run.budgetMs / 1000} s budget (BENCH_BUDGET_S); those are measured.\n` : '';
    const markdown = `## Event pipeline (command → read model)\n\n${resultsTable(rows)}\n${note}`;
    console.log(`\n${markdown}`);
    if (report) console.log(`database time by command (both cases, concurrent calls overlap):\n${report()}\n`);
    return { rows: [pipelineSummary(baseline, system, TARGET)], markdown, json: rows };
  } finally {
    await mongo.close();
  }
}

/** The feeds library's bench, when that library ships it. */
async function feedsSection(): Promise<Section> {
  if (!existsSync(FEEDS_BENCH)) {
    const note = `feeds bench absent: ${FEEDS_BENCH} does not exist; skipped`;
    console.log(note);
    return { rows: [], markdown: `## Feeds\n\n_${note}._`, json: { absent: true } };
  }
  try {
    console.log('feeds: runFeedsBench()');
    const path: string = FEEDS_BENCH;
    const module = (await import(path)) as Partial<FeedsBench>;
    if (typeof module.runFeedsBench !== 'function') throw new Error('it does not export runFeedsBench()');
    const { markdown, rows } = await module.runFeedsBench();
    console.log(`\n${markdown}`);
    return { rows: rows.map(feedsSummary), markdown, json: rows };
  } catch (error) {
    const note = `feeds bench failed: ${error instanceof Error ? error.message : String(error)}`;
    console.error(note);
    return { rows: [], markdown: `## Feeds\n\n_${note}._`, json: { error: note } };
  }
}

/** Dealer feed files uploaded to dealer-feeds until their rows are on Kafka, beside the drivers alone (issue 10). */
async function uploadsSection(): Promise<Section> {
  const scale = Number(process.env['BENCH_SCALE'] ?? '1');
  console.log(`uploads: npm start's system on its own ports; repairs CSVs through POST /dealers/{code}/feed-submissions (BENCH_SCALE ${scale})`);
  const result = await runFeedUploadBench(scale);
  const { baseline, uploads, rss } = result;
  const line = (r: { case: string; rows: number; seconds: number; rowsPerSecond: number; rowsEmitted: number }) =>
    `| ${r.case} | ${r.rows} | ${r.seconds.toFixed(1)} | ${r.rowsPerSecond.toFixed(0)} | ${r.rowsEmitted} |`;
  const markdown = `## Feed uploads (file to rows durable in Kafka)\n\n| case | rows | seconds | rows/s | rows emitted |\n|---|---:|---:|---:|---:|\n` +
    [baseline.utf8, uploads.utf8, baseline.gbk, uploads.gbk, uploads.resubmission].map(line).join('\n') +
    `\n\ndealer-feeds peak RSS: ${rss.smallMiB} MiB after ${rss.smallRows} rows, ${rss.largeMiB} MiB after ${rss.largeRows} rows\n`;
  console.log(`\n${markdown}`);
  return { rows: feedUploadSummary(result), markdown, json: result };
}

async function gatewaySection(): Promise<Section> {
  console.log(`gateway: npm start's system on its own ports; ${CLIENTS} clients read a fund balance through the gateway and straight`);
  const { direct, gateway } = await runGatewayBench();
  const ms = (n: number) => n.toFixed(1);
  const markdown = `## Gateway (signed-in reads of a fund balance, ${CLIENTS} clients)\n\n| case | requests | requests/s | p50 ms | p95 ms |\n|---|---:|---:|---:|---:|\n` +
    [direct, gateway].map((r) => `| ${r.case} | ${r.requests} | ${r.requestsPerSec.toFixed(0)} | ${ms(r.p50Ms)} | ${ms(r.p95Ms)} |`).join('\n');
  console.log(`\n${markdown}`);
  return { rows: gatewaySummary(direct, gateway, CLIENTS), markdown, json: { direct, gateway } };
}

function uiSection(): Section {
  console.log('ui: vite build into tmp/bench-ui with its manifest; JavaScript gzipped (zlib level 9)');
  const sizes = measureUi();
  const markdown = `## UI bundle (JavaScript, gzipped)\n\n- shell (entry, sign-in page and their static imports): ${sizes.shellBytes} bytes\n` +
    `- largest page beyond the shell: ${sizes.largestPage.name}, ${sizes.largestPage.bytes} bytes\n`;
  console.log(`\n${markdown}`);
  return { rows: uiSummary(sizes), markdown, json: sizes };
}
