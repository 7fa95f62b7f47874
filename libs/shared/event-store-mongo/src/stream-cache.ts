import { EventEnvelope } from '@aftersales/integration-events';

export interface CachedStream {
  envelopes: EventEnvelope[];
  version: number;
}

/**
 * The streams this process read or wrote last, least recently used first out. A cached
 * stream is only a starting point: a read still asks the store for commits after its
 * version, and a stale one only makes an append conflict and retry.
 */
export class StreamCache {
  private readonly streams = new Map<string, CachedStream>();

  constructor(private readonly capacity: number) {}

  get(streamId: string): CachedStream | undefined {
    const hit = this.streams.get(streamId);
    if (hit) {
      this.streams.delete(streamId);
      this.streams.set(streamId, hit);
    }
    return hit;
  }

  delete(streamId: string): void {
    this.streams.delete(streamId);
  }

  set(streamId: string, stream: CachedStream): void {
    if (this.capacity <= 0) return;
    this.streams.delete(streamId);
    this.streams.set(streamId, stream);
    while (this.streams.size > this.capacity) {
      const oldest = this.streams.keys().next().value;
      if (oldest === undefined) break;
      this.streams.delete(oldest);
    }
  }
}
