import { Consumer, EachBatchPayload, Kafka, TopicPartitionOffsetAndMetadata } from 'kafkajs';
import { LogLine } from './recovery';
import { Recreatable, Supervisor, SupervisorOptions } from './supervisor';

export type CommitOffsets = (offsets: TopicPartitionOffsetAndMetadata[]) => Promise<void>;

export interface SupervisedConsumerOptions {
  /** Physical group id and topics (prefix included). */
  groupId: string;
  topics: string[];
  /** Handles one batch and commits through `commit`; resolves when the batch is done. */
  /** `progressed` marks an event handled inside a long batch: /health judges progress by it, not by the batch's end. */
  eachBatch: (payload: EachBatchPayload, commit: CommitOffsets, progressed: () => void) => Promise<void>;
  log: (line: LogLine) => void;
  /** Called when a failed client is replaced (the dead-letter producer is replaced with it). */
  onRecreate?: () => void;
  /**
   * How long the broker waits for a dead member before giving its partitions to others (default
   * 10 s): a service restarted after kill -9 resumes consuming after this. Batches heartbeat
   * between events, so a long batch does not run past it.
   */
  sessionTimeoutMs?: number;
  /** A running client that neither fetched nor heartbeat for this long, outside a batch, is dead (default 60 s). */
  livenessMs?: number;
  supervisor?: Partial<Pick<SupervisorOptions, 'backoff' | 'stableMs' | 'clock'>>;
}

/**
 * A kafkajs consumer kept alive by a Supervisor: a crash (also one kafkajs would not restart,
 * such as "the coordinator is not aware of this member"), a stop nobody asked for, or a run
 * loop that went silent disconnects it and starts a new one in the same group after a back-off.
 */
export class SupervisedConsumer implements Recreatable {
  readonly supervisor: Supervisor;
  private readonly clients = new Map<number, Consumer>();
  private lastActivity = Date.now();
  private batchesInFlight = 0;
  private watchdog?: ReturnType<typeof setInterval>;
  private joined!: () => void;
  /** Resolves when the group is first joined (or the consumer is stopped). */
  readonly firstJoin = new Promise<void>((resolve) => (this.joined = resolve));
  /** The last batch handled or fetch made (kafkajs fetches again only once its batches are handled). */
  lastProgressAt = Date.now();

  constructor(private readonly kafka: Kafka, private readonly options: SupervisedConsumerOptions) {
    this.supervisor = new Supervisor(this, { subject: `consumer ${options.groupId}`, log: options.log, ...options.supervisor });
  }

  start(): Promise<void> {
    this.supervisor.start();
    this.watchdog ??= setInterval(() => this.checkLiveness(), 5_000).unref();
    return this.firstJoin;
  }

  async stop(): Promise<void> {
    if (this.watchdog) clearInterval(this.watchdog);
    await this.supervisor.stop();
    this.joined();
  }

  /** The kafkajs consumer in use, if any. */
  get current(): Consumer | undefined {
    return this.clients.get(this.supervisor.generation);
  }

  async launch(generation: number): Promise<void> {
    if (generation > 1) this.options.onRecreate?.();
    const session = this.options.sessionTimeoutMs ?? 10_000;
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: session,
      heartbeatInterval: Math.min(3_000, Math.floor(session / 3)),
      // Never restarted by kafkajs: every failure goes through the supervisor's back-off.
      retry: { retries: 5, restartOnFailure: async () => false },
    });
    this.clients.set(generation, consumer);
    this.listen(consumer, generation);
    this.lastActivity = Date.now();
    await consumer.connect();
    await consumer.subscribe({ topics: this.options.topics, fromBeginning: true });
    await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: (payload) => this.batch(payload, consumer, generation) });
  }

  async teardown(generation: number): Promise<void> {
    const consumer = this.clients.get(generation);
    this.clients.delete(generation); // first: the STOP this disconnect emits is ours
    await consumer?.disconnect();
  }

  private async batch(payload: EachBatchPayload, consumer: Consumer, generation: number): Promise<void> {
    this.batchesInFlight++;
    try {
      await this.options.eachBatch(payload, (offsets) => commitInBatch(payload, offsets), () => (this.lastProgressAt = Date.now()));
      this.lastProgressAt = Date.now();
      this.supervisor.healthy(generation);
    } finally {
      this.batchesInFlight--;
      this.lastActivity = Date.now();
    }
  }

  private listen(consumer: Consumer, generation: number): void {
    const { GROUP_JOIN, FETCH, HEARTBEAT, CRASH, STOP } = consumer.events;
    const touch = () => (this.lastActivity = Date.now());
    consumer.on(GROUP_JOIN, () => {
      touch();
      this.supervisor.running(generation);
      this.joined();
    });
    // The fetch loop waits for its batches to be handled: a fetch is progress, the consumer is caught up or moving.
    consumer.on(FETCH, () => (this.lastProgressAt = touch()));
    consumer.on(HEARTBEAT, touch);
    consumer.on(CRASH, (event) => this.supervisor.failed(generation, event.payload.error));
    consumer.on(STOP, () => {
      if (!this.clients.has(generation)) return;
      // kafkajs stops a consumer before it reports the crash: give the CRASH (and its error) a moment.
      setTimeout(() => this.supervisor.failed(generation, new Error('the consumer stopped without being asked to')), 1_000).unref();
    });
  }

  private checkLiveness(): void {
    const limit = this.options.livenessMs ?? 60_000;
    if (this.supervisor.state !== 'running' || this.batchesInFlight > 0 || Date.now() - this.lastActivity < limit) return;
    this.supervisor.failed(this.supervisor.generation, new Error(`no fetch or heartbeat for ${Math.round(limit / 1000)} s: the run loop has died`));
  }
}

/**
 * Commits through the batch's own commit: `consumer.commitOffsets` does nothing once the consumer
 * is stopping (kafkajs returns early when not running), so the batch a graceful stop lets finish
 * would be handled again after the restart. This one goes to the group coordinator while the
 * consumer drains, before it leaves the group.
 */
function commitInBatch(payload: EachBatchPayload, offsets: TopicPartitionOffsetAndMetadata[]): Promise<void> {
  const byTopic = new Map<string, { partition: number; offset: string }[]>();
  for (const { topic, partition, offset } of offsets) byTopic.set(topic, [...(byTopic.get(topic) ?? []), { partition, offset }]);
  return payload.commitOffsetsIfNecessary({ topics: [...byTopic].map(([topic, partitions]) => ({ topic, partitions })) });
}
