import { ServiceSettings, WholeNumberSetting } from '@aftersales/service-kit';
import { IsOptional, IsTimeZone } from 'class-validator';

/** Every setting of the parts-logistics service: the shared ones and its own (README "Settings"). */
export class PartsLogisticsSettings extends ServiceSettings {
  /** The most bytes of one price-list file (default 10 MiB). */
  @WholeNumberSetting(1_024, 200 * 1024 * 1024, 'an integer from 1024 to 209715200 (bytes)') PRICE_LIST_MAX_BYTES?: number;
  /** The most lines of one price-list file (default 20,000). */
  @WholeNumberSetting(1, 200_000) PRICE_LIST_MAX_ROWS?: number;
  /** The manufacturer's time zone: the day a price list is read on when no date is asked (default Asia/Shanghai). */
  @IsOptional() @IsTimeZone({ message: 'PARTS_TIME_ZONE must be an IANA time zone such as Asia/Shanghai' }) PARTS_TIME_ZONE?: string;
}
