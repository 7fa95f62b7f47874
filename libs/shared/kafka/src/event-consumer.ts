import { describeProblems, EventEnvelope } from '@aftersales/integration-events';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { setTimeout as delay } from 'node:timers/promises';
import { DeadLetterRecord, DeadLetters } from './dead-letters';
import { decode } from './decode-message';
import { KafkaSettings, physicalTopic } from './kafka-config';
import { ProcessedEventLog } from './processed-events';
import { errorText } from './recovery';
import { CommitOffsets, SupervisedConsumer, SupervisedConsumerOptions } from './supervised-consumer';
import { SupervisedState } from './supervisor';
import { isTransient } from './transient-errors';

export interface ConsumerLogger {
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  info?(message: string, fields?: Record<string, unknown>): void;
}

export interface EventConsumerOptions {
  /** Logical group name; the settings' prefix is added. */
  groupId: string;
  /** Logical topic names (TOPICS.*). */
  topics: string[];
  /** Handles one event; must be idempotent (a crash can redeliver it). */
  handle: (event: EventEnvelope, delivery: Delivery) => Promise<void>;
  /** Optional faster path for a batch of new events; on failure each event is retried alone. */
  handleBatch?: (events: EventEnvelope[], delivery: Delivery) => Promise<void>;
  /** Attempts per message before it goes to the dead-letter topic (default 5). */
  maxAttempts?: number;
  retryBackoffMs?: number;
  logger: ConsumerLogger;
  /** Told of each message sent to the dead-letter topic (metrics); optional. */
  onDeadLettered?: (topic: string) => void;
  /** Session, liveness and back-off of the kafkajs client (defaults suit services; tests shorten them). */
  client?: Pick<SupervisedConsumerOptions, 'sessionTimeoutMs' | 'livenessMs' | 'supervisor'>;
}

/** Where the events handed to a handler were read: the physical topic, the partition, their offsets. */
export interface Delivery {
  topic: string;
  partition: number;
  offsets: string[];
}

type Fresh = { message: KafkaMessage; envelope: EventEnvelope }[];

/** Events per handleBatch call: the consumer heartbeats between chunks. */
const HANDLE_CHUNK = 500;

/** What /health shows of one consumer group. */
export interface ConsumerStatus {
  group: string;
  topics: string[];
  state: SupervisedState;
  since: string;
  /** The last batch handled or fetch made (the start, before the first one): a fetch waits for the batch before it. */
  lastProgressAt: string;
  restarts: number;
  lastError: string | null;
  deadLettered: number;
  lastDeadLetter: DeadLetterRecord | null;
}

/**
 * At-least-once consumer: offsets are committed only after the handler's writes and the
 * processed marks are durable; a processed eventId is skipped; a message that keeps failing,
 * or does not validate, goes to `<topic>.dlq` with its error and the partition moves on.
 * It joins its group in the background and recovers by itself (SupervisedConsumer): whatever
 * stops the kafkajs consumer, a new one takes over in the same group after a back-off.
 */
export class EventConsumer {
  private readonly client: SupervisedConsumer;
  private readonly deadLetters: DeadLetters;
  private readonly processed: ProcessedEventLog;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private stopped?: Promise<void>;
  /** Ends the back-off of a retry in progress: a stop does not wait out the retries. */
  private readonly stopping = new AbortController();
  readonly groupId: string;

  constructor(kafka: Kafka, private readonly settings: KafkaSettings, processed: (group: string) => ProcessedEventLog,
    private readonly options: EventConsumerOptions) {
    this.groupId = physicalTopic(settings, options.groupId);
    this.processed = processed(this.groupId);
    this.maxAttempts = options.maxAttempts ?? 5;
    this.backoffMs = options.retryBackoffMs ?? 200;
    this.deadLetters = new DeadLetters(kafka, this.groupId, options.logger, options.onDeadLettered);
    this.client = new SupervisedConsumer(kafka, {
      groupId: this.groupId,
      topics: options.topics.map((t) => physicalTopic(settings, t)),
      eachBatch: (payload, commit, progressed) => this.onBatch(payload, commit, progressed),
      log: (line) => (line.level === 'info' ? options.logger.info?.(line.message, line.fields) : options.logger[line.level](line.message, line.fields)),
      onRecreate: () => this.deadLetters.reset(),
      ...options.client,
    });
  }

  /** Starts consuming in the background; resolves once the group is joined (do not wait for it to serve HTTP). */
  start(): Promise<void> {
    return this.client.start();
  }

  /** Graceful: the batch in hand finishes and its offsets are committed before leaving the group. */
  stop(): Promise<void> {
    // Once: the transport's close and the service's stop both ask, and both wait for the same drain.
    this.stopping.abort();
    this.stopped ??= this.client.stop().then(() => this.deadLetters.disconnect());
    return this.stopped;
  }

  /** The logical topics it reads. */
  get topics(): string[] {
    return this.options.topics;
  }

  /** The kafkajs consumer in use, if any (tests break it to see it come back). */
  get current(): Consumer | undefined {
    return this.client.current;
  }

  status(): ConsumerStatus {
    const { supervisor } = this.client;
    return {
      group: this.groupId,
      topics: this.options.topics.map((t) => physicalTopic(this.settings, t)),
      state: supervisor.state,
      since: new Date(supervisor.since).toISOString(),
      lastProgressAt: new Date(this.client.lastProgressAt).toISOString(),
      restarts: supervisor.restarts,
      lastError: supervisor.lastError ?? null,
      deadLettered: this.deadLetters.count,
      lastDeadLetter: this.deadLetters.last,
    };
  }

  private async onBatch(payload: EachBatchPayload, commit: CommitOffsets, progressed: () => void): Promise<void> {
    const { batch } = payload;
    const decoded = batch.messages.map((m) => ({ message: m, decoded: decode(m) }));
    const ids = decoded.flatMap((d) => (d.decoded.kind === 'event' ? [d.decoded.envelope.eventId] : []));
    const seen = await this.processed.alreadyProcessed(ids);
    const fresh: Fresh = [];
    for (const { message, decoded: d } of decoded) {
      if (d.kind === 'poison') await this.deadLetters.send(batch.topic, batch.partition, message, describeProblems(d.problems));
      if (d.kind === 'event' && !seen.has(d.envelope.eventId)) {
        seen.add(d.envelope.eventId); // a duplicate inside the same batch counts once too
        fresh.push({ message, envelope: d.envelope });
      }
    }
    await this.handleAll(batch.topic, batch.partition, fresh, payload, progressed);
    await this.processed.markProcessed(fresh.map((f) => f.envelope.eventId));
    const last = batch.messages.at(-1);
    if (last) {
      payload.resolveOffset(last.offset);
      const next = (BigInt(last.offset) + 1n).toString();
      await commit([{ topic: batch.topic, partition: batch.partition, offset: next }]);
    }
  }

  /** In chunks, with a heartbeat after each: a heartbeat's failure (a rebalance) fails the batch, it is not the handler's. */
  private async handleAll(topic: string, partition: number, fresh: Fresh, payload: EachBatchPayload, progressed: () => void): Promise<void> {
    for (let i = 0; i < fresh.length; i += HANDLE_CHUNK) {
      const chunk = fresh.slice(i, i + HANDLE_CHUNK);
      if (!(await this.handleChunk(topic, partition, chunk))) {
        for (const { message, envelope } of chunk) {
          await this.handleWithRetry(topic, partition, message, envelope, payload);
          progressed();
          await payload.heartbeat(); // sends only when the interval is due: a long batch keeps its partitions
        }
      }
      progressed(); // a slow batch of many events is progress, not a stall (/health)
      await payload.heartbeat();
    }
  }

  /** The batch handler's faster path; false when it refused the chunk and each event is to be tried alone. */
  private async handleChunk(topic: string, partition: number, chunk: Fresh): Promise<boolean> {
    if (!this.options.handleBatch) return false;
    try {
      await this.options.handleBatch(chunk.map((f) => f.envelope), { topic, partition, offsets: chunk.map((f) => f.message.offset) });
      return true;
    } catch (error) {
      if (isTransient(error)) throw error;
      this.options.logger.warn('batch handler failed; retrying events one by one', { error: String(error) });
      return false;
    }
  }

  private async handleWithRetry(topic: string, partition: number, message: KafkaMessage, envelope: EventEnvelope,
    payload: EachBatchPayload): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.handle(envelope, { topic, partition, offsets: [message.offset] });
        return;
      } catch (error) {
        // A database or broker outage is not the message's fault: fail the batch, keep the offset.
        if (isTransient(error)) throw error;
        if (attempt >= this.maxAttempts) {
          await this.deadLetters.send(topic, partition, message, errorText(error));
          return;
        }
        await payload.heartbeat();
        // Node's abortable timer: a stop ends the wait at once (the rejection is the abort itself).
        await delay(this.backoffMs * 2 ** (attempt - 1), undefined, { signal: this.stopping.signal }).catch(() => undefined);
        // Stopping: the batch fails here, uncommitted and not dead-lettered; the group's next
        // member retries the event from the start (the handlers are idempotent).
        if (this.stopping.signal.aborted) throw new ConsumerStopping(envelope.eventId);
      }
    }
  }
}

/** The batch given up because the consumer stops while an event waited for its next attempt. */
export class ConsumerStopping extends Error {
  constructor(eventId: string) {
    super(`stopping: event ${eventId} is left for the next consumer of the group`);
  }
}
