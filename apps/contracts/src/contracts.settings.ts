import { ServiceSettings, WholeNumberSetting } from '@aftersales/service-kit';
import { IsOptional, ValidateBy } from 'class-validator';
import { regionsProblem } from './regions/region-directory';

/** Every setting of the contracts service: the shared ones and its own (README "Settings"). */
export class ContractsSettings extends ServiceSettings {
  /** `north=local,east=far,...`: the regions a dealer may register in (regions/region-directory.ts). */
  @IsOptional()
  @ValidateBy({
    name: 'regions',
    validator: { validate: (value) => regionsProblem(value) === undefined, defaultMessage: (args) => regionsProblem(args?.value) ?? '' },
  })
  REGIONS?: string;

  /** The largest XLSX file POST /dealer-imports reads (bytes; default 5 MiB). */
  @WholeNumberSetting(1_024, 100 * 1024 * 1024) DEALER_IMPORT_MAX_BYTES?: number;
  /** The most data rows (both sheets together) one import may hold (default 2000). */
  @WholeNumberSetting(1, 100_000) DEALER_IMPORT_MAX_ROWS?: number;

  /** Months after the sale within which a warranty card is on time; later it is late (聖寶龍 四 6; default 1). */
  @WholeNumberSetting(0, 120) WARRANTY_CARD_RETURN_MONTHS?: number;
  /** The largest CSV or XLSX file POST /unit-deliveries/imports reads (bytes; default 5 MiB). */
  @WholeNumberSetting(1_024, 100 * 1024 * 1024) UNIT_IMPORT_MAX_BYTES?: number;
  /** The most units one delivery import may hold (default 5000). */
  @WholeNumberSetting(1, 100_000) UNIT_IMPORT_MAX_ROWS?: number;
}
