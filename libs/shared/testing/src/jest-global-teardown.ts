import { stopServersStartedByHarness } from './servers';
import { stopTestContainers } from './test-servers';

export default async function globalTeardown(): Promise<void> {
  await stopTestContainers();
  stopServersStartedByHarness();
}
