import 'reflect-metadata';
import { ensureServers } from '@aftersales/testing';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MongoClient } from 'mongodb';
import { runBaselineBench } from './baseline.bench';
import { BenchRun, positiveInteger } from './measure';
import { runPipelineBench } from './pipeline.bench';
import { profileCommands } from './profile';
import { machine, machineMarkdown, resultsTable } from './report';
import { feedsSummary, pipelineSummary, summaryTable } from './summary';

const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, 'bench-results');
const FEEDS_BENCH = join(ROOT, 'libs/shared/feeds/bench/feeds.bench.ts');
/** Issue 8's floor: the pipeline may not fall below where it stood (0.40x its baseline). */
const TARGET = 0.4;

interface FeedsBench {
  runFeedsBench(): Promise<{ markdown: string; rows: Record<string, unknown>[] }>;
}

export async function main(): Promise<void> {
  const servers = ensureServers(); // KAFKA_BROKERS and MONGO_URL win; else deploy/local
  const events = positiveInteger('BENCH_EVENTS', 5000);
  const info = machine();
  console.log(`bench: ${events} events; kafka ${servers.kafkaBrokers}; mongo ${servers.mongoUrl}\n${machineMarkdown(info)}`);

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
    const pipelineMd = `## Event pipeline (command → read model)\n\n${resultsTable(rows)}\n${note}`;
    console.log(`\n${pipelineMd}`);
    if (report) console.log(`database time by command (both cases, concurrent calls overlap):\n${report()}\n`);

    const feeds = await feedsSection();
    const feedRows = Array.isArray(feeds.json) ? feeds.json as Record<string, unknown>[] : [];
    const summary = summaryTable([pipelineSummary(baseline, system, TARGET), ...feedRows.map(feedsSummary)]);
    const summaryMd = `## Summary (the table README.md shows)\n\n${summary}\n`;
    console.log(`\n${summaryMd}`);
    const header = `# Benchmarks\n\n${machineMarkdown(info)}\n\n${summaryMd}`;
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'pipeline.md'), `${header}\n${pipelineMd}`);
    writeFileSync(join(OUT, 'latest.md'), `${header}\n${pipelineMd}\n${feeds.markdown}\n`);
    writeFileSync(join(OUT, 'latest.json'), `${JSON.stringify({ machine: info, pipeline: rows, feeds: feeds.json }, null, 2)}\n`);
    console.log(`wrote ${join(OUT, 'latest.md')}, latest.json and pipeline.md`);
  } finally {
    await mongo.close();
  }
}

/** The feeds library's bench, when that library ships it. */
async function feedsSection(): Promise<{ markdown: string; json: unknown }> {
  if (!existsSync(FEEDS_BENCH)) {
    const note = `feeds bench absent: ${FEEDS_BENCH} does not exist; skipped`;
    console.log(note);
    return { markdown: `## Feeds\n\n_${note}._`, json: { absent: true } };
  }
  try {
    console.log('feeds: runFeedsBench()');
    const path: string = FEEDS_BENCH;
    const module = (await import(path)) as Partial<FeedsBench>;
    if (typeof module.runFeedsBench !== 'function') throw new Error('it does not export runFeedsBench()');
    const { markdown, rows } = await module.runFeedsBench();
    console.log(`\n${markdown}`);
    return { markdown, json: rows };
  } catch (error) {
    const note = `feeds bench failed: ${error instanceof Error ? error.message : String(error)}`;
    console.error(note);
    return { markdown: `## Feeds\n\n_${note}._`, json: { error: note } };
  }
}
