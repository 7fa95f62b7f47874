import { Backoff, BackoffOptions, errorText, FailureLog, LogLine } from './recovery';

export type Timer = ReturnType<typeof setTimeout>;

/** Time and timers, injectable so the decisions below are tested without waiting. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): Timer;
  clearTimeout(timer: Timer): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  // Unref'd: a pending retry must not keep a process alive that is otherwise done.
  setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimeout: (timer) => clearTimeout(timer),
};

/** A client the supervisor can create anew: each generation is a fresh kafkajs client. */
export interface Recreatable {
  /** Creates, connects and runs a new client; a failure later is reported to `Supervisor.failed`. */
  launch(generation: number): Promise<void>;
  /** Disconnects that generation's client, best effort: it may be dead already. */
  teardown(generation: number): Promise<void>;
}

export type SupervisedState = 'idle' | 'starting' | 'running' | 'recreating' | 'stopping' | 'stopped';

export interface SupervisorOptions {
  /** What is supervised, for log lines ("consumer settlements.terms"). */
  subject: string;
  log: (line: LogLine) => void;
  backoff?: BackoffOptions;
  /** Running this long without a failure counts as recovered (default 10 s). */
  stableMs?: number;
  /** The longest wait for a failed client to disconnect before its successor starts (default 30 s). */
  teardownTimeoutMs?: number;
  clock?: Clock;
}

/**
 * Keeps a client alive: whatever made it fail (a crash kafkajs will not restart, a stop nobody
 * asked for, a run loop that died), the client is torn down and a new one launched after an
 * exponential, capped back-off. Reports from an older generation are ignored, so one failure
 * seen twice (kafkajs emits STOP then CRASH) recreates once.
 */
export class Supervisor {
  private current = 0;
  private failedGeneration = 0;
  private stateNow: SupervisedState = 'idle';
  private changedAt: number;
  private retryTimer?: Timer;
  private stableTimer?: Timer;
  private tearingDown: Promise<void> = Promise.resolve();
  private readonly backoff: Backoff;
  private readonly failures: FailureLog;
  private readonly clock: Clock;
  restarts = 0;
  lastError?: string;

  constructor(private readonly client: Recreatable, private readonly options: SupervisorOptions) {
    this.clock = options.clock ?? systemClock;
    this.backoff = new Backoff(options.backoff);
    this.failures = new FailureLog(options.subject);
    this.changedAt = this.clock.now();
  }

  get state(): SupervisedState {
    return this.stateNow;
  }

  /** When the state last changed (epoch ms). */
  get since(): number {
    return this.changedAt;
  }

  get generation(): number {
    return this.current;
  }

  get stopping(): boolean {
    return this.stateNow === 'stopping' || this.stateNow === 'stopped';
  }

  start(): void {
    if (this.stateNow !== 'idle') return;
    this.set('starting');
    this.launchNext();
  }

  /** That generation's client is running (joined its group). */
  running(generation: number): void {
    if (!this.isCurrent(generation)) return;
    this.set('running');
    this.clearStable();
    this.stableTimer = this.clock.setTimeout(() => this.healthy(generation), this.options.stableMs ?? 10_000);
  }

  /** Work went through: the back-off starts again from its first step. */
  healthy(generation: number): void {
    if (!this.isCurrent(generation) || this.failedGeneration === generation) return;
    this.clearStable();
    if (this.stateNow !== 'running') this.set('running');
    this.backoff.reset();
    const line = this.failures.succeeded(this.clock.now());
    if (line) this.options.log(line);
  }

  failed(generation: number, error: unknown): void {
    if (!this.isCurrent(generation) || this.failedGeneration === generation) return;
    this.failedGeneration = generation;
    this.clearStable();
    this.restarts++;
    this.lastError = errorText(error);
    this.set('recreating');
    const delay = this.backoff.next();
    this.options.log(this.failures.failed(error, delay, this.clock.now()));
    this.tearingDown = this.teardown(generation);
    this.retryTimer = this.clock.setTimeout(() => void this.relaunch(), delay);
  }

  async stop(): Promise<void> {
    if (this.stopping) return;
    this.set('stopping');
    this.clearStable();
    if (this.retryTimer) this.clock.clearTimeout(this.retryTimer);
    await this.tearingDown;
    await this.client.teardown(this.current).catch(() => undefined);
    this.set('stopped');
  }

  private async relaunch(): Promise<void> {
    this.retryTimer = undefined;
    await this.tearingDown;
    if (!this.stopping) this.launchNext();
  }

  private launchNext(): void {
    const generation = ++this.current;
    this.client.launch(generation).catch((error) => this.failed(generation, error));
  }

  private teardown(generation: number): Promise<void> {
    const limit = this.options.teardownTimeoutMs ?? 30_000;
    let timer: Timer | undefined;
    const timeout = new Promise<void>((resolve) => (timer = this.clock.setTimeout(resolve, limit)));
    const done = this.client.teardown(generation).catch(() => undefined);
    return Promise.race([done, timeout]).finally(() => timer && this.clock.clearTimeout(timer));
  }

  private isCurrent(generation: number): boolean {
    return generation === this.current && !this.stopping;
  }

  private clearStable(): void {
    if (this.stableTimer) this.clock.clearTimeout(this.stableTimer);
    this.stableTimer = undefined;
  }

  private set(state: SupervisedState): void {
    this.stateNow = state;
    this.changedAt = this.clock.now();
  }
}
