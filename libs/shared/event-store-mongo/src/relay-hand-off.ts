import { CommitDocument } from './commit';

type Mode = 'off' | 'collecting' | 'on';

/**
 * The commits this process appends, handed to the relay in memory so that it publishes them
 * without a scan. Publishing from memory keeps a stream in version order only while every
 * earlier version of the stream is published or ahead in the queue. That stops holding when
 * a commit is not handed over (the queue was full during an outage, an append's outcome is
 * unknown) or when the store has a backlog (at start, after a crash). Then the hand-off is
 * off: commits wait in the store, and the relay scans it, stream by stream in version order,
 * until a scan finds less than a full batch. Commits appended once that scan has begun are
 * collected, and published after it.
 */
export class HandOff {
  private queue: CommitDocument[] = [];
  private mode: Mode = 'off';
  /** Commits not handed over since the last complete scan. */
  private missed = false;
  /** The last scan found a full batch: more may be waiting. */
  private backlog = false;

  constructor(private readonly max: number) {}

  get size(): number {
    return this.queue.length;
  }

  get trusted(): boolean {
    return this.mode === 'on';
  }

  /** Work the relay knows of: queued commits, commits left in the store, a backlog. */
  get waiting(): boolean {
    return this.queue.length > 0 || this.missed || this.backlog;
  }

  offer(commit: CommitDocument): void {
    if (this.mode === 'off') {
      this.missed = true;
    } else if (this.queue.length >= this.max) {
      this.distrust();
    } else {
      this.queue.push(commit);
    }
  }

  /** The next commits to publish from memory (none while the store must be scanned). */
  next(count: number): CommitDocument[] {
    return this.mode === 'on' ? this.queue.slice(0, count) : [];
  }

  done(count: number): void {
    this.queue = this.queue.slice(count);
  }

  /** Off until a complete scan: whatever is queued is in the store too. */
  distrust(): void {
    this.mode = 'off';
    this.queue = [];
    this.missed = true;
  }

  scanStarting(): void {
    if (this.mode !== 'off') return;
    // Everything stored before this point is found by the scan; what comes after is collected.
    this.mode = 'collecting';
    this.queue = [];
    this.missed = false;
  }

  scanFinished(found: CommitDocument[], complete: boolean): void {
    this.backlog = !complete;
    if (!complete) {
      if (this.mode !== 'off') this.distrust();
      this.missed = false;
      return;
    }
    if (this.mode === 'collecting') this.mode = 'on';
    const published = new Set(found.map((c) => c._id));
    this.queue = this.queue.filter((c) => !published.has(c._id));
  }

  scanFailed(): void {
    if (this.mode === 'collecting') this.distrust();
  }
}
