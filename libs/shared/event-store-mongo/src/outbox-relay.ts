import { EventEnvelope } from '@aftersales/integration-events';
import { Collection } from 'mongodb';
import { CommitDocument } from './commit';

/** Where the relay sends events: the kafka library's publisher implements it. */
export interface EventPublisher {
  publish(envelopes: EventEnvelope[]): Promise<void>;
}

export interface OutboxRelayOptions {
  /** How often to look for unpublished commits when the last poll found none. */
  pollIntervalMs: number;
  batchSize: number;
  /** Called with each error; the relay keeps running and retries the same commits. */
  onError: (error: unknown) => void;
}

/**
 * Publishes stored commits in append order, then marks them (ARCHITECTURE.md rule 3).
 * A crash after publishing and before marking publishes the same events again: consumers
 * skip an eventId they have processed, so nothing is lost and nothing counts twice.
 */
export class OutboxRelay {
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(
    private readonly commits: Collection<CommitDocument>,
    private readonly publisher: EventPublisher,
    private readonly options: OutboxRelayOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Ask for an immediate poll (after an append, so latency is not the poll interval). */
  nudge(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Publishes one batch; returns how many commits it relayed. */
  async relayOnce(): Promise<number> {
    const batch = await this.commits
      .find({ published: false })
      .sort({ seq: 1 })
      .limit(this.options.batchSize)
      .toArray();
    if (batch.length === 0) return 0;
    await this.publisher.publish(batch.flatMap((commit) => commit.events));
    await this.commits.updateMany({ _id: { $in: batch.map((c) => c._id) } }, { $set: { published: true } });
    return batch.length;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let relayed = 0;
      try {
        relayed = await this.relayOnce();
      } catch (error) {
        this.options.onError(error);
      }
      if (relayed === 0 && this.running) await this.sleep(this.options.pollIntervalMs);
    }
  }

  private sleep(ms: number): Promise<void> {
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
