import { Backoff, errorText, FailureLog, LogLine } from '@aftersales/kafka';

/**
 * What a service does with Kafka at start, in the background: create its topics (retried with
 * back-off while the broker is down or still electing leaders), then start what needs them.
 */
export class KafkaStartup {
  ready = false;
  /** The last failure while it is not ready yet. */
  error: string | null = null;
  private stopped = false;
  private running?: Promise<void>;
  private wake?: () => void;
  private markReady!: () => void;
  readonly whenReady = new Promise<void>((resolve) => (this.markReady = resolve));

  constructor(private readonly log: (line: LogLine) => void) {}

  begin(createTopics: () => Promise<void>, then: () => void): void {
    this.running ??= this.run(createTopics, then);
  }

  /** Waits up to `graceMs` for an attempt in flight; nothing is started after this. */
  async stop(graceMs = 5_000): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await Promise.race([this.running, new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
  }

  private async run(createTopics: () => Promise<void>, then: () => void): Promise<void> {
    const backoff = new Backoff();
    const failures = new FailureLog('creating Kafka topics', 'warn');
    while (!this.stopped) {
      try {
        await createTopics();
        break;
      } catch (error) {
        if (this.stopped) return;
        this.error = errorText(error);
        const delay = backoff.next();
        this.log(failures.failed(error, delay));
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          this.wake = () => (clearTimeout(timer), resolve());
        });
      }
    }
    if (this.stopped) return;
    const recovered = failures.succeeded();
    if (recovered) this.log(recovered);
    this.ready = true;
    this.error = null;
    then();
    this.markReady();
  }
}
