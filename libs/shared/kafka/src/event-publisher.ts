import { EVENT_HEADERS, EventEnvelope } from '@aftersales/integration-events';
import { CompressionTypes, Kafka, Message } from 'kafkajs';
import { KafkaSettings, physicalTopic } from './kafka-config';
import { RecreatingProducer } from './recreating-producer';

/**
 * Bytes one send may carry (KAFKA_MAX_BATCH_BYTES): kafkajs puts all the messages of a send for
 * one partition in one record batch, and the broker refuses a batch over its message.max.bytes
 * (1,048,588 by default; a topic's max.message.bytes). Kept well below, for the framing we estimate.
 */
export const DEFAULT_MAX_BATCH_BYTES = 900_000;
/** A record batch's header (61 bytes), rounded up. */
const BATCH_OVERHEAD = 100;
/** A record's framing (attributes, deltas, varint lengths, header counts), generously. */
const RECORD_OVERHEAD = 64;
const HEADER_NAMES_BYTES = Object.values(EVENT_HEADERS).join('').length;

export interface PublisherOptions {
  /** Bytes one send may carry, key, headers and framing included (default DEFAULT_MAX_BATCH_BYTES). */
  maxBatchBytes?: number;
}

/** An event larger than one send may carry: it cannot be published until the limit is raised. */
export class EventTooLargeError extends Error {
  override readonly name = 'EventTooLargeError';

  constructor(readonly eventId: string, readonly type: string, readonly bytes: number, readonly maxBytes: number) {
    super(`event ${eventId} (${type}, ${bytes.toLocaleString('en-US')} bytes) is over the limit of `
      + `${maxBytes.toLocaleString('en-US')} bytes per Kafka send (KAFKA_MAX_BATCH_BYTES) and cannot be published; `
      + 'the events after it wait until the limit and the broker\'s message.max.bytes allow it');
  }
}

/**
 * Publishes envelopes with an idempotent producer (acks from all in-sync replicas), keyed
 * by dealer code so one dealer's events stay in order within a topic. A batch larger than
 * `maxBatchBytes` goes out in several sends, one after the other, in order. A failed publish
 * replaces the producer (see RecreatingProducer); the caller, the outbox relay, sends the
 * same commits again after a back-off (the sends that got through are then duplicates,
 * which consumers skip by eventId).
 */
export class KafkaEventPublisher {
  readonly producer: RecreatingProducer;
  private readonly maxBatchBytes: number;

  constructor(
    kafka: Kafka,
    private readonly settings: KafkaSettings,
    /** The topic this service publishes (a service owns exactly one). */
    private readonly topic: string,
    options: PublisherOptions = {},
  ) {
    this.maxBatchBytes = options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
    // Topics are created by ensureTopics with their settings (retention); never by a send.
    // Retries are bounded: after them the relay's own back-off takes over with a new producer.
    this.producer = new RecreatingProducer(() => kafka.producer({
      idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, retry: { retries: 5 },
    }));
  }

  /** Checks every event's size before sending any: an event too large sends nothing of the batch. */
  async publish(envelopes: EventEnvelope[]): Promise<void> {
    if (envelopes.length === 0) return;
    const topic = physicalTopic(this.settings, this.topic);
    for (const messages of chunkBySize(envelopes, this.maxBatchBytes)) {
      await this.producer.send({ topic, acks: -1, compression: CompressionTypes.None, messages });
    }
  }

  async connect(): Promise<void> {
    await this.producer.connected();
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }
}

/**
 * The envelopes as messages, in order, cut into consecutive chunks of at most `maxBytes` each
 * (estimated from the JSON already built for the message: no second serialization).
 * Throws EventTooLargeError, naming the event, when one alone is over the limit.
 */
export function chunkBySize(envelopes: EventEnvelope[], maxBytes: number): Message[][] {
  const chunks: Message[][] = [];
  let chunk: Message[] = [];
  let bytes = BATCH_OVERHEAD;
  for (const envelope of envelopes) {
    const message = toMessage(envelope);
    const size = messageBytes(message);
    if (BATCH_OVERHEAD + size > maxBytes) throw new EventTooLargeError(envelope.eventId, envelope.type, size, maxBytes);
    if (bytes + size > maxBytes) {
      chunks.push(chunk);
      chunk = [];
      bytes = BATCH_OVERHEAD;
    }
    chunk.push(message);
    bytes += size;
  }
  chunks.push(chunk);
  return chunks;
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

/** A record's bytes on the wire, near enough: the value in UTF-8; key and headers are short ASCII. */
function messageBytes(message: ReturnType<typeof toMessage>): number {
  const h = message.headers;
  return RECORD_OVERHEAD + HEADER_NAMES_BYTES + Buffer.byteLength(message.value) + message.key.length
    + h.type.length + h.schemaVersion.length + h.eventId.length + h.correlationId.length;
}
