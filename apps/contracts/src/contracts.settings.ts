import { ServiceSettings } from '@aftersales/service-kit';
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
}
