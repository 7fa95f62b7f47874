import { validateSettings } from '@aftersales/service-kit';
import { ContractsSettings } from '../contracts.settings';
import { DEFAULT_REGIONS, loadRegions } from './region-directory';

describe('the region list (setting REGIONS)', () => {
  it('defaults to the demo regions, Beijing north being local', () => {
    const regions = loadRegions({});
    expect(regions.list()).toEqual([
      { region: 'north', serviceClass: 'local' }, { region: 'east', serviceClass: 'far' },
      { region: 'south', serviceClass: 'far' }, { region: 'west', serviceClass: 'far' },
    ]);
    expect(DEFAULT_REGIONS).toContain('north=local');
  });

  it('reads region=class pairs and knows each region by its exact name', () => {
    const regions = loadRegions({ REGIONS: ' hebei = near, 華東=far ' });
    expect(regions.serviceClassOf('hebei')).toBe('near');
    expect(regions.serviceClassOf('華東')).toBe('far');
    expect(regions.serviceClassOf('Hebei')).toBeUndefined();
  });

  it.each(['north', 'north=close', 'north=local=far', '=local', 'a\u0000=far', 'x=local,x=far', ' , '])(
    'refuses the setting %j at start', (setting) => {
      expect(() => loadRegions({ REGIONS: setting })).toThrow(/REGIONS/);
    },
  );
});

describe('REGIONS in the contracts settings schema', () => {
  it('stops the start naming REGIONS and the reason', () => {
    expect(() => validateSettings(ContractsSettings, { REGIONS: 'north=close' }))
      .toThrow("Invalid settings: REGIONS entry 'north=close' must be region=class with a class of");
    expect(validateSettings(ContractsSettings, { REGIONS: 'north=local' }).REGIONS).toBe('north=local');
  });
});
