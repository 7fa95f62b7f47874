import { ContainerStarter, dockerEngineAnswers, StartedContainers, startContainers, testcontainersStarter } from './containers';
import { chooseTestServers, selectsOnlyUnitSpecs, TestServerSource } from './server-source';

export interface ProvideOptions {
  /** The jest run's path patterns. */
  patterns: readonly string[];
  env?: NodeJS.ProcessEnv;
  dockerAnswers?: () => Promise<boolean>;
  starter?: ContainerStarter;
  log?: (line: string) => void;
}

// Jest runs globalSetup and globalTeardown in one process but loads them as separate modules:
// a global is what they share (jest's documented way).
const STARTED = Symbol.for('aftersales.testing.containers');
type Holder = { [STARTED]?: StartedContainers };

/**
 * Settles where this jest run's servers are, before any worker starts: with containers, their
 * addresses are written to KAFKA_BROKERS and MONGO_URL, which the workers inherit. Returns the
 * source chosen, or undefined for a run of unit specs alone (nothing probed, nothing started).
 */
export async function provideTestServers(options: ProvideOptions): Promise<TestServerSource | undefined> {
  const { env = process.env, dockerAnswers = dockerEngineAnswers, starter = testcontainersStarter } = options;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (selectsOnlyUnitSpecs(options.patterns)) return undefined;
  const facts = { kafkaBrokers: env['KAFKA_BROKERS'], mongoUrl: env['MONGO_URL'] };
  const bothSet = Boolean(facts.kafkaBrokers && facts.mongoUrl);
  const { source, why } = chooseTestServers({ ...facts, dockerAnswers: bothSet ? undefined : await dockerAnswers() });
  if (source !== 'containers') return source;
  const alone = facts.kafkaBrokers ? 'KAFKA_BROKERS' : facts.mongoUrl ? 'MONGO_URL' : undefined;
  if (alone) log(`test servers: ${alone} alone is not used (the tests take their servers from both or neither)`);
  log(`test servers: ${why}; starting Kafka and MongoDB with testcontainers`);
  const started = await startContainers(starter);
  (globalThis as Holder)[STARTED] = started;
  env['KAFKA_BROKERS'] = started.kafkaBrokers;
  env['MONGO_URL'] = started.mongoUrl;
  log(`test servers: Kafka ${started.kafkaBrokers}, MongoDB ${started.mongoUrl}`);
  return source;
}

/** Stops the containers provideTestServers started in this process, if any. */
export async function stopTestContainers(): Promise<void> {
  const holder = globalThis as Holder;
  const started = holder[STARTED];
  delete holder[STARTED];
  await started?.stop();
}
