import { ServiceSettings, WholeNumberSetting } from '@aftersales/service-kit';
import { IsOptional, IsString, MinLength } from 'class-validator';

/** Every setting of the dealer-feeds service: the shared ones and its own (README "Settings"). */
export class DealerFeedsSettings extends ServiceSettings {
  /** The largest feed file POST /dealers/{dealerCode}/feed-submissions reads (bytes; default 50 MiB). */
  @WholeNumberSetting(1_024) FEEDS_MAX_BYTES?: number;
  /** The most data rows one feed file may hold, all its sheets together (default 1,000,000). */
  @WholeNumberSetting(1, 10_000_000) FEEDS_MAX_ROWS?: number;
  /** Where uploads are written while they are read (default: the system's temporary directory/dealer-feeds). */
  @IsOptional() @IsString() @MinLength(1) FEEDS_UPLOAD_DIR?: string;
}
