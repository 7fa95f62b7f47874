import { performance } from 'node:perf_hooks';
import type { MongoClient } from 'mongodb';

export interface CaseResult {
  case: string;
  events: number;
  eventsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** events/s divided by the baseline's events/s (1 for the baseline itself). */
  ratio?: number;
  target?: number;
  pass?: boolean;
}

/**
 * Latency from "command started" to "read model written", per event key, and throughput
 * from the first start to the last write. Duplicates (redeliveries) count once.
 */
export class LatencyTracker {
  private readonly started = new Map<string, number>();
  private readonly latencies: number[] = [];
  private firstStart = Number.NaN;
  private lastDone = Number.NaN;
  private resolve: () => void = () => undefined;
  readonly finished = new Promise<void>((resolve) => (this.resolve = resolve));

  constructor(readonly label: string, public expected: number, private readonly progressEvery = 1000) {}

  /** Started keys so far: after the time budget, only these are waited for. */
  get startedCount(): number {
    return this.started.size + this.applied;
  }

  /** Stops expecting more than what was started (the time budget ran out). */
  truncate(): void {
    this.expected = this.startedCount;
    if (this.applied >= this.expected) this.resolve();
  }

  get applied(): number {
    return this.latencies.length;
  }

  start(keys: string[]): void {
    const now = performance.now();
    if (Number.isNaN(this.firstStart)) this.firstStart = now;
    for (const key of keys) this.started.set(key, now);
  }

  done(keys: string[]): void {
    const now = performance.now();
    for (const key of keys) {
      const start = this.started.get(key);
      if (start === undefined) continue;
      this.started.delete(key);
      this.latencies.push(now - start);
      this.lastDone = now;
      if (this.applied % this.progressEvery === 0) this.progress('applied to the read model');
      if (this.applied === this.expected) this.resolve();
    }
  }

  progress(what: string, count = this.applied): void {
    const seconds = (performance.now() - this.firstStart) / 1000;
    console.log(`  [${this.label}] ${count}/${this.expected} ${what} (${seconds.toFixed(1)} s)`);
  }

  /** Resolves when every expected key is done; fails clearly after `timeoutMs`. */
  async wait(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(
        `${this.label}: only ${this.applied}/${this.expected} events reached the read model in ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.finished, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  result(): CaseResult {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const seconds = (this.lastDone - this.firstStart) / 1000;
    return {
      case: this.label,
      events: sorted.length,
      eventsPerSec: sorted.length / seconds,
      p50Ms: percentile(sorted, 0.5),
      p99Ms: percentile(sorted, 0.99),
    };
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

/** Runs `count` jobs with at most `concurrency` in flight; `job(worker, index)`. */
export async function inParallel(count: number, concurrency: number,
  job: (worker: number, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (w: number) => {
    while (next < count) await job(w, next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, (_, w) => worker(w)));
}

export interface BenchRun {
  mongo: MongoClient;
  kafkaBrokers: string;
  /** Unique per run: database names and the topic prefix start with it. */
  runId: string;
  events: number;
  timeoutMs: number;
  /** Commands are issued for at most this long; the events issued by then are measured. */
  budgetMs: number;
}

export const quietLogger = {
  warn: (message: string, fields?: Record<string, unknown>) => console.warn(`  warn: ${message}`, fields ?? ''),
  error: (message: string, fields?: Record<string, unknown>) => console.error(`  error: ${message}`, fields ?? ''),
};

/** A setting from the environment that must be a positive integer; a clear error otherwise. */
export function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, not ${raw}`);
  return value;
}
