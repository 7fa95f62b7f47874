import { Projection, relevant } from '@aftersales/event-store-mongo';
import { EventEnvelope } from '@aftersales/integration-events';
import { Provider, Type } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { ServiceInfrastructure } from './infrastructure';
import { SwitchGate } from './switch-gate';

/** A read model: the projection that writes it, where its events come from, and what it writes. */
export interface ReadModelDefinition<P extends Projection = Projection> {
  /** The topic that feeds it live. */
  topic: string;
  /**
   * The mongoose models it writes (their schemas declare its indexes): a rebuild fills fresh
   * collections through copies of them and switches those in together.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- models of different schemas side by side
  models: readonly Model<any>[];
  /** Builds the projection on models in the order of `models`; a rebuild hands it copies bound to fresh collections. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  create(models: Model<any>[]): P;
}

export interface ReadModel extends ReadModelDefinition {
  name: string;
  /** The projection that writes the live collections. */
  live: Projection;
  /** The live collections of `models`, the names a rebuild replaces. */
  collections: readonly string[];
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

  /** By name: the order providers are built in is Nest's business, answers stay the same. */
  list(): ReadModel[] {
    return [...this.byName.values()].sort((a, b) => a.name.localeCompare(b.name));
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
  const projection = definition.create([...definition.models]);
  const models = readModelsOf(infra);
  const source = definition.topic === infra.publishTopic ? 'store' : 'topic';
  const collections = definition.models.map((model) => model.collection.collectionName);
  models.add({ ...definition, collections, name: projection.name, source, live: projection });
  const ensureIndexes = projection.ensureIndexes?.bind(projection);
  if (ensureIndexes) infra.onStart(ensureIndexes);
  return projection;
}

/**
 * A read model as a Nest provider: its projection, built on the models `MongooseModule.forFeature`
 * registered under `models` (schema names), and registered with `project`.
 */
export function readModelProvider<P extends Projection>(
  token: Type<P>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  definition: { topic: string; models: string[]; create(models: Model<any>[]): P },
): Provider {
  return {
    provide: token,
    inject: [ServiceInfrastructure, ...definition.models.map((name) => getModelToken(name))],
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    useFactory: (infra: ServiceInfrastructure, ...models: Model<any>[]) => project(infra, { ...definition, models }),
  };
}
