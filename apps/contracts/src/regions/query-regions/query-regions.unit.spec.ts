import { RegionDirectory } from '../region-directory';
import { ListRegions, ListRegionsHandler } from './query-regions.handler';

describe('regions query', () => {
  it('answers the configured regions with their service classes, in the order of the setting', async () => {
    const regions = new RegionDirectory([{ region: 'north', serviceClass: 'local' }, { region: 'east', serviceClass: 'near' }]);
    expect(await new ListRegionsHandler(regions).execute(new ListRegions())).toEqual({
      items: [{ region: 'north', serviceClass: 'local' }, { region: 'east', serviceClass: 'near' }],
    });
  });
});
