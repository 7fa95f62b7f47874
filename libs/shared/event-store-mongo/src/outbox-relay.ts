import { EventEnvelope } from '@aftersales/integration-events';
import { BackoffOptions, LogLine } from '@aftersales/kafka';
import { Collection } from 'mongodb';
import { CommitDocument, StoredCommit } from './commit';
import { HandOff } from './relay-hand-off';
import { RelayProgress } from './relay-progress';

/** Commits marked published per update command. */
const MARK_CHUNK = 100;

/** Where the relay sends events: the kafka library's publisher implements it. */
export interface EventPublisher {
  publish(envelopes: EventEnvelope[]): Promise<void>;
}

/** Where the relay finds commits: the store's collection, and how a stored commit is read (MongoEventStore). */
export interface CommitSource {
  readonly commits: Collection<StoredCommit>;
  decode(stored: StoredCommit[]): Promise<CommitDocument[]>;
}

export type RelayLogger = Record<LogLine['level'], (message: string, fields?: Record<string, unknown>) => void>;

export interface OutboxRelayOptions {
  /** How often to scan the store for unpublished commits (at start, and to catch up after a crash or outage). */
  pollIntervalMs: number;
  batchSize: number;
  /** The first failure, one line per back-off step, and the recovery. */
  logger?: RelayLogger;
  /** Called with each failure too; the relay keeps running and retries the same commits. */
  onError?: (error: unknown) => void;
  /** Commits handed over in memory beyond this wait for the store scan (default 10,000). */
  maxQueued?: number;
  /** Between failed attempts (default 250 ms doubling up to 30 s). */
  backoff?: BackoffOptions;
}

/** What /health shows of the relay. */
export interface RelayStatus {
  state: 'not started' | 'idle' | 'publishing' | 'failing' | 'stopped';
  /** Work the relay knows is waiting: handed-over commits, a backlog in the store, a failed attempt. */
  workWaiting: boolean;
  queued: number;
  lastProgressAt: string;
  failures: number;
  lastError: string | null;
}

/**
 * Publishes stored commits, then marks them published (docs/architecture.md rule 3). A crash after
 * publishing and before marking publishes the same events again; consumers skip an eventId
 * they have processed. Commits this process appends are handed over at once (HandOff, which
 * keeps each stream in version order); a periodic scan publishes anything else, each stream in
 * version order. A failed attempt (a broker outage, a producer kafkajs gave up on) is retried
 * with the same commits after an exponential back-off capped at 30 s; so is an event too large
 * to publish (the publisher's EventTooLargeError, before it sends anything): the relay stops
 * there, its log lines and /health name the event, and nothing is skipped from the log of
 * record. A large batch is cut into sends under the limit by the publisher. On the driver, like the
 * store: it marks a batch published with one raw updateMany on the bench's hot path.
 */
export class OutboxRelay {
  private running = false;
  private started = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private readonly handOff: HandOff;
  private nextScanAt = 0;
  private readonly progress: RelayProgress;
  /** Commits are being published and marked (a scan that finds nothing is not work waiting). */
  private inFlight = false;
  /**
   * The last batch's mark, still being written while the next batch is published: a large commit
   * costs a database that rewrites the whole document (FerretDB) as much to mark as to publish.
   * A scan, the next mark and stop wait for it; a failed mark fails the step after it.
   */
  private marking: Promise<void> = Promise.resolve();

  constructor(
    private readonly source: CommitSource,
    private readonly publisher: EventPublisher,
    private readonly options: OutboxRelayOptions,
  ) {
    this.handOff = new HandOff(options.maxQueued ?? 10_000);
    this.progress = new RelayProgress(options.backoff, (line) => this.options.logger?.[line.level](line.message, line.fields));
  }

  start(): void {
    if (this.running) return;
    this.running = this.started = true;
    this.nextScanAt = 0;
    this.loop = this.run();
  }

  /** A commit just stored by this process: publish it without waiting for a scan. */
  enqueue(commit: CommitDocument): void {
    this.handOff.offer(commit);
    this.wake?.();
  }

  /** An append failed with an unknown outcome: its commit may be stored, so the next commits wait for a scan. */
  appendFailed(): void {
    this.handOff.distrust();
    this.nudge();
  }

  /** Ask for an immediate scan of the store. */
  nudge(): void {
    this.nextScanAt = 0;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.marking.catch(() => undefined); // unmarked commits are published again after the restart
  }

  status(): RelayStatus {
    const failing = this.progress.failing;
    const state = !this.started ? 'not started' : !this.running ? 'stopped' : failing ? 'failing' : this.inFlight ? 'publishing' : 'idle';
    return {
      state,
      workWaiting: this.handOff.waiting || failing || this.inFlight,
      queued: this.handOff.size,
      lastProgressAt: new Date(this.progress.lastProgress).toISOString(),
      failures: this.progress.attempt,
      lastError: this.progress.lastError,
    };
  }

  /** True when work has waited longer than `stallMs` without the relay getting anything through. */
  stalled(stallMs: number, now = Date.now()): boolean {
    return this.status().workWaiting && now - this.progress.lastProgress > stallMs;
  }

  /** Publishes one batch of unpublished commits found in the store; returns how many. */
  async relayOnce(): Promise<number> {
    const found = (await this.scan()).length;
    await this.marked();
    return found;
  }

  private async scan(): Promise<CommitDocument[]> {
    await this.marked(); // a commit whose mark is still being written is not found again
    // Stream by stream, in version order: a batch that cuts a stream leaves its later versions for the next.
    const batch = await this.source.decode(await this.source.commits.find({ published: false }).sort({ streamId: 1, firstVersion: 1 })
      .limit(this.options.batchSize).toArray());
    await this.publishAndMark(batch);
    return batch;
  }

  private async publishAndMark(batch: CommitDocument[]): Promise<void> {
    if (batch.length === 0) return;
    this.inFlight = true;
    try {
      await this.publisher.publish(batch.flatMap((commit) => commit.events));
      await this.marked();
      this.marking = this.mark(batch);
      this.marking.catch(() => undefined); // seen by the next step, scan or stop
    } finally {
      this.inFlight = false;
    }
  }

  /** One statement per MARK_CHUNK commits, through the _id index (on the deploy/local FerretDB too: its patch 0003). */
  private async mark(batch: CommitDocument[]): Promise<void> {
    for (let i = 0; i < batch.length; i += MARK_CHUNK) {
      const ids = batch.slice(i, i + MARK_CHUNK).map((c) => c._id);
      await this.source.commits.updateMany({ _id: { $in: ids } }, { $set: { published: true } });
    }
  }

  /**
   * Waits for the last batch's mark. If it failed, those commits (published, no longer queued)
   * stay unpublished in the store: the hand-off is distrusted so that a scan publishes them again.
   */
  private async marked(): Promise<void> {
    const marking = this.marking;
    this.marking = Promise.resolve();
    try {
      await marking;
    } catch (error) {
      this.handOff.distrust();
      throw error;
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      let busy = false;
      try {
        busy = await this.step();
        this.progress.succeeded();
      } catch (error) {
        await this.failed(error);
        continue;
      }
      if (!busy && this.running) await this.sleep(Math.max(0, this.nextScanAt - Date.now()), true);
    }
  }

  /** Handed-over commits first, then the scan when it is due. True when there may be more work. */
  private async step(): Promise<boolean> {
    const queued = this.handOff.next(this.options.batchSize);
    if (queued.length > 0) {
      await this.publishAndMark(queued);
      this.handOff.done(queued.length); // only after success: a failure retries the same commits
      return true;
    }
    if (Date.now() < this.nextScanAt && this.handOff.trusted) return false;
    this.handOff.scanStarting();
    const found = await this.scan();
    const complete = found.length < this.options.batchSize;
    this.handOff.scanFinished(found, complete);
    if (complete) this.nextScanAt = Date.now() + this.options.pollIntervalMs;
    return found.length > 0 || this.handOff.size > 0;
  }

  private async failed(error: unknown): Promise<void> {
    this.handOff.scanFailed();
    const delay = this.progress.failed(error);
    this.options.onError?.(error);
    await this.sleep(delay, false); // new hand-offs do not cut a back-off short: no tight loop in an outage
  }

  /** With `wakeForWork`, returns at once when work arrived meanwhile; stop always ends it. */
  private sleep(ms: number, wakeForWork: boolean): Promise<void> {
    if (!this.running || ms <= 0 || (wakeForWork && this.handOff.size > 0)) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const running = () => this.running;
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = wakeForWork ? done : () => (running() ? undefined : done());
    });
  }
}
