import { EventEnvelope, TOPICS } from '@aftersales/integration-events';
import { createKafka, ensureTopics, KafkaEventPublisher, KafkaSettings, physicalTopic } from '@aftersales/kafka';
import { TestContext } from '@aftersales/testing';

/**
 * A topic of the test's own, a publisher to it, and a raw consumer collecting everything on it
 * (what the relay specs publish through and read back). Their disconnects go to `closers`.
 */
export async function topicWithReader(ctx: TestContext, closers: (() => Promise<void>)[], name: string, clientId: string) {
  const settings: KafkaSettings = { brokers: ctx.kafkaBrokers, clientId, topicPrefix: `${ctx.topicPrefix}${name}.` };
  const kafka = createKafka(settings);
  await ensureTopics(kafka, settings, [TOPICS.settlements]);
  const publisher = new KafkaEventPublisher(kafka, settings, TOPICS.settlements);
  const consumer = kafka.consumer({ groupId: physicalTopic(settings, 'reader') });
  closers.push(() => publisher.disconnect(), () => consumer.disconnect());
  const received: EventEnvelope[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic: physicalTopic(settings, TOPICS.settlements), fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => void received.push(JSON.parse(String(message.value))) });
  return { publisher, received };
}
