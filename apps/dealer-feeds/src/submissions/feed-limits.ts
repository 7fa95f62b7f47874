import { ConfigService } from '@nestjs/config';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How much one feed upload may hold, and where it is kept while read (README "Settings": FEEDS_*). */
export class FeedLimits {
  constructor(readonly maxBytes: number, readonly maxRows: number, readonly uploadDir: string) {}
}

export const DEFAULT_FEED_LIMITS = new FeedLimits(50 * 1024 * 1024, 1_000_000, join(tmpdir(), 'dealer-feeds'));

type FeedSettings = { FEEDS_MAX_BYTES?: number; FEEDS_MAX_ROWS?: number; FEEDS_UPLOAD_DIR?: string };

export const feedLimitsProvider = {
  provide: FeedLimits,
  useFactory: (config: ConfigService<FeedSettings>) => new FeedLimits(
    Number(config.get('FEEDS_MAX_BYTES', { infer: true }) ?? DEFAULT_FEED_LIMITS.maxBytes),
    Number(config.get('FEEDS_MAX_ROWS', { infer: true }) ?? DEFAULT_FEED_LIMITS.maxRows),
    config.get('FEEDS_UPLOAD_DIR', { infer: true }) ?? DEFAULT_FEED_LIMITS.uploadDir,
  ),
  inject: [ConfigService],
};
