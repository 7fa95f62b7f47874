import { ConfigService } from '@nestjs/config';

/** How much one dealer import may hold (README "Settings": DEALER_IMPORT_MAX_BYTES, DEALER_IMPORT_MAX_ROWS). */
export class ImportLimits {
  constructor(readonly maxBytes: number, readonly maxRows: number) {}
}

export const DEFAULT_IMPORT_LIMITS = new ImportLimits(5 * 1024 * 1024, 2_000);

export const importLimitsProvider = {
  provide: ImportLimits,
  useFactory: (config: ConfigService<{ DEALER_IMPORT_MAX_BYTES?: number; DEALER_IMPORT_MAX_ROWS?: number }>) => new ImportLimits(
    Number(config.get('DEALER_IMPORT_MAX_BYTES', { infer: true }) ?? DEFAULT_IMPORT_LIMITS.maxBytes),
    Number(config.get('DEALER_IMPORT_MAX_ROWS', { infer: true }) ?? DEFAULT_IMPORT_LIMITS.maxRows),
  ),
  inject: [ConfigService],
};
