import { deadLetterTopic, EVENT_HEADERS } from '@aftersales/integration-events';
import { Kafka, KafkaMessage } from 'kafkajs';
import { RecreatingProducer } from './recreating-producer';

/** What /health shows of a consumer's latest dead letter. */
export interface DeadLetterRecord {
  /** Null when the message was not an event at all (not JSON, no id). */
  eventId: string | null;
  topic: string;
  partition: number;
  offset: string;
  error: string;
  at: string;
}

export interface DeadLetterLogger {
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * A consumer group's sends to `<topic>.dlq` (docs/architecture.md rule 4): each with its error in
 * a header, logged at error level with its eventId, and counted for /health. The producer is
 * replaced after a failed send; the batch fails and is retried, so nothing is skipped.
 */
export class DeadLetters {
  private readonly producer: RecreatingProducer;
  /** Dead letters this process sent (since it started). */
  count = 0;
  last: DeadLetterRecord | null = null;

  constructor(kafka: Kafka, private readonly groupId: string, private readonly logger: DeadLetterLogger,
    /** Told of each dead letter sent (metrics); optional. */
    private readonly onSent?: (topic: string) => void) {
    this.producer = new RecreatingProducer(() => kafka.producer({ idempotent: true, maxInFlightRequests: 1, retry: { retries: 5 } }));
  }

  async send(topic: string, partition: number, message: KafkaMessage, error: string): Promise<void> {
    await this.producer.send({
      topic: deadLetterTopic(topic),
      acks: -1,
      messages: [{
        key: message.key,
        value: message.value,
        headers: {
          ...message.headers,
          'dlq-error': error.slice(0, 4000),
          'dlq-original-topic': topic,
          'dlq-original-partition': String(partition),
          'dlq-original-offset': message.offset,
          'dlq-consumer-group': this.groupId,
        },
      }],
    });
    const eventId = eventIdOf(message);
    this.count++;
    this.last = { eventId, topic, partition, offset: message.offset, error: error.slice(0, 1000), at: new Date().toISOString() };
    this.logger.error('event sent to the dead-letter topic', { eventId, topic, partition, offset: message.offset, group: this.groupId, error });
    this.onSent?.(topic);
  }

  /** A new producer for the next send (after the consumer was recreated). */
  reset(): void {
    this.producer.reset();
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }
}

/** The event's id from its header, or from the value when it is JSON with an `eventId`. */
export function eventIdOf(message: KafkaMessage): string | null {
  const header = message.headers?.[EVENT_HEADERS.eventId];
  if (header !== undefined && !Array.isArray(header)) return header.toString();
  try {
    const value = JSON.parse(message.value?.toString('utf8') ?? '') as { eventId?: unknown };
    return typeof value?.eventId === 'string' ? value.eventId : null;
  } catch {
    return null;
  }
}
