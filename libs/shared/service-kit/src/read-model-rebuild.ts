import { Projection, rebuildProjection, relevant } from '@aftersales/event-store-mongo';
import { EventEnvelope } from '@aftersales/integration-events';
import { dropLeftoverCopies, replaceCollection } from '@aftersales/mongo';
import { Model } from 'mongoose';
import { randomBytes } from 'node:crypto';
import type { ServiceInfrastructure } from './infrastructure';
import { ReadModel, readModelsOf } from './read-models';
import { RebuildRecord, RebuildRecords } from './rebuild-records';
import { Offsets, replayTopic, topicOffsets } from './topic-replay';

/** How long a switch waits for the requests and writes in flight before it goes ahead. */
const SWITCH_DRAIN_MS = 2_000;
const CATCH_UP_ATTEMPTS = 3;

/**
 * Rebuilds one read model while the service runs:
 * 1. replay every event into fresh collections `<name>__rebuild_<id>` (indexes first);
 * 2. switch: each live name takes the rebuilt collection (see `replaceCollection`); requests
 *    and live writes wait meanwhile, so from then on the live projection writes the new one;
 * 3. catch up: the events that reached the feed topic during step 1 are applied again to the
 *    live names, since the live projection wrote them into the collections just replaced.
 *    Projections are idempotent, so applying an event twice is harmless.
 */
export class ReadModelRebuild {
  readonly record: RebuildRecord;
  private readonly fresh: Map<string, string>;
  private heartbeat?: NodeJS.Timeout;
  private beating: Promise<void> = Promise.resolve();
  private switching = false;

  constructor(private readonly infra: ServiceInfrastructure, private readonly model: ReadModel, private readonly records: RebuildRecords) {
    const id = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
    this.fresh = new Map(model.collections.map((name) => [name, `${name}__rebuild_${id}`]));
    this.record = {
      _id: id, projection: model.name, source: model.source === 'store' ? 'store' : `topic ${model.topic}`,
      collections: [...model.collections], state: 'running', phase: 'replay', eventsReplayed: 0, eventsCaughtUp: 0, skipped: 0,
      startedAt: new Date().toISOString(), heartbeatAt: new Date().toISOString(),
    };
  }

  /** Records the rebuild, so it can be followed at once, and runs it in the background. */
  async start(): Promise<RebuildRecord> {
    await this.records.save(this.record);
    void this.run();
    return this.record;
  }

  /** Runs to the end; the outcome is in `record` (and in the records collection). */
  async run(): Promise<RebuildRecord> {
    this.heartbeat = setInterval(() => (this.beating = this.beat()), 1_000);
    try {
      const start = await this.offsets();
      await this.replay(start);
      await this.switch();
      await this.catchUp(start.high);
      this.finish('succeeded');
    } catch (error) {
      if (!this.record.switchedAt) await this.dropFresh();
      this.finish('failed', this.describe(error));
    } finally {
      clearInterval(this.heartbeat);
      await this.beating; // a heartbeat still on its way must not land after the final record
      await this.records.save(this.record).catch(() => undefined);
      await this.records.release(this.model.name, this.record._id).catch(() => undefined);
    }
    this.infra.logger.write(this.record.state === 'failed' ? 'error' : 'info', `rebuild of ${this.model.name} ${this.record.state}`, 'rebuild', { ...this.record });
    return this.record;
  }

  private async replay(start: { low: Offsets; high: Offsets }): Promise<void> {
    await dropLeftoverCopies(this.infra.db, this.model.collections); // of a rebuild that died before its switch
    const db = this.infra.db;
    for (const name of this.fresh.values()) await db.createCollection(name);
    const models = this.freshModels();
    try {
      await this.replayInto(this.model.create(models), start);
    } finally {
      for (const model of models) this.infra.connection.deleteModel(model.modelName);
    }
  }

  /**
   * Copies of the read model's mongoose models, same schemas (so same indexes), bound to the
   * fresh collections under names of their own; deleted from the connection after the replay.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- models of different schemas side by side
  private freshModels(): Model<any>[] {
    return this.model.models.map((model) => {
      const fresh = this.fresh.get(model.collection.collectionName);
      if (!fresh) throw new Error(`${model.modelName} writes ${model.collection.collectionName}, which is not a collection of ${this.model.name}`);
      return this.infra.connection.model<unknown>(`${model.modelName}__rebuild_${this.record._id}`, model.schema, fresh);
    });
  }

  private async replayInto(projection: Projection, start: { low: Offsets; high: Offsets }): Promise<void> {
    await projection.ensureIndexes?.();
    if (this.model.source === 'store') {
      await rebuildProjection(this.infra.store, projection, { onApplied: (n) => (this.record.eventsReplayed = n) });
      return;
    }
    const gone = [...start.low].filter(([, low]) => low > 0n);
    if (gone.length > 0) {
      throw new Error(`${this.model.topic} no longer holds its first events (partition ${gone[0][0]} starts at offset ${gone[0][1]}): `
        + 'a read model fed by another service can be rebuilt only from a topic kept forever (retention.ms=-1)');
    }
    await this.replayRange(projection, 'replay', start.low, start.high, (events, skipped) => {
      this.record.eventsReplayed = events;
      this.record.skipped = skipped;
    });
  }

  private async switch(): Promise<void> {
    this.record.phase = 'switch';
    await this.records.save(this.record);
    if (!(await this.records.renew(this.model.name, this.record._id))) throw new Error('another rebuild of this read model took over');
    const db = this.infra.db;
    this.switching = true;
    await readModelsOf(this.infra).gate.exclusive(async () => {
      for (const [live, fresh] of this.fresh) await replaceCollection(db, fresh, live);
    }, SWITCH_DRAIN_MS);
    this.record.switchedAt = new Date().toISOString();
    this.record.phase = 'catch-up';
    await this.records.save(this.record);
  }

  /** From the feed's end offsets before the replay to its end offsets now, into the live names. */
  private async catchUp(from: Offsets): Promise<void> {
    const live = this.model.create([...this.model.models]);
    for (let attempt = 1; ; attempt++) {
      try {
        const to = (await this.offsets()).high;
        await this.replayRange(live, `catch-up${attempt}`, from, to, (events) => (this.record.eventsCaughtUp = events));
        return;
      } catch (error) {
        if (attempt >= CATCH_UP_ATTEMPTS) {
          throw new Error(`switched to the rebuilt collections, but the catch-up failed, so events consumed during the replay `
            + `may be missing: run the rebuild again (${String(error)})`);
        }
        await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
      }
    }
  }

  private replayRange(projection: Projection, pass: string, from: Offsets, to: Offsets, onProgress: (events: number, skipped: number) => void) {
    return replayTopic({
      kafka: this.infra.kafka, settings: this.infra.kafkaSettings, topic: this.model.topic,
      groupId: `${this.infra.config.service}.rebuild.${this.model.name}.${this.record._id}.${pass}`, from, to,
      apply: (events: EventEnvelope[]) => projection.apply(relevant(projection, events)),
      onProgress: ({ events, skipped }) => onProgress(events, skipped),
    });
  }

  private offsets(): Promise<{ low: Offsets; high: Offsets }> {
    return topicOffsets(this.infra.kafka, this.infra.kafkaSettings, this.model.topic);
  }

  private async dropFresh(): Promise<void> {
    for (const name of this.fresh.values()) await this.infra.db.dropCollection(name).catch(() => undefined);
  }

  private async beat(): Promise<void> {
    await Promise.all([this.records.save(this.record), this.records.renew(this.model.name, this.record._id)]).catch(() => undefined);
  }

  private finish(state: 'succeeded' | 'failed', error?: string): void {
    const finishedAt = new Date();
    Object.assign(this.record, { state, finishedAt: finishedAt.toISOString(), durationMs: finishedAt.getTime() - Date.parse(this.record.startedAt) });
    if (state === 'succeeded') this.record.phase = 'done';
    if (error) this.record.error = error;
  }

  private describe(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    // Some collections may hold the rebuilt data and others not: only a new rebuild makes them agree.
    return this.switching && !this.record.switchedAt ? `the switch failed part way: run the rebuild again (${message})` : message;
  }
}
