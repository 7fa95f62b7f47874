import { Backoff, BackoffOptions, errorText, FailureLog, LogLine } from '@aftersales/kafka';

/** The relay's attempts: the back-off between failures, their log lines, and what /health reads. */
export class RelayProgress {
  /** The last attempt that got through (epoch ms). */
  lastProgress = Date.now();
  lastError: string | null = null;
  private readonly backoff: Backoff;
  private readonly failures = new FailureLog('outbox relay');

  constructor(options: BackoffOptions | undefined, private readonly log: (line: LogLine) => void) {
    this.backoff = new Backoff(options);
  }

  get failing(): boolean {
    return this.failures.failing;
  }

  /** Failed attempts in a row. */
  get attempt(): number {
    return this.backoff.attempt;
  }

  succeeded(): void {
    this.lastProgress = Date.now();
    this.backoff.reset();
    this.lastError = null;
    const line = this.failures.succeeded();
    if (line) this.log(line);
  }

  /** Logs the failure and returns how long to wait before the next attempt. */
  failed(error: unknown): number {
    this.lastError = errorText(error);
    const delay = this.backoff.next();
    this.log(this.failures.failed(error, delay));
    return delay;
  }
}
