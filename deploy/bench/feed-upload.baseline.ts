import { RepairRow, writeFeedCsv } from '@aftersales/feeds';
import { createKafka, ensureTopics, physicalTopic } from '@aftersales/kafka';
import { TestContext } from '@aftersales/testing';
import { createReadStream, createWriteStream, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { deliveriesOf } from '../demo/network-data.mjs';
import type { UploadResult } from './feed-upload.bench';

/** A repairs CSV of the bench: a demo dealer's month, its delivered units and its first certified technician. */
export interface BenchFile {
  path: string;
  dealer: string;
  period: string;
  rows: number;
  encoding: 'utf-8' | 'gbk';
  /** Rows that differ from the file without `changedPercent` (a resubmission's corrections). */
  changed: number;
}

interface FileSpec { dealer: string; period: string; rows: number; encoding: 'utf-8' | 'gbk'; changedPercent?: number }

function* repairs({ dealer, period, rows, changedPercent = 0 }: FileSpec): Generator<RepairRow> {
  const units = deliveriesOf(dealer);
  const every = changedPercent > 0 ? Math.round(100 / changedPercent) : 0;
  for (let i = 1; i <= rows; i++) {
    const unit = units[i % units.length];
    if (!unit) throw new Error(`${dealer} has no demo deliveries`);
    const day = String(1 + (i % 28)).padStart(2, '0');
    // 09:15 to 16:30 in Shanghai (UTC+8), within the period
    const at = (hhmm: string) => new Date(`${period}-${day}T${hhmm}:00+08:00`);
    yield Object.assign(new RepairRow(), {
      record_no: `B${period.replace('-', '')}-${i}`, serial_no: unit.serialNo, model: unit.model,
      reported_at: at('09:15'), responded_at: at('09:40'), arrived_at: at('11:00'), resolved_at: at('16:30'),
      fault_level: (i % 4) + 1, fault_code: `E-${100 + (i % 40)}`,
      description: every > 0 && i % every === 0 ? `更換列印頭後複測正常（更正 ${i}）` : '開機無顯示，更換電源板後正常',
      technician_id: `CERT-${dealer}-1`, labour_code: 'L-20', labour_fee: 12_050, service_mode: 'onsite', first_time_fix: true,
      loaner: false, customer_name: '王小明', customer_phone: '13800138000', customer_signed: true,
    });
  }
}

/** The file, written once and kept in `dir` (the same bytes each run). */
export async function benchRepairs(dir: string, spec: FileSpec): Promise<BenchFile> {
  const name = `repairs-${spec.dealer}-${spec.period}-${spec.rows}-${spec.encoding}${spec.changedPercent ? `-changed${spec.changedPercent}` : ''}.csv`;
  const path = join(dir, name);
  if (!existsSync(path)) {
    await pipeline(writeFeedCsv('repairs', repairs(spec), { encoding: spec.encoding, headers: 'traditional' }), createWriteStream(`${path}.part`));
    renameSync(`${path}.part`, path);
  }
  const every = spec.changedPercent ? Math.round(100 / spec.changedPercent) : 0;
  return { path, dealer: spec.dealer, period: spec.period, rows: spec.rows, encoding: spec.encoding, changed: every ? Math.floor(spec.rows / every) : 0 };
}

const BATCH = 1000;
const ROWS_PER_MESSAGE = 500;

/** The same file by the drivers alone: papaparse, insertMany of 1,000 rows, kafkajs sendBatch of 500-row messages (acks all). */
export async function rawBaseline(ctx: TestContext, file: BenchFile, name: string): Promise<UploadResult> {
  const db = ctx.mongo.db(`${ctx.dbName}_baseline`);
  const rows = db.collection<Record<string, unknown>>(`raw_rows_${file.encoding}`);
  const settings = { brokers: ctx.kafkaBrokers, clientId: 'bench-feed-baseline', topicPrefix: `${ctx.topicPrefix}baseline.` };
  const kafka = createKafka(settings);
  await ensureTopics(kafka, settings, ['rows']);
  const topic = physicalTopic(settings, 'rows');
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const started = process.hrtime.bigint();
  let count = 0;
  const flush = async (batch: Record<string, unknown>[]) => {
    const messages = [];
    for (let i = 0; i < batch.length; i += ROWS_PER_MESSAGE) {
      messages.push({ key: file.dealer, value: JSON.stringify({ rows: batch.slice(i, i + ROWS_PER_MESSAGE) }) });
    }
    await Promise.all([rows.insertMany(batch.map((r) => ({ ...r })), { ordered: false }), producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages }] })]);
  };
  try {
    const text = createReadStream(file.path).pipe(iconv.decodeStream(file.encoding === 'gbk' ? 'gb18030' : 'utf-8'));
    let batch: Record<string, unknown>[] = [];
    for await (const row of text.pipe(Papa.parse(Papa.NODE_STREAM_INPUT, { header: true })) as AsyncIterable<Record<string, unknown>>) {
      batch.push(row);
      count += 1;
      if (batch.length === BATCH) {
        await flush(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await flush(batch);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(`feed upload: ${name}: ${count} rows in ${seconds.toFixed(1)} s`);
    return { case: name, rows: count, seconds, rowsPerSecond: count / seconds, rowsEmitted: count, expectedEmitted: count, settledSeconds: 0 };
  } finally {
    await producer.disconnect().catch(() => undefined);
    await db.dropDatabase().catch(() => undefined);
  }
}
