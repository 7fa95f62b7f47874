import { EVENT_HEADERS, EventEnvelope } from '@aftersales/integration-events';
import { CompressionTypes, Kafka, Producer } from 'kafkajs';
import { KafkaSettings, physicalTopic } from './kafka-config';

/**
 * Publishes envelopes with an idempotent producer (acks from all in-sync replicas), keyed
 * by dealer code so one dealer's events stay in order within a topic.
 */
export class KafkaEventPublisher {
  private readonly producer: Producer;
  private connected?: Promise<void>;

  constructor(
    kafka: Kafka,
    private readonly settings: KafkaSettings,
    /** The topic this service publishes (a service owns exactly one). */
    private readonly topic: string,
  ) {
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: true });
  }

  async publish(envelopes: EventEnvelope[]): Promise<void> {
    if (envelopes.length === 0) return;
    await this.connect();
    await this.producer.send({
      topic: physicalTopic(this.settings, this.topic),
      acks: -1,
      compression: CompressionTypes.None,
      messages: envelopes.map(toMessage),
    });
  }

  connect(): Promise<void> {
    this.connected ??= this.producer.connect().catch((error) => {
      this.connected = undefined;
      throw error;
    });
    return this.connected;
  }

  async disconnect(): Promise<void> {
    if (this.connected) await this.producer.disconnect();
    this.connected = undefined;
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
