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
  /** The projection that writes the live collections. */
  live: Projection;
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

  /**
   * Applies live events to a read model (its `@EventPattern` feed calls this): the events it
   * handles, idempotently, held while a rebuild switches its collections.
   */
  feed(name: string, events: EventEnvelope[]): Promise<void> {
    const model = this.byName.get(name);
    if (!model) throw new Error(`no read model ${name} is registered (project() it in the service's infrastructure)`);
    // On FerretDB the name holds nothing for a moment during a switch: writes wait for it.
    return this.gate.pass(() => model.live.apply(relevant(model.live, events)));
  }
}

const registries = new WeakMap<ServiceInfrastructure, ReadModels>();

export function readModelsOf(infra: ServiceInfrastructure): ReadModels {
  let models = registries.get(infra);
  if (!models) registries.set(infra, (models = new ReadModels()));
  return models;
}

/**
 * Registers a read model: its indexes are created at start, rebuilds (`POST /admin/rebuilds`)
 * know it, and its live feed (an `@EventPattern` batch handler in its consumer group of its
 * own, `<service>.<name>`) applies events through `ReadModels.feed`. Returns the live projection.
 */
export function project<P extends Projection>(infra: ServiceInfrastructure, definition: ReadModelDefinition<P>): P {
  const projection = definition.create(infra.db);
  const models = readModelsOf(infra);
  const source = definition.topic === infra.publishTopic ? 'store' : 'topic';
  models.add({ ...definition, name: projection.name, source, live: projection });
  const ensureIndexes = projection.ensureIndexes?.bind(projection);
  if (ensureIndexes) infra.onStart(ensureIndexes);
  return projection;
}
