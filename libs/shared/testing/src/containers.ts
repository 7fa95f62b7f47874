/**
 * Kafka and MongoDB in containers, for test runs on a machine where a Docker engine answers.
 * The testcontainers Kafka module drives Confluent's image (it replaces the image's start script):
 * Confluent Platform 7.9 is the Kafka 3.9 line that docker compose and deploy/local run.
 */
export const KAFKA_IMAGE = 'confluentinc/cp-kafka:7.9.1';
/** A one-node replica set, as in docker compose: MongoDB 7. */
export const MONGO_IMAGE = 'mongo:7.0';
/** The module's plaintext listener, advertised as the host and mapped port. */
const KAFKA_PLAINTEXT_PORT = 9093;

export interface KafkaRequest {
  image: string;
  /** ZooKeeper-less, like every other broker this product runs. */
  kraft: true;
  /** Broker settings the tests rely on, the same as deploy/local's server.properties. */
  environment: Record<string, string>;
}

export interface MongoRequest {
  image: string;
}

export interface StartedServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts the containers; injectable, so a unit test sees what is requested without Docker. */
export interface ContainerStarter {
  kafka(request: KafkaRequest): Promise<StartedServer>;
  mongo(request: MongoRequest): Promise<StartedServer>;
}

export const KAFKA_REQUEST: KafkaRequest = {
  image: KAFKA_IMAGE,
  kraft: true,
  environment: {
    KAFKA_NUM_PARTITIONS: '3', KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'true', KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
  },
};
export const MONGO_REQUEST: MongoRequest = { image: MONGO_IMAGE };

export interface StartedContainers {
  kafkaBrokers: string;
  mongoUrl: string;
  stop(): Promise<void>;
}

/** Both servers, started side by side; when one fails, the other is stopped before the error is thrown. */
export async function startContainers(starter: ContainerStarter = testcontainersStarter): Promise<StartedContainers> {
  const [kafka, mongo] = await Promise.allSettled([starter.kafka(KAFKA_REQUEST), starter.mongo(MONGO_REQUEST)]);
  if (kafka.status === 'rejected' || mongo.status === 'rejected') {
    const started = [kafka, mongo].flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    await Promise.allSettled(started.map((server) => server.stop()));
    throw kafka.status === 'rejected' ? kafka.reason : (mongo as PromiseRejectedResult).reason;
  }
  return {
    kafkaBrokers: kafka.value.url,
    mongoUrl: mongo.value.url,
    async stop() {
      await Promise.all([kafka.value.stop(), mongo.value.stop()]);
    },
  };
}

/** `host:port` of the Kafka module's plaintext listener, which it advertises as exactly that. */
export function kafkaBrokersOf(container: { getHost(): string; getMappedPort(port: number): number }): string {
  return `${container.getHost()}:${container.getMappedPort(KAFKA_PLAINTEXT_PORT)}`;
}

/**
 * The replica set (rs0) names its member by the container's own hostname, which the host cannot
 * resolve: connect directly to the mapped port instead of discovering the set.
 */
export function mongoUrlOf(container: { getConnectionString(): string }): string {
  return `${container.getConnectionString()}/?directConnection=true`;
}

/** The real starter. The modules are loaded only here, so runs without Docker never load them. */
export const testcontainersStarter: ContainerStarter = {
  async kafka({ image, kraft, environment }) {
    const { KafkaContainer } = await import('@testcontainers/kafka');
    const container = new KafkaContainer(image);
    if (kraft) container.withKraft();
    const started = await container.withEnvironment(environment).start();
    return { url: kafkaBrokersOf(started), stop: async () => void (await started.stop()) };
  },
  async mongo({ image }) {
    const { MongoDBContainer } = await import('@testcontainers/mongodb');
    const started = await new MongoDBContainer(image).start();
    return { url: mongoUrlOf(started), stop: async () => void (await started.stop()) };
  },
};

/** testcontainers' own probe: it finds a Docker engine (socket, DOCKER_HOST, testcontainers.properties) or throws. */
export async function dockerEngineAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}
