import { EventEnvelope, parseEnvelope } from '@aftersales/integration-events';
import { KafkaSettings, physicalTopic } from '@aftersales/kafka';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';

/** Offset per partition. */
export type Offsets = Map<number, bigint>;

/** The first offset still held (low) and the next offset to be written (high) of each partition. */
export async function topicOffsets(kafka: Kafka, settings: KafkaSettings, topic: string): Promise<{ low: Offsets; high: Offsets }> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const partitions = await admin.fetchTopicOffsets(physicalTopic(settings, topic));
    return {
      low: new Map(partitions.map((p) => [p.partition, BigInt(p.low)])),
      high: new Map(partitions.map((p) => [p.partition, BigInt(p.high)])),
    };
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

export interface TopicReplay {
  kafka: Kafka;
  settings: KafkaSettings;
  topic: string;
  /** A consumer group of its own (logical name), deleted afterwards. */
  groupId: string;
  /** Each partition is read from `from` up to, not including, `to`. */
  from: Offsets;
  to: Offsets;
  apply(events: EventEnvelope[]): Promise<void>;
  /** Told the running counts after each batch. */
  onProgress?(progress: ReplayProgress): void;
  /** A replay that applies nothing for this long fails (default 120 s). */
  stallMs?: number;
}

export interface ReplayProgress {
  /** Valid events read and applied. */
  events: number;
  /** Messages that are not a valid event of a known type: the live consumer dead-lettered them. */
  skipped: number;
}

/**
 * Reads a range of a topic into `apply`, as a consumer would receive it: one partition's
 * events in order, envelopes validated and upcast, events of unknown types ignored.
 */
export async function replayTopic(replay: TopicReplay): Promise<ReplayProgress> {
  const progress = { events: 0, skipped: 0 };
  const pending = new Set([...replay.to].filter(([p, end]) => (replay.from.get(p) ?? 0n) < end).map(([p]) => p));
  if (pending.size === 0) return progress;
  const groupId = physicalTopic(replay.settings, replay.groupId);
  const consumer = replay.kafka.consumer({ groupId, allowAutoTopicCreation: false, sessionTimeout: 30_000, heartbeatInterval: 3_000 });
  try {
    await consumer.connect();
    await consumer.subscribe({ topic: physicalTopic(replay.settings, replay.topic), fromBeginning: true });
    await consumeUntilDone(consumer, replay, pending, progress);
    return progress;
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await deleteGroup(replay.kafka, groupId);
  }
}

function consumeUntilDone(consumer: Consumer, replay: TopicReplay, pending: Set<number>, progress: ReplayProgress): Promise<void> {
  const topic = physicalTopic(replay.settings, replay.topic);
  const stallMs = replay.stallMs ?? 120_000;
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    let lastProgress = Date.now();
    const settle = (error?: unknown) => {
      if (settled) return;
      settled = true;
      clearInterval(stall);
      if (error === undefined) resolve();
      else reject(error);
    };
    const stall = setInterval(() => {
      if (Date.now() - lastProgress > stallMs) settle(new Error(`the replay of ${replay.topic} made no progress for ${stallMs} ms`));
    }, 1_000);
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart) settle(payload.error);
    });
    const eachBatch = async ({ batch }: EachBatchPayload) => {
      if (settled || !pending.has(batch.partition)) return;
      const end = replay.to.get(batch.partition) ?? 0n;
      const inRange = batch.messages.filter((m) => BigInt(m.offset) < end);
      const events = decodeAll(inRange, progress);
      try {
        await replay.apply(events);
      } catch (error) {
        settle(error);
        return;
      }
      progress.events += events.length;
      lastProgress = Date.now();
      replay.onProgress?.(progress);
      const last = inRange.at(-1);
      if (last && BigInt(last.offset) + 1n >= end) {
        pending.delete(batch.partition);
        consumer.pause([{ topic, partitions: [batch.partition] }]);
      }
      if (pending.size === 0) settle();
    };
    consumer.run({ eachBatch }).catch(settle);
    // Each partition is read from its start offset; one with nothing to read stays paused.
    for (const [partition] of replay.to) {
      if (pending.has(partition)) consumer.seek({ topic, partition, offset: String(replay.from.get(partition) ?? 0n) });
      else consumer.pause([{ topic, partitions: [partition] }]);
    }
  });
}

/** Envelopes of known, valid events; a message the live consumer would have dead-lettered is counted as skipped. */
function decodeAll(messages: KafkaMessage[], progress: ReplayProgress): EventEnvelope[] {
  const events: EventEnvelope[] = [];
  for (const message of messages) {
    let raw: unknown;
    try {
      raw = JSON.parse(message.value?.toString('utf8') ?? '');
    } catch {
      progress.skipped++;
      continue;
    }
    const parsed = parseEnvelope(raw);
    if (parsed.ok) events.push(parsed.envelope);
    else if (parsed.known) progress.skipped++;
  }
  return events;
}

async function deleteGroup(kafka: Kafka, groupId: string): Promise<void> {
  const admin = kafka.admin();
  try {
    await admin.connect();
    await admin.deleteGroups([groupId]);
  } catch {
    // A group left behind holds no members and expires with the broker's offsets retention.
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
