import { ConfigService } from '@nestjs/config';
import { SERVICE_CLASSES, ServiceClass, textProblem } from '@aftersales/integration-events';

export interface Region {
  region: string;
  serviceClass: ServiceClass;
}

/**
 * Decision: the seed's service plan counts arrival from Beijing (北京2小時、周邊12小時、外省市48小時),
 * so the demo's north is local and the other provinces' regions are far. REGIONS overrides it.
 */
export const DEFAULT_REGIONS = 'north=local,east=far,south=far,west=far';

/** Regions are master data: the configured list, each with its service class (docs/domain.md "Dealers"). */
export class RegionDirectory {
  private readonly byName: ReadonlyMap<string, ServiceClass>;

  constructor(regions: Region[]) {
    this.byName = new Map(regions.map((r) => [r.region, r.serviceClass]));
  }

  serviceClassOf(region: string): ServiceClass | undefined {
    return this.byName.get(region);
  }

  list(): Region[] {
    return [...this.byName].map(([region, serviceClass]) => ({ region, serviceClass }));
  }
}

/** `REGIONS=north=local,east=near,...` as regions; throws the reason a setting is wrong. */
export function parseRegions(setting: string = DEFAULT_REGIONS): Region[] {
  const regions = setting.split(',').map((entry) => entry.trim()).filter(Boolean).map(parseRegion);
  if (!regions.length) throw new Error('REGIONS must name at least one region, like north=local,east=far');
  const names = regions.map((r) => r.region);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated) throw new Error(`REGIONS names ${repeated} twice`);
  return regions;
}

/** Why a REGIONS setting is wrong, or undefined when it is right (the settings schema asks). */
export function regionsProblem(setting: unknown): string | undefined {
  if (typeof setting !== 'string') return 'REGIONS must be a text like north=local,east=far';
  try {
    parseRegions(setting);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The directory from the validated settings (@nestjs/config, schema ContractsSettings). */
export const regionDirectoryProvider = {
  provide: RegionDirectory,
  useFactory: (config: ConfigService<{ REGIONS?: string }>) => new RegionDirectory(parseRegions(config.get('REGIONS', { infer: true }))),
  inject: [ConfigService],
};

/** The same from an environment; a malformed setting throws naming REGIONS. */
export function loadRegions(env: NodeJS.ProcessEnv = process.env): RegionDirectory {
  return new RegionDirectory(parseRegions(env['REGIONS']));
}
function parseRegion(entry: string): Region {
  const [region = '', serviceClass = '', ...rest] = entry.split('=').map((part) => part.trim());
  if (rest.length || textProblem(region, 100) || !(SERVICE_CLASSES as readonly string[]).includes(serviceClass)) {
    throw new Error(`REGIONS entry '${entry}' must be region=class with a class of ${SERVICE_CLASSES.join(', ')}`);
  }
  return { region, serviceClass: serviceClass as ServiceClass };
}
