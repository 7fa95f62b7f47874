import { KafkaContainer } from '@testcontainers/kafka';
import {
  ContainerStarter, KAFKA_IMAGE, KafkaRequest, kafkaBrokersOf, MONGO_IMAGE, MongoRequest, mongoUrlOf, startContainers,
} from './containers';
import { chooseTestServers, selectsOnlyUnitSpecs } from './server-source';
import { provideTestServers, stopTestContainers } from './test-servers';

/** A starter that records what was asked of it, starts nothing, and can be told to fail. */
function fakeStarter(fail: { kafka?: Error; mongo?: Error } = {}) {
  const requests: { kafka: KafkaRequest[]; mongo: MongoRequest[] } = { kafka: [], mongo: [] };
  const stopped: string[] = [];
  const server = (name: string, url: string) => ({ url, stop: async () => void stopped.push(name) });
  const starter: ContainerStarter = {
    async kafka(request) {
      requests.kafka.push(request);
      if (fail.kafka) throw fail.kafka;
      return server('kafka', 'localhost:55001');
    },
    async mongo(request) {
      requests.mongo.push(request);
      if (fail.mongo) throw fail.mongo;
      return server('mongo', 'mongodb://localhost:55002/?directConnection=true');
    },
  };
  return { starter, requests, stopped };
}

const quiet = () => undefined;

describe('the choice of the test servers', () => {
  it('takes KAFKA_BROKERS and MONGO_URL when both are set, whatever Docker says', () => {
    for (const dockerAnswers of [true, false, undefined]) {
      expect(chooseTestServers({ kafkaBrokers: 'k:9092', mongoUrl: 'mongodb://m/', dockerAnswers }).source).toBe('env');
    }
  });

  it('starts containers where a Docker engine answers, even when only one of the two is set', () => {
    expect(chooseTestServers({ dockerAnswers: true })).toEqual({ source: 'containers', why: 'a Docker engine answers' });
    expect(chooseTestServers({ kafkaBrokers: 'k:9092', dockerAnswers: true }).source).toBe('containers');
  });

  it('falls back to deploy/local without a Docker engine', () => {
    expect(chooseTestServers({ dockerAnswers: false })).toEqual({ source: 'local', why: 'no Docker engine answers' });
    expect(chooseTestServers({ mongoUrl: 'mongodb://m/', dockerAnswers: false }).source).toBe('local');
  });

  it('needs no servers for a run whose every path pattern names unit specs', () => {
    expect(selectsOnlyUnitSpecs(['apps/e2e/src/server-choice.unit.spec.ts', 'unit\\.spec'])).toBe(true);
    expect(selectsOnlyUnitSpecs([])).toBe(false); // the whole suite
    expect(selectsOnlyUnitSpecs(['apps/e2e/src/server-choice.unit.spec.ts', 'apps/settlements'])).toBe(false);
    expect(selectsOnlyUnitSpecs(['per-unit'])).toBe(false);
    expect(selectsOnlyUnitSpecs(['unit.spec|int.spec'])).toBe(false);
  });
});

describe('providing the servers in jest globalSetup', () => {
  afterEach(() => stopTestContainers());

  it('neither probes Docker nor starts anything when KAFKA_BROKERS and MONGO_URL are set', async () => {
    const env = { KAFKA_BROKERS: 'k:9092', MONGO_URL: 'mongodb://m/' };
    const probe = jest.fn(async () => true);
    const { starter, requests } = fakeStarter();
    await expect(provideTestServers({ patterns: [], env, dockerAnswers: probe, starter, log: quiet })).resolves.toBe('env');
    expect(probe).not.toHaveBeenCalled();
    expect(requests).toEqual({ kafka: [], mongo: [] });
    expect(env).toEqual({ KAFKA_BROKERS: 'k:9092', MONGO_URL: 'mongodb://m/' });
  });

  it('starts KRaft Kafka and a MongoDB replica set where Docker answers, and hands their addresses to the workers', async () => {
    const env: NodeJS.ProcessEnv = {};
    const { starter, requests, stopped } = fakeStarter();
    await expect(provideTestServers({ patterns: [], env, dockerAnswers: async () => true, starter, log: quiet })).resolves.toBe('containers');
    expect(requests.kafka).toEqual([{
      image: 'confluentinc/cp-kafka:7.9.1', kraft: true,
      environment: { KAFKA_NUM_PARTITIONS: '3', KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'true', KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1' },
    }]);
    expect(requests.mongo).toEqual([{ image: 'mongo:7.0' }]);
    expect(env).toEqual({ KAFKA_BROKERS: 'localhost:55001', MONGO_URL: 'mongodb://localhost:55002/?directConnection=true' });
    await stopTestContainers();
    expect(stopped.sort()).toEqual(['kafka', 'mongo']);
  });

  it('says so when only one of KAFKA_BROKERS and MONGO_URL is set, and starts both containers', async () => {
    const env: NodeJS.ProcessEnv = { KAFKA_BROKERS: 'k:9092' };
    const lines: string[] = [];
    const { starter } = fakeStarter();
    await provideTestServers({ patterns: [], env, dockerAnswers: async () => true, starter, log: (line) => lines.push(line) });
    expect(lines[0]).toBe('test servers: KAFKA_BROKERS alone is not used (the tests take their servers from both or neither)');
    expect(env).toEqual({ KAFKA_BROKERS: 'localhost:55001', MONGO_URL: 'mongodb://localhost:55002/?directConnection=true' });
  });

  it('leaves deploy/local to the first integration test when no Docker engine answers', async () => {
    const env: NodeJS.ProcessEnv = {};
    const { starter, requests } = fakeStarter();
    await expect(provideTestServers({ patterns: [], env, dockerAnswers: async () => false, starter, log: quiet })).resolves.toBe('local');
    expect(requests).toEqual({ kafka: [], mongo: [] });
    expect(env).toEqual({});
  });

  it('does not even probe Docker for a run of unit specs alone', async () => {
    const probe = jest.fn(async () => true);
    const { starter, requests } = fakeStarter();
    await expect(provideTestServers({ patterns: ['a.unit.spec.ts'], env: {}, dockerAnswers: probe, starter, log: quiet })).resolves.toBeUndefined();
    expect(probe).not.toHaveBeenCalled();
    expect(requests).toEqual({ kafka: [], mongo: [] });
  });

  it('stops the container that started when the other one fails, and reports the failure', async () => {
    const { starter, stopped } = fakeStarter({ mongo: new Error('no such image') });
    await expect(startContainers(starter)).rejects.toThrow('no such image');
    expect(stopped).toEqual(['kafka']);
  });
});

describe('the containers testcontainers starts', () => {
  it('use a Confluent Kafka image recent enough for KRaft (the module refuses KRaft below 7.0)', () => {
    expect(KAFKA_IMAGE).toMatch(/^confluentinc\/cp-kafka:/);
    expect(() => new KafkaContainer(KAFKA_IMAGE).withKraft()).not.toThrow();
    expect(() => new KafkaContainer('confluentinc/cp-kafka:6.2.14').withKraft()).toThrow(/not supported in Kraft mode/);
    expect(MONGO_IMAGE).toMatch(/^mongo:7\./);
  });

  it('are reached at the mapped plaintext port of Kafka and directly at MongoDB (the set names itself by a container hostname)', () => {
    const ports: number[] = [];
    const kafka = { getHost: () => 'localhost', getMappedPort: (port: number) => (ports.push(port), 32771) };
    expect(kafkaBrokersOf(kafka)).toBe('localhost:32771');
    expect(ports).toEqual([9093]);
    expect(mongoUrlOf({ getConnectionString: () => 'mongodb://localhost:32772' })).toBe('mongodb://localhost:32772/?directConnection=true');
  });
});
