/**
 * What a read-model switch holds back. Requests and live projection writes pass through it;
 * a switch closes it: new entries wait until it reopens, and the switch waits for those
 * already inside (at most `drainMs`, so a slow request cannot hold the switch, nor everything
 * queued behind it, for long). A switch takes milliseconds, so the wait is not noticed.
 */
export class SwitchGate {
  private inside = 0;
  private closed?: Promise<void>;
  private onDrained?: () => void;

  /** Waits while a switch runs; the returned function leaves the gate. */
  async enter(): Promise<() => void> {
    while (this.closed) await this.closed;
    this.inside++;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.inside--;
      if (this.inside === 0) this.onDrained?.();
    };
  }

  async pass<T>(work: () => Promise<T>): Promise<T> {
    const leave = await this.enter();
    try {
      return await work();
    } finally {
      leave();
    }
  }

  /** Runs `work` alone: one switch at a time, nothing entering meanwhile. */
  async exclusive<T>(work: () => Promise<T>, drainMs: number): Promise<T> {
    while (this.closed) await this.closed;
    let open = () => undefined as void;
    this.closed = new Promise<void>((resolve) => (open = resolve));
    try {
      await this.drained(drainMs);
      return await work();
    } finally {
      this.closed = undefined;
      open();
    }
  }

  private drained(timeoutMs: number): Promise<void> {
    if (this.inside === 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.onDrained = undefined;
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.onDrained = done;
    });
  }
}
