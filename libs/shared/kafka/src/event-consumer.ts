import { EventEnvelope, FieldProblem, deadLetterTopic, describeProblems, parseEnvelope } from '@aftersales/integration-events';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { KafkaSettings, physicalTopic } from './kafka-config';
import { ProcessedEventLog } from './processed-events';

export interface ConsumerLogger {
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface EventConsumerOptions {
  /** Logical group name; the settings' prefix is added. */
  groupId: string;
  /** Logical topic names (TOPICS.*). */
  topics: string[];
  /** Handles one event; must be idempotent (a crash can redeliver it). */
  handle: (event: EventEnvelope) => Promise<void>;
  /** Optional faster path for a batch of new events; on failure each event is retried alone. */
  handleBatch?: (events: EventEnvelope[]) => Promise<void>;
  /** Attempts per message before it goes to the dead-letter topic (default 5). */
  maxAttempts?: number;
  retryBackoffMs?: number;
  logger: ConsumerLogger;
}

type Decoded =
  | { kind: 'event'; envelope: EventEnvelope }
  | { kind: 'skip' }
  | { kind: 'poison'; problems: FieldProblem[] };

/**
 * At-least-once consumer: offsets are committed only after the handler's writes and the
 * processed marks are durable; a processed eventId is skipped; a message that keeps failing,
 * or does not validate, goes to `<topic>.dlq` with its error and the partition moves on.
 */
export class EventConsumer {
  private readonly consumer: Consumer;
  private readonly dlqProducer: Producer;
  private readonly processed: ProcessedEventLog;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;

  constructor(kafka: Kafka, private readonly settings: KafkaSettings, processed: (group: string) => ProcessedEventLog,
    private readonly options: EventConsumerOptions) {
    const groupId = physicalTopic(settings, options.groupId);
    this.consumer = kafka.consumer({ groupId, allowAutoTopicCreation: true, sessionTimeout: 30_000, heartbeatInterval: 3_000 });
    this.dlqProducer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    this.processed = processed(groupId);
    this.maxAttempts = options.maxAttempts ?? 5;
    this.backoffMs = options.retryBackoffMs ?? 200;
  }

  async start(): Promise<void> {
    await Promise.all([this.consumer.connect(), this.dlqProducer.connect()]);
    for (const topic of this.options.topics) {
      await this.consumer.subscribe({ topic: physicalTopic(this.settings, topic), fromBeginning: true });
    }
    await this.consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: (p) => this.onBatch(p) });
  }

  /** Graceful: the batch in hand finishes and its offsets are committed before leaving the group. */
  async stop(): Promise<void> {
    await this.consumer.disconnect();
    await this.dlqProducer.disconnect();
  }

  private async onBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const decoded = batch.messages.map((m) => ({ message: m, decoded: decode(m) }));
    const ids = decoded.flatMap((d) => (d.decoded.kind === 'event' ? [d.decoded.envelope.eventId] : []));
    const seen = await this.processed.alreadyProcessed(ids);
    const fresh: { message: KafkaMessage; envelope: EventEnvelope }[] = [];
    for (const { message, decoded: d } of decoded) {
      if (d.kind === 'poison') await this.deadLetter(batch.topic, batch.partition, message, describeProblems(d.problems));
      if (d.kind === 'event' && !seen.has(d.envelope.eventId)) {
        seen.add(d.envelope.eventId); // a duplicate inside the same batch counts once too
        fresh.push({ message, envelope: d.envelope });
      }
    }
    await this.handleAll(batch.topic, batch.partition, fresh, payload);
    await this.processed.markProcessed(fresh.map((f) => f.envelope.eventId));
    const last = batch.messages.at(-1);
    if (last) {
      payload.resolveOffset(last.offset);
      const next = (BigInt(last.offset) + 1n).toString();
      await this.consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: next }]);
    }
  }

  private async handleAll(topic: string, partition: number, fresh: { message: KafkaMessage; envelope: EventEnvelope }[],
    payload: EachBatchPayload): Promise<void> {
    if (fresh.length === 0) return;
    if (this.options.handleBatch) {
      try {
        await this.options.handleBatch(fresh.map((f) => f.envelope));
        return;
      } catch (error) {
        if (isTransient(error)) throw error;
        this.options.logger.warn('batch handler failed; retrying events one by one', { error: String(error) });
      }
    }
    for (const { message, envelope } of fresh) {
      await this.handleWithRetry(topic, partition, message, envelope, payload);
    }
  }

  private async handleWithRetry(topic: string, partition: number, message: KafkaMessage, envelope: EventEnvelope,
    payload: EachBatchPayload): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.handle(envelope);
        return;
      } catch (error) {
        // A database or broker outage is not the message's fault: fail the batch, keep the offset.
        if (isTransient(error)) throw error;
        if (attempt >= this.maxAttempts) {
          await this.deadLetter(topic, partition, message, errorText(error));
          return;
        }
        await payload.heartbeat();
        await sleep(this.backoffMs * 2 ** (attempt - 1));
      }
    }
  }

  private async deadLetter(topic: string, partition: number, message: KafkaMessage, error: string): Promise<void> {
    this.options.logger.error('message sent to the dead-letter topic', { topic, partition, offset: message.offset, error });
    await this.dlqProducer.send({
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
          'dlq-consumer-group': physicalTopic(this.settings, this.options.groupId),
        },
      }],
    });
  }
}

function decode(message: KafkaMessage): Decoded {
  let raw: unknown;
  try {
    raw = JSON.parse(message.value?.toString('utf8') ?? '');
  } catch {
    return { kind: 'poison', problems: [{ field: '(value)', reason: 'is not valid JSON' }] };
  }
  const parsed = parseEnvelope(raw);
  if (parsed.ok) return { kind: 'event', envelope: parsed.envelope };
  // An event type this build does not know comes from a newer publisher: not ours to judge.
  return parsed.known ? { kind: 'poison', problems: parsed.problems } : { kind: 'skip' };
}

const TRANSIENT = new Set(['MongoNetworkError', 'MongoServerSelectionError', 'MongoNotConnectedError',
  'MongoTopologyClosedError', 'KafkaJSConnectionError', 'KafkaJSNumberOfRetriesExceeded']);

export function isTransient(error: unknown): boolean {
  return error instanceof Error && TRANSIENT.has(error.name);
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
