import { EventEnvelope, SettlementsEvents } from '@aftersales/integration-events';
import { createKafka, ensureTopics, toMessage } from '@aftersales/kafka';
import { Consumer } from 'kafkajs';
import { AnyBulkWriteOperation } from 'mongodb';
import { v7 as uuidv7 } from 'uuid';
import { STREAMS, streamOf } from './pipeline.bench';
import { BenchRun, CaseResult, inParallel, LatencyTracker } from './measure';

const BATCH = 100;
const BATCHES_IN_FLIGHT = 4;
const TOPIC = 'baseline.events.v1';

/** An envelope shaped and sized like the pipeline's FundAccrued events. */
function envelope(i: number, version: number): EventEnvelope {
  const { dealerCode, quarter } = streamOf(i % STREAMS);
  const at = new Date().toISOString();
  return {
    eventId: uuidv7(), type: SettlementsEvents.FundAccrued.type, schemaVersion: 1, streamType: 'fund',
    streamId: `fund-${dealerCode}-${quarter}`, version, dealerCode, occurredAt: at, recordedAt: at,
    data: {
      dealerCode, quarter, fundModel: 'revenue-share', paymentId: `P${i}`, paymentFen: 123_456, fundRateBp: 150,
      agreementVersion: 1, paymentsFen: 123_456 * version, accrualFen: 1852 * version, accrualDeltaFen: 1852,
    },
    metadata: { correlationId: `P${i}`, causationId: null, actor: 'bench' },
  };
}

/**
 * What the drivers alone do with the same events: insertMany (batches of 100, 4 in flight), an idempotent
 * producer's send (acks from all replicas), and a raw consumer doing bulkWrite of upserts per batch (50 a call).
 */
export async function runBaselineBench(run: BenchRun): Promise<CaseResult> {
  const db = run.mongo.db(`${run.runId}_baseline`);
  const events = db.collection<EventEnvelope & { _id: string }>('raw_events');
  const reads = db.collection<{ _id: string; version: number; paymentsFen: unknown; accrualFen: unknown }>('raw_read');
  const settings = { brokers: run.kafkaBrokers, clientId: 'bench-baseline', topicPrefix: `${run.runId}.` };
  const kafka = createKafka(settings);
  await ensureTopics(kafka, settings, [TOPIC]);
  const topic = `${settings.topicPrefix}${TOPIC}`;
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer: Consumer = kafka.consumer({ groupId: `${settings.topicPrefix}baseline` });
  let tracker = new LatencyTracker('baseline warm-up', 1);

  // kafkajs' idempotent producer stalls on concurrent send() calls: sends go one at a time, like the relay's.
  let sending = Promise.resolve();
  const send = async (batch: EventEnvelope[]) => {
    tracker.start(batch.map((e) => String(e.data['paymentId'])));
    await events.insertMany(batch.map((e) => ({ _id: e.eventId, ...e })), { ordered: false });
    const sent = sending.then(() => producer.send({ topic, acks: -1, messages: batch.map(toMessage) }));
    sending = sent.then(() => undefined, () => undefined);
    await sent;
  };

  try {
    await producer.connect();
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachBatch: async ({ batch }) => {
        const parsed = batch.messages.map((m) => JSON.parse(m.value?.toString('utf8') ?? '{}') as EventEnvelope);
        const ops: AnyBulkWriteOperation<{ _id: string; version: number; paymentsFen: unknown; accrualFen: unknown }>[] =
          parsed.map((e) => ({
            updateOne: {
              filter: { _id: e.streamId },
              update: { $set: { version: e.version, paymentsFen: e.data['paymentsFen'], accrualFen: e.data['accrualFen'] } },
              upsert: true,
            },
          }));
        // FerretDB 1.24 hangs on an update command of ~200 statements (100 passed, some larger calls hung): 50 per call.
        for (let i = 0; i < ops.length; i += 50) await reads.bulkWrite(ops.slice(i, i + 50), { ordered: false });
        tracker.done(parsed.map((e) => String(e.data['paymentId'])));
      },
    });
    const warm = envelope(0, 1);
    warm.data['paymentId'] = 'warmup';
    await send([warm]);
    await tracker.wait(run.timeoutMs);

    tracker = new LatencyTracker('baseline', run.events);
    const main = tracker;
    const batches = Math.ceil(run.events / BATCH);
    const versions = new Map<number, number>();
    await inParallel(batches, BATCHES_IN_FLIGHT, async (_, b) => {
      const batch: EventEnvelope[] = [];
      for (let i = b * BATCH; i < Math.min(run.events, (b + 1) * BATCH); i++) {
        const version = (versions.get(i % STREAMS) ?? 0) + 1;
        versions.set(i % STREAMS, version);
        batch.push(envelope(i, version));
      }
      await send(batch);
      if (((b + 1) * BATCH) % 1000 === 0) main.progress('events inserted and sent', (b + 1) * BATCH);
    });
    await main.wait(run.timeoutMs);
    return main.result();
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    await db.dropDatabase().catch(() => undefined);
  }
}
