import { ConfigService } from '@nestjs/config';
import { PartsLogisticsSettings } from '../parts-logistics.settings';

/** How big one price-list file may be, and the manufacturer's time zone (README "Settings"). */
export class PriceListSettings {
  constructor(readonly maxBytes: number, readonly maxRows: number, readonly timeZone: string) {}

  /** Today's date in the manufacturer's time zone, YYYY-MM-DD. */
  today(now = new Date()): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  }
}

export const DEFAULT_PRICE_LIST_SETTINGS = new PriceListSettings(10 * 1024 * 1024, 20_000, 'Asia/Shanghai');

export const priceListSettingsProvider = {
  provide: PriceListSettings,
  useFactory: (config: ConfigService<PartsLogisticsSettings>) => new PriceListSettings(
    config.get('PRICE_LIST_MAX_BYTES', { infer: true }) ?? DEFAULT_PRICE_LIST_SETTINGS.maxBytes,
    config.get('PRICE_LIST_MAX_ROWS', { infer: true }) ?? DEFAULT_PRICE_LIST_SETTINGS.maxRows,
    config.get('PARTS_TIME_ZONE', { infer: true }) ?? DEFAULT_PRICE_LIST_SETTINGS.timeZone,
  ),
  inject: [ConfigService],
};
