/**
 * Feeds benchmark: validated reading against a raw baseline in the same run, each case
 * in a fresh child process so its peak RSS is its own.
 *   node -r @swc-node/register libs/shared/feeds/bench/feeds.bench.ts   (BENCH_SCALE=0.1 for a quick run)
 */
import { fork } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { readFeed, writeFeedCsv, writeFeedXlsx } from '../src/index';
import { sampleRow } from '../src/testing/feed-fixtures';

const SCALE = Number(process.env.BENCH_SCALE ?? '1');
const size = (rows: number) => Math.max(1000, Math.round(rows * SCALE));
const DIR = join(tmpdir(), 'feeds-bench');
const BIG = { maxBytes: 2 ** 40, maxRows: 10_000_000 };

interface Case {
  name: string;
  file: string;
  rows: number;
  format: 'csv' | 'xlsx';
  encoding?: 'utf-8' | 'gbk';
  target: number;
}

function* repairs(count: number) {
  for (let i = 1; i <= count; i++) yield sampleRow('repairs', i);
}

async function generate(c: Case): Promise<void> {
  if (existsSync(c.file)) return;
  if (c.format === 'csv') {
    await pipeline(writeFeedCsv('repairs', repairs(c.rows), { encoding: c.encoding, headers: 'traditional' }), createWriteStream(c.file));
  } else {
    const target = createWriteStream(c.file);
    await writeFeedXlsx(target, [{ kind: 'repairs', rows: repairs(c.rows) }]);
    await new Promise((resolve) => target.on('close', () => resolve(undefined)));
  }
}

/** In the child: reads the file once, validated or raw, and reports rows, seconds, peak RSS. */
async function measure(mode: 'feeds' | 'baseline', c: Case) {
  const started = process.hrtime.bigint();
  let rows = 0;
  if (mode === 'feeds') {
    const reading = readFeed(c.file, { kind: 'repairs', period: '2024-03', ...BIG });
    for await (const _ of reading) rows += 1;
    const summary = await reading.summary();
    if (!summary.ok) throw new Error(JSON.stringify(summary.problems.slice(0, 3)));
  } else if (c.format === 'csv') {
    const text = createReadStream(c.file).pipe(iconv.decodeStream(c.encoding === 'gbk' ? 'gb18030' : 'utf-8'));
    for await (const _ of text.pipe(Papa.parse(Papa.NODE_STREAM_INPUT, {}))) rows += 1;
    rows -= 1; // header
  } else {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(c.file, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit' });
    for await (const sheet of reader) for await (const _ of sheet) rows += 1;
    rows -= 1;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { rows, seconds, peakRssMiB: process.resourceUsage().maxRSS / 1024 };
}

function inChild(mode: string, c: Case, nodeOptions: string[] = []): Promise<{ rows: number; seconds: number; peakRssMiB: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--child', mode, JSON.stringify(c)], {
      execArgv: ['-r', '@swc-node/register', ...nodeOptions],
      env: { ...process.env, SWC_NODE_PROJECT: process.env.SWC_NODE_PROJECT ?? 'tsconfig.base.json' },
    });
    child.on('message', (m) => resolve(m as never));
    child.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`${mode} ${c.name} exited ${code}`))));
  });
}

export async function runFeedsBench(): Promise<{ markdown: string; rows: unknown[] }> {
  mkdirSync(DIR, { recursive: true });
  const csvRows = size(200_000);
  const cases: Case[] = [
    { name: `repairs CSV UTF-8 ${csvRows}`, file: join(DIR, `repairs-utf8-${csvRows}.csv`), rows: csvRows, format: 'csv', encoding: 'utf-8', target: 0.5 },
    { name: `repairs CSV GBK ${csvRows}`, file: join(DIR, `repairs-gbk-${csvRows}.csv`), rows: csvRows, format: 'csv', encoding: 'gbk', target: 0.5 },
    { name: `repairs XLSX ${size(100_000)}`, file: join(DIR, `repairs-${size(100_000)}.xlsx`), rows: size(100_000), format: 'xlsx', target: 0.7 },
  ];
  const rows: Record<string, unknown>[] = [];
  for (const c of cases) {
    await generate(c);
    const feeds = await inChild('feeds', c);
    const base = await inChild('baseline', c);
    const ratio = feeds.seconds > 0 ? base.seconds / feeds.seconds : 0;
    rows.push({
      case: c.name,
      rowsPerSecond: Math.round(feeds.rows / feeds.seconds),
      baselineRowsPerSecond: Math.round(base.rows / base.seconds),
      ratio: Number(ratio.toFixed(2)),
      target: `≥ ${c.target}`,
      met: ratio >= c.target,
      peakRssMiB: Math.round(feeds.peakRssMiB),
      baselinePeakRssMiB: Math.round(base.peakRssMiB),
    });
  }
  rows.push(await memoryScaling());
  return { markdown: toMarkdown(rows), rows };
}

/**
 * The memory children run with a bounded old space. Unbounded, V8 on a machine with plenty of
 * RAM grows its heap lazily and collects late, and the peak RSS of identical runs varied from
 * 208 to 330 MiB: the ratio said more about the collector than about the reader. Under the cap
 * a reader whose memory grows with the file runs out and the case fails.
 */
const MEMORY_CHILD_OPTIONS = ['--max-old-space-size=128'];

/** Peak RSS of a validated read at 10× the rows must stay within 1.5× (memory is flat). */
async function memoryScaling(): Promise<Record<string, unknown>> {
  const [small, large] = [size(100_000), size(1_000_000)];
  const at = async (count: number) => {
    const c: Case = { name: `rss ${count}`, file: join(DIR, `repairs-utf8-${count}.csv`), rows: count, format: 'csv', encoding: 'utf-8', target: 0 };
    await generate(c);
    return inChild('feeds', c, MEMORY_CHILD_OPTIONS);
  };
  const [a, b] = [await at(small), await at(large)];
  const ratio = b.peakRssMiB / a.peakRssMiB;
  return {
    case: `peak RSS CSV ${large} vs ${small} rows`,
    rowsPerSecond: Math.round(b.rows / b.seconds),
    baselineRowsPerSecond: '',
    ratio: Number(ratio.toFixed(2)),
    target: '≤ 1.5',
    met: ratio <= 1.5,
    peakRssMiB: `${Math.round(b.peakRssMiB)} vs ${Math.round(a.peakRssMiB)}`,
    baselinePeakRssMiB: '',
  };
}

function toMarkdown(rows: Record<string, unknown>[]): string {
  const head = ['case', 'rows/s', 'baseline rows/s', 'ratio', 'target', 'met', 'peak RSS MiB', 'baseline peak RSS MiB'];
  const lines = rows.map((r) => `| ${Object.values(r).join(' | ')} |`);
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...lines].join('\n');
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') {
    const result = await measure(process.argv[3] as 'feeds' | 'baseline', JSON.parse(process.argv[4]) as Case);
    process.send?.(result);
    return;
  }
  const { markdown, rows } = await runFeedsBench();
  console.log(markdown);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/feeds.json', JSON.stringify({ scale: SCALE, at: new Date().toISOString(), rows }, null, 2));
  writeFileSync('bench-results/feeds.md', `# Feeds benchmark (BENCH_SCALE=${SCALE})\n\n${markdown}\n`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
