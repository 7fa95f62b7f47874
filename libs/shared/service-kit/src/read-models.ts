import { Projection, relevant } from '@aftersales/event-store-mongo';
import { EventEnvelope } from '@aftersales/integration-events';
import { Db } from 'mongodb';
import type { ServiceInfrastructure } from './infrastructure';
import { SwitchGate } from './switch-gate';

/** A read model: the projection that writes it, where its events come from, and what it writes. */
export interface ReadModelDefinition<P extends Projection = Projection> {
  /** The topic that feeds it live. */
  topic: string;
  /** Every collection it writes: a rebuild fills fresh copies of them and switches them in together. */
  collections: readonly string[];
  /** Builds the projection on a database; a rebuild hands it one whose collections are the fresh copies. */
  create(db: Db): P;
}

export interface ReadModel extends ReadModelDefinition {
  name: string;
  /**
   * `store`: fed by the service's own topic, so its events are all in the service's own store.
   * `topic`: fed by another service's topic, which is replayed from its first offset.
   */
  source: 'store' | 'topic';
}

/** The read models of one service, and the gate their switches close. */
export class ReadModels {
  readonly gate = new SwitchGate();
  private readonly byName = new Map<string, ReadModel>();

  add(model: ReadModel): void {
    if (this.byName.has(model.name)) throw new Error(`read model ${model.name} is registered twice`);
    this.byName.set(model.name, model);
  }

  get(name: string): ReadModel | undefined {
    return this.byName.get(name);
  }

  list(): ReadModel[] {
    return [...this.byName.values()];
  }
}

const registries = new WeakMap<ServiceInfrastructure, ReadModels>();

export function readModelsOf(infra: ServiceInfrastructure): ReadModels {
  let models = registries.get(infra);
  if (!models) registries.set(infra, (models = new ReadModels()));
  return models;
}

/**
 * Feeds a read model from its topic through an idempotent consumer group of its own, creates
 * its indexes at start, and registers it for rebuilds (`POST /admin/rebuilds`). Returns the
 * live projection.
 */
export function project<P extends Projection>(infra: ServiceInfrastructure, definition: ReadModelDefinition<P>): P {
  const projection = definition.create(infra.db);
  const models = readModelsOf(infra);
  const source = definition.topic === infra.publishTopic ? 'store' : 'topic';
  models.add({ ...definition, name: projection.name, source });
  const ensureIndexes = projection.ensureIndexes?.bind(projection);
  if (ensureIndexes) infra.onStart(ensureIndexes);
  // Writes wait while a rebuild switches collections (on FerretDB the name holds nothing for a moment).
  const apply = (events: EventEnvelope[]) => models.gate.pass(() => projection.apply(relevant(projection, events)));
  infra.consumer({ groupId: `${infra.config.service}.${projection.name}`, topics: [definition.topic], handle: (e) => apply([e]), handleBatch: apply });
  return projection;
}
