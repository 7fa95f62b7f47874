import { createTestContext, TestContext } from '@aftersales/testing';
import { createKafka, ensureTopics, physicalTopic } from '@aftersales/kafka';
import { FeedsEvents, TOPICS } from '@aftersales/integration-events';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Consumer, Kafka } from 'kafkajs';
import { Agent, fetch as undiciFetch, FormData as UndiciFormData } from 'undici';
import { actorHeaders } from '../demo/actor.mjs';
import { startStack, Stack } from '../stack.mjs';
import { consumersQuiet } from './consumers-quiet';
import { benchRepairs, BenchFile, rawBaseline } from './feed-upload.baseline';
import { serviceRss } from './process-rss';

const DIR = join(tmpdir(), 'feed-upload-bench');

/** What one upload took: from the first byte sent to the last of its rows durable in Kafka. */
export interface UploadResult {
  case: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** Rows its FeedRowsChanged events carried (a resubmission: only the changed ones). */
  rowsEmitted: number;
  /** What it should have emitted: every row, or only the changed ones. */
  expectedEmitted: number;
  /** How long the consumers took, before this upload, to catch up with the uploads before it (the baseline: 0, it has none). */
  settledSeconds: number;
}

/** Counts the rows of FeedRowsChanged per dealer × period × version as they arrive on feeds.events.v1. */
class EmittedRows {
  private readonly counts = new Map<string, number>();
  constructor(private readonly consumer: Consumer, readonly kafka: Kafka, readonly topicPrefix: string) {}

  static async start(kafkaBrokers: string, topicPrefix: string): Promise<EmittedRows> {
    const settings = { brokers: kafkaBrokers, clientId: 'bench-feed-upload', topicPrefix };
    const kafka = createKafka(settings);
    await ensureTopics(kafka, settings, [TOPICS.feeds]);
    const consumer = kafka.consumer({ groupId: `${topicPrefix}bench-feed-upload`, maxBytes: 64 * 1024 * 1024 });
    const emitted = new EmittedRows(consumer, kafka, topicPrefix);
    await consumer.connect();
    await consumer.subscribe({ topic: physicalTopic(settings, TOPICS.feeds), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        if (message.headers?.['type']?.toString() !== FeedsEvents.FeedRowsChanged.type) return;
        const event = JSON.parse(message.value?.toString('utf8') ?? '{}') as { data: { dealerCode: string; period: string; version: number; changes: unknown[] } };
        const key = `${event.data.dealerCode}|${event.data.period}|${event.data.version}`;
        emitted.counts.set(key, (emitted.counts.get(key) ?? 0) + event.data.changes.length);
      },
    });
    return emitted;
  }

  count(dealer: string, period: string, version: number): number {
    return this.counts.get(`${dealer}|${period}|${version}`) ?? 0;
  }

  stop = () => this.consumer.disconnect();
}

const PATIENT = new Agent({ headersTimeout: 0, bodyTimeout: 0 });

async function upload(stack: Stack, secret: string, file: BenchFile): Promise<{ version: number; status: number; body: unknown }> {
  const path = `/dealers/${file.dealer}/feed-submissions?period=${file.period}&kind=repairs${file.encoding === 'gbk' ? '&encoding=gbk' : ''}`;
  const form = new UndiciFormData();
  const blob = await fileBlob(file.path);
  form.append('file', blob, file.path.split('/').pop());
  // The service answers once the file is read and its version recorded: no headers timeout for a large file.
  const res = await undiciFetch(`${stack.urls['dealer-feeds']}${path}`, { method: 'POST', headers: actorHeaders('bench', 'POST', path, secret), body: form, dispatcher: PATIENT });
  const body = (await res.json()) as { submissions?: { version: number }[] };
  if (res.status !== 201) throw new Error(`upload of ${file.path}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 2000)}`);
  return { version: body.submissions?.[0]?.version ?? 0, status: res.status, body };
}

/** undici's FormData takes a Blob: Node 20's fs.openAsBlob streams it from the disk when sent. */
async function fileBlob(path: string): Promise<Blob> {
  const { openAsBlob } = (await import('node:fs')) as unknown as { openAsBlob(path: string): Promise<Blob> };
  return openAsBlob(path);
}

async function timedUpload(stack: Stack, secret: string, emitted: EmittedRows, file: BenchFile, name: string, expected: number): Promise<UploadResult> {
  const settledSeconds = await consumersQuiet(emitted.kafka, emitted.topicPrefix);
  console.log(`feed upload: the consumers caught up with the uploads before in ${settledSeconds.toFixed(1)} s`);
  const started = process.hrtime.bigint();
  const { version } = await upload(stack, secret, file);
  const deadline = Date.now() + 900_000;
  while (emitted.count(file.dealer, file.period, version) < expected) {
    if (Date.now() > deadline) throw new Error(`${name}: ${emitted.count(file.dealer, file.period, version)} of ${expected} rows reached Kafka in 15 minutes`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`feed upload: ${name}: ${file.rows} rows in ${seconds.toFixed(1)} s`);
  return { case: name, rows: file.rows, seconds, rowsPerSecond: file.rows / seconds, rowsEmitted: emitted.count(file.dealer, file.period, version),
    expectedEmitted: expected, settledSeconds };
}

export interface FeedUploadBench {
  baseline: { utf8: UploadResult; gbk: UploadResult };
  uploads: { utf8: UploadResult; gbk: UploadResult; resubmission: UploadResult };
  rss: { smallRows: number; smallMiB: number; largeRows: number; largeMiB: number };
}

/**
 * The dealer-feeds service as npm start runs it (demo data, its own ports, databases and topics):
 * repairs CSVs uploaded through POST /dealers/{code}/feed-submissions until all their rows are on
 * feeds.events.v1, beside the raw baseline (papaparse + driver insertMany + kafkajs sendBatch) of the
 * same files in the same run; the service's peak RSS after 100,000 rows and after 1,000,000; and a
 * resubmission with 1% of the rows changed. Each timed upload starts once the system's consumers
 * have caught up with the uploads before it (consumersQuiet; the time they took is reported).
 */
export async function runFeedUploadBench(scale = 1): Promise<FeedUploadBench> {
  mkdirSync(DIR, { recursive: true });
  const rows = (n: number) => Math.max(1000, Math.round(n * scale));
  const files = {
    small: await benchRepairs(DIR, { dealer: 'D0006', period: '2026-10', rows: rows(100_000), encoding: 'utf-8' }),
    utf8: await benchRepairs(DIR, { dealer: 'D0001', period: '2026-10', rows: rows(200_000), encoding: 'utf-8' }),
    changed: await benchRepairs(DIR, { dealer: 'D0001', period: '2026-10', rows: rows(200_000), encoding: 'utf-8', changedPercent: 1 }),
    gbk: await benchRepairs(DIR, { dealer: 'D0005', period: '2026-10', rows: rows(200_000), encoding: 'gbk' }),
    large: await benchRepairs(DIR, { dealer: 'D0006', period: '2026-11', rows: rows(1_000_000), encoding: 'utf-8' }),
  };
  const ctx: TestContext = await createTestContext('benchfeeds');
  const secret = randomBytes(32).toString('base64url');
  console.log('feed upload: the raw baseline (papaparse + insertMany + sendBatch)');
  const baseline = {
    utf8: await rawBaseline(ctx, files.utf8, 'baseline UTF-8'),
    gbk: await rawBaseline(ctx, files.gbk, 'baseline GBK'),
  };
  console.log('feed upload: starting the system (npm start, demo data)');
  const stack = await startStack({ kafkaBrokers: ctx.kafkaBrokers, mongoUrl: ctx.mongoUrl, dbPrefix: `${ctx.dbName}_`, topicPrefix: ctx.topicPrefix,
    env: { UI_BUILD: 'false', ACTOR_SECRET: secret, FEEDS_MAX_BYTES: String(2 ** 40) } });
  const emitted = await EmittedRows.start(ctx.kafkaBrokers, ctx.topicPrefix);
  try {
    const port = Number(new URL(stack.urls['dealer-feeds'] ?? '').port);
    await timedUpload(stack, secret, emitted, files.small, 'repairs CSV UTF-8 (memory, small)', files.small.rows);
    const smallMiB = serviceRss(port);
    const utf8 = await timedUpload(stack, secret, emitted, files.utf8, 'repairs CSV UTF-8', files.utf8.rows);
    const gbk = await timedUpload(stack, secret, emitted, files.gbk, 'repairs CSV GBK', files.gbk.rows);
    const resubmission = await timedUpload(stack, secret, emitted, files.changed, 'repairs CSV UTF-8, 1% changed, resubmitted', files.changed.changed);
    await timedUpload(stack, secret, emitted, files.large, 'repairs CSV UTF-8 (memory, large)', files.large.rows);
    const largeMiB = serviceRss(port);
    return { baseline, uploads: { utf8, gbk, resubmission }, rss: { smallRows: files.small.rows, smallMiB, largeRows: files.large.rows, largeMiB } };
  } finally {
    await emitted.stop().catch(() => undefined);
    await stack.stop();
    for (const db of stack.databases) await ctx.mongo.db(`${ctx.dbName}_${db}`).dropDatabase().catch(() => undefined);
    await ctx.dispose();
  }
}
