import { ServiceInfrastructure } from '@aftersales/service-kit';
import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { FeedArchive } from './feed-archive';

/**
 * A staging untouched this long was abandoned: its upload stopped (a crash, a kill -9) before its
 * submission record was written. A live upload touches it with every chunk it stages (every 500
 * rows), and Node ends a request that takes longer than 5 minutes to arrive (`requestTimeout`).
 */
export const ABANDONED_AFTER_MS = 30 * 60_000;
/** How often the sweep looks, besides once at start. */
export const SWEEP_EVERY_MS = 10 * 60_000;

/**
 * Removes what abandoned uploads staged (their chunks, key index and marker). A staging whose
 * submission record exists is owned by it (UnfinishedVersions completes or drops that one):
 * only its marker goes.
 */
@Injectable()
export class AbandonedStaging implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(private readonly infra: ServiceInfrastructure, private readonly archive: FeedArchive) {}

  onApplicationBootstrap(): void {
    const sweep = () => void this.sweep().catch((error: unknown) => this.infra.logger.write('warn', `sweeping abandoned uploads failed: ${String(error)}`, 'feeds'));
    setImmediate(sweep);
    this.timer = setInterval(sweep, SWEEP_EVERY_MS).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Sweeps the stagings untouched since `now - ABANDONED_AFTER_MS`; returns how many uploads' rows were removed. */
  async sweep(now = Date.now()): Promise<number> {
    const stale = await this.archive.staging.find({ touchedAt: { $lt: new Date(now - ABANDONED_AFTER_MS) } }, { projection: { _id: 1 } }).toArray();
    if (stale.length === 0) return 0;
    const ids = stale.map((s) => s._id);
    const owned = new Set((await this.archive.submissions.find({ _id: { $in: ids } }, { projection: { _id: 1 } }).toArray()).map((r) => r._id));
    const abandoned = ids.filter((id) => !owned.has(id));
    await this.archive.discardStaged(abandoned);
    if (owned.size > 0) await this.archive.staging.deleteMany({ _id: { $in: [...owned] } });
    if (abandoned.length > 0) this.infra.logger.write('info', `removed the staged rows of ${abandoned.length} abandoned upload(s)`, 'feeds');
    return abandoned.length;
  }
}
