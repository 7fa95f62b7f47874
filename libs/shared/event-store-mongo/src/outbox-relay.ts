import { EventEnvelope } from '@aftersales/integration-events';
import { Collection } from 'mongodb';
import { CommitDocument } from './commit';

/** Commits marked published per update command. */
const MARK_CHUNK = 100;

/** Where the relay sends events: the kafka library's publisher implements it. */
export interface EventPublisher {
  publish(envelopes: EventEnvelope[]): Promise<void>;
}

export interface OutboxRelayOptions {
  /** How often to scan the store for unpublished commits (at start, and to catch up after a crash or outage). */
  pollIntervalMs: number;
  batchSize: number;
  /** Called with each error; the relay keeps running and retries the same commits. */
  onError: (error: unknown) => void;
  /** Commits handed over in memory beyond this wait for the next scan (default 10,000). */
  maxQueued?: number;
}

/**
 * Publishes stored commits, then marks them published (ARCHITECTURE.md rule 3). Commits this
 * process appends are handed over at once (`enqueue`); a periodic scan of the store publishes
 * anything else unpublished, each stream in version order. A crash after publishing and before marking
 * publishes the same events again; consumers skip an eventId they have processed, so nothing
 * is lost and nothing counts twice. Per-stream order holds: every path sends a stream's commits
 * in version order, and the first copy of each event arrives in that order.
 */
export class OutboxRelay {
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private queue: CommitDocument[] = [];
  private nextScanAt = 0;

  constructor(
    private readonly commits: Collection<CommitDocument>,
    private readonly publisher: EventPublisher,
    private readonly options: OutboxRelayOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.nextScanAt = 0;
    this.loop = this.run();
  }

  /** A commit just stored by this process: publish it without waiting for a scan. */
  enqueue(commit: CommitDocument): void {
    if (this.queue.length < (this.options.maxQueued ?? 10_000)) this.queue.push(commit);
    this.wake?.();
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
  }

  /** Publishes one batch of unpublished commits found in the store; returns how many. */
  async relayOnce(): Promise<number> {
    // Stream by stream, in version order: a batch that cuts a stream leaves its later versions for the next.
    const batch = await this.commits.find({ published: false }).sort({ streamId: 1, firstVersion: 1 })
      .limit(this.options.batchSize).toArray();
    await this.publishAndMark(batch);
    return batch.length;
  }

  private async publishAndMark(batch: CommitDocument[]): Promise<void> {
    if (batch.length === 0) return;
    await this.publisher.publish(batch.flatMap((commit) => commit.events));
    // One statement per batch, through the _id index (on the deploy/local FerretDB too: its patch 0003).
    for (let i = 0; i < batch.length; i += MARK_CHUNK) {
      const ids = batch.slice(i, i + MARK_CHUNK).map((c) => c._id);
      await this.commits.updateMany({ _id: { $in: ids } }, { $set: { published: true } });
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      let busy = false;
      try {
        busy = await this.step();
      } catch (error) {
        this.options.onError(error);
        await this.sleep(Math.min(this.options.pollIntervalMs, 1_000));
        continue;
      }
      if (!busy && this.running) await this.sleep(Math.max(0, this.nextScanAt - Date.now()));
    }
  }

  /** Handed-over commits first, then the scan when it is due. True when there may be more work. */
  private async step(): Promise<boolean> {
    if (this.queue.length > 0) {
      const batch = this.queue.slice(0, this.options.batchSize);
      await this.publishAndMark(batch);
      this.queue = this.queue.slice(batch.length); // only after success: a failure retries the same commits
      return true;
    }
    if (Date.now() < this.nextScanAt) return false;
    const relayed = await this.relayOnce();
    if (relayed < this.options.batchSize) this.nextScanAt = Date.now() + this.options.pollIntervalMs;
    return relayed > 0;
  }

  /** Returns at once when work arrived meanwhile: a hand-off during `step` must not wait for the next scan. */
  private sleep(ms: number): Promise<void> {
    if (this.queue.length > 0 || !this.running || ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
