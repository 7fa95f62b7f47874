import { createTestContext, TestContext } from '@aftersales/testing';
import { ConfigResourceTypes, Kafka } from 'kafkajs';
import { createKafka, ensureTopics, physicalTopic } from './kafka-config';

describe('ensureTopics on a real broker', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await createTestContext('topics')));
  afterAll(() => ctx.dispose());

  it('lets services that start together create the same topics at once', async () => {
    const settings = { brokers: ctx.kafkaBrokers, clientId: 'topics-test', topicPrefix: ctx.topicPrefix };
    const topics = ['a.events.v1', 'a.events.v1.dlq', 'b.events.v1'];
    const kafka = createKafka(settings);
    await Promise.all([1, 2, 3].map(() => ensureTopics(kafka, settings, topics)));
    const admin = kafka.admin();
    await admin.connect();
    const listed = await admin.listTopics();
    await admin.disconnect();
    expect(topics.map((t) => physicalTopic(settings, t)).filter((t) => !listed.includes(t))).toEqual([]); // the topics not created
  }, 60_000);

  it('keeps event topics forever (the log of record) and dead-letter topics by the broker default, also an event topic made before', async () => {
    const settings = { brokers: ctx.kafkaBrokers, clientId: 'topics-test', topicPrefix: `${ctx.topicPrefix}retention.` };
    const kafka = createKafka(settings);
    const older = physicalTopic(settings, 'old.events.v1');
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: older, numPartitions: 1 }] }); // as an earlier version made it
    await ensureTopics(kafka, settings, ['c.events.v1', 'c.events.v1.dlq', 'old.events.v1']);
    expect(await retention(kafka, physicalTopic(settings, 'c.events.v1'))).toBe('-1');
    expect(await retention(kafka, older)).toBe('-1');
    expect(await retention(kafka, physicalTopic(settings, 'c.events.v1.dlq'))).not.toBe('-1');
    await admin.disconnect();
  }, 60_000);
});

async function retention(kafka: Kafka, topic: string): Promise<string | undefined> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { resources } = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms'] }] });
    return resources[0]?.configEntries.find((e) => e.configName === 'retention.ms')?.configValue;
  } finally {
    await admin.disconnect();
  }
}
