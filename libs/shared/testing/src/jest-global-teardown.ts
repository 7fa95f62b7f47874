import { stopServersStartedByHarness } from './servers';

export default async function globalTeardown(): Promise<void> {
  stopServersStartedByHarness();
}
