/**
 * Where the integration tests find Kafka and MongoDB (docs/architecture.md, "Infrastructure"):
 *   1. KAFKA_BROKERS and MONGO_URL, when both are set: someone already runs the servers;
 *   2. else containers (testcontainers), when a Docker engine answers;
 *   3. else deploy/local (a Kafka broker from the Maven Central jars and FerretDB).
 * Pure, so server-source.unit.spec.ts covers every case; the probes are made by the caller.
 */
export type TestServerSource = 'env' | 'containers' | 'local';

export interface TestServerFacts {
  kafkaBrokers?: string | undefined;
  mongoUrl?: string | undefined;
  /** Whether a Docker engine answered the probe (undefined: not probed, as env vars decide). */
  dockerAnswers?: boolean | undefined;
}

export function chooseTestServers({ kafkaBrokers, mongoUrl, dockerAnswers }: TestServerFacts): { source: TestServerSource; why: string } {
  if (kafkaBrokers && mongoUrl) return { source: 'env', why: 'KAFKA_BROKERS and MONGO_URL are set' };
  if (dockerAnswers) return { source: 'containers', why: 'a Docker engine answers' };
  return { source: 'local', why: 'no Docker engine answers' };
}

/**
 * True when every path pattern of the jest run can match unit specs only (`jest foo.unit.spec.ts`,
 * `jest 'unit\.spec'`): such a run needs no servers, so no container is started for it. A pattern
 * without `unit.spec` (a folder, `per-unit`) or with an alternative (`|`) may select integration
 * specs; no pattern at all is the whole suite.
 */
export function selectsOnlyUnitSpecs(patterns: readonly string[]): boolean {
  return patterns.length > 0 && patterns.every((pattern) => /unit\\?\.spec/.test(pattern) && !pattern.includes('|'));
}
