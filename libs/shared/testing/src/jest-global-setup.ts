import { provideTestServers } from './test-servers';

/** Jest 30 passes the run's path patterns: a run of unit specs alone needs no servers. */
interface GlobalConfig {
  testPathPatterns?: { patterns?: readonly string[] };
}

/**
 * Containers are started here when a Docker engine answers (and KAFKA_BROKERS/MONGO_URL are unset),
 * and their addresses go to the workers through those two variables. deploy/local is started
 * lazily instead, by the first integration test (createTestContext → ensureServers).
 */
export default async function globalSetup(globalConfig: GlobalConfig = {}): Promise<void> {
  await provideTestServers({ patterns: globalConfig.testPathPatterns?.patterns ?? [] });
}
