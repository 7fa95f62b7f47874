import { ConfigService } from '@nestjs/config';

/** The units area's settings (README "Settings"): how long a customer has to return a warranty card, and how much one delivery import may hold. */
export class UnitSettings {
  constructor(readonly cardReturnMonths: number, readonly importMaxBytes: number, readonly importMaxRows: number) {}
}

export const DEFAULT_UNIT_SETTINGS = new UnitSettings(1, 5 * 1024 * 1024, 5_000);

type Settings = { WARRANTY_CARD_RETURN_MONTHS?: number; UNIT_IMPORT_MAX_BYTES?: number; UNIT_IMPORT_MAX_ROWS?: number };

export const unitSettingsProvider = {
  provide: UnitSettings,
  useFactory: (config: ConfigService<Settings>) => new UnitSettings(
    Number(config.get('WARRANTY_CARD_RETURN_MONTHS', { infer: true }) ?? DEFAULT_UNIT_SETTINGS.cardReturnMonths),
    Number(config.get('UNIT_IMPORT_MAX_BYTES', { infer: true }) ?? DEFAULT_UNIT_SETTINGS.importMaxBytes),
    Number(config.get('UNIT_IMPORT_MAX_ROWS', { infer: true }) ?? DEFAULT_UNIT_SETTINGS.importMaxRows),
  ),
  inject: [ConfigService],
};
