import { EVENT_HEADERS, EventEnvelope } from '@aftersales/integration-events';
import { CompressionTypes, Kafka } from 'kafkajs';
import { KafkaSettings, physicalTopic } from './kafka-config';
import { RecreatingProducer } from './recreating-producer';

/**
 * Publishes envelopes with an idempotent producer (acks from all in-sync replicas), keyed
 * by dealer code so one dealer's events stay in order within a topic. A failed publish
 * replaces the producer (see RecreatingProducer); the caller, the outbox relay, sends the
 * same commits again after a back-off.
 */
export class KafkaEventPublisher {
  readonly producer: RecreatingProducer;

  constructor(
    kafka: Kafka,
    private readonly settings: KafkaSettings,
    /** The topic this service publishes (a service owns exactly one). */
    private readonly topic: string,
  ) {
    // Topics are created by ensureTopics with their settings (retention); never by a send.
    // Retries are bounded: after them the relay's own back-off takes over with a new producer.
    this.producer = new RecreatingProducer(() => kafka.producer({
      idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, retry: { retries: 5 },
    }));
  }

  async publish(envelopes: EventEnvelope[]): Promise<void> {
    if (envelopes.length === 0) return;
    await this.producer.send({
      topic: physicalTopic(this.settings, this.topic),
      acks: -1,
      compression: CompressionTypes.None,
      messages: envelopes.map(toMessage),
    });
  }

  async connect(): Promise<void> {
    await this.producer.connected();
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }
}

export function toMessage(envelope: EventEnvelope) {
  return {
    key: envelope.dealerCode,
    value: JSON.stringify(envelope),
    headers: {
      [EVENT_HEADERS.type]: envelope.type,
      [EVENT_HEADERS.schemaVersion]: String(envelope.schemaVersion),
      [EVENT_HEADERS.eventId]: envelope.eventId,
      [EVENT_HEADERS.correlationId]: envelope.metadata.correlationId,
    },
  };
}
