/** A log line decided by the recovery logic; the caller writes it to its logger. */
export interface LogLine {
  level: 'error' | 'warn' | 'info';
  message: string;
  fields: Record<string, unknown>;
}

export interface BackoffOptions {
  /** First delay (default 250 ms); each later one doubles it. */
  initialMs?: number;
  /** The longest delay (default 30 s). */
  maxMs?: number;
}

/**
 * Exponential back-off with a cap: 250 ms, 500 ms, 1 s … 30 s, 30 s … until `reset` after a
 * success. No jitter: one process retries one thing at a time, so there is no herd to spread.
 */
export class Backoff {
  private failures = 0;
  private readonly initialMs: number;
  private readonly maxMs: number;

  constructor(options: BackoffOptions = {}) {
    this.initialMs = options.initialMs ?? 250;
    this.maxMs = options.maxMs ?? 30_000;
  }

  /** Failures since the last success. */
  get attempt(): number {
    return this.failures;
  }

  /** Counts a failure and returns how long to wait before the next attempt. */
  next(): number {
    this.failures++;
    return Math.min(this.maxMs, this.initialMs * 2 ** Math.min(this.failures - 1, 30));
  }

  reset(): void {
    this.failures = 0;
  }
}

/**
 * The log lines of one thing that fails and is retried (the relay, a consumer, start-up): the
 * first failure with its error, then one line per back-off step with the attempt number, and
 * one line when it works again. A broker outage of an hour is about 130 lines, not 100,000.
 */
export class FailureLog {
  private failures = 0;
  private since = 0;

  constructor(
    /** What is failing, as the start of a sentence ("outbox relay", "consumer settlements.terms"). */
    private readonly subject: string,
    /** The level of the first failure; later ones are warnings. */
    private readonly firstLevel: 'error' | 'warn' = 'error',
  ) {}

  get failing(): boolean {
    return this.failures > 0;
  }

  failed(error: unknown, retryInMs: number, now = Date.now()): LogLine {
    this.failures++;
    if (this.failures === 1) this.since = now;
    const fields = { error: errorText(error), attempt: this.failures, retryInMs };
    return this.failures === 1
      ? { level: this.firstLevel, message: `${this.subject} failed; retrying in ${retryInMs} ms`, fields }
      : { level: 'warn', message: `${this.subject} still failing (attempt ${this.failures}); retrying in ${retryInMs} ms`, fields };
  }

  /** The recovery line after failures, or nothing when it never failed. */
  succeeded(now = Date.now()): LogLine | undefined {
    if (this.failures === 0) return undefined;
    const line: LogLine = {
      level: 'info',
      message: `${this.subject} recovered after ${this.failures} failed attempt${this.failures === 1 ? '' : 's'}`,
      fields: { attempts: this.failures, downMs: now - this.since },
    };
    this.failures = 0;
    return line;
  }
}

export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
