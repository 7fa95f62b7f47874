import { createTestContext, TestContext } from '@aftersales/testing';
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
    expect(topics.map((t) => physicalTopic(settings, t)).every((t) => listed.includes(t))).toBe(true);
  }, 60_000);
});
