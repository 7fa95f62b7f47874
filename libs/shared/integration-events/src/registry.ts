import { EventEnvelope } from './envelope';
import { validatePlain } from './validation';

/** A published event: its stored name, its schema version and the class that validates `data`. */
export interface EventDefinition<TType extends string = string, TData extends object = object> {
  type: TType;
  schemaVersion: number;
  schema: new () => TData;
}

export type DataOf<D> = D extends EventDefinition<string, infer T> ? T : never;
export type EnvelopeOf<D> = D extends EventDefinition<infer N, infer T> ? EventEnvelope<N, T> : never;

const definitions = new Map<string, EventDefinition>();
type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;
const upcasters = new Map<string, Upcaster>();

const key = (type: string, schemaVersion: number) => `${type}@${schemaVersion}`;

export function defineEvent<TType extends string, TData extends object>(
  type: TType,
  schemaVersion: number,
  schema: new () => TData,
): EventDefinition<TType, TData> {
  const definition = { type, schemaVersion, schema };
  if (definitions.has(key(type, schemaVersion))) {
    throw new Error(`event ${key(type, schemaVersion)} is defined twice`);
  }
  definitions.set(key(type, schemaVersion), definition);
  return definition;
}

/** A breaking change is a new schemaVersion plus an upcaster from the previous one. */
export function defineUpcaster(type: string, fromVersion: number, upcast: Upcaster): void {
  upcasters.set(key(type, fromVersion), upcast);
}

export function findDefinition(type: string, schemaVersion: number): EventDefinition | undefined {
  return definitions.get(key(type, schemaVersion));
}

export function latestVersionOf(type: string): number | undefined {
  let latest: number | undefined;
  for (const d of definitions.values()) {
    if (d.type === type && (latest === undefined || d.schemaVersion > latest)) latest = d.schemaVersion;
  }
  return latest;
}

/** Brings an event's data up to the latest schema version through the registered upcasters. */
export function upcast(type: string, schemaVersion: number, data: Record<string, unknown>) {
  let version = schemaVersion;
  let current = data;
  for (let next = upcasters.get(key(type, version)); next; next = upcasters.get(key(type, version))) {
    current = next(current);
    version += 1;
  }
  return { schemaVersion: version, data: current };
}

export function isEventOf<D extends EventDefinition>(definition: D, event: EventEnvelope<string, object>): event is EnvelopeOf<D> {
  return event.type === definition.type && event.schemaVersion === definition.schemaVersion;
}

/** An event's data in its published form: the definition's type and schema version, with `data`. */
export function published<TType extends string, TData extends object>(definition: EventDefinition<TType, TData>, data: TData) {
  return { type: definition.type, schemaVersion: definition.schemaVersion, data };
}

/**
 * Like `published`, checked against the definition's schema first: an event that would not
 * validate downstream is never stored (every consumer would dead-letter it). Throws with the
 * first problems: such an event is a defect of the code that decided it, never of the input.
 */
export function checkedPublished<TType extends string, TData extends object>(definition: EventDefinition<TType, TData>, data: TData) {
  const checked = validatePlain(definition.schema, data);
  if (!checked.ok) {
    throw new Error(`${definition.type}@${definition.schemaVersion} would not validate: ${checked.problems.slice(0, 3).map((p) => `${p.field}: ${p.reason}`).join('; ')}`);
  }
  return published(definition, data);
}

/** True when a stored event (upcast to the newest) is of this definition: its type at its schema version. */
export function isPublishedAs<D extends EventDefinition>(definition: D, event: { type: string; schemaVersion: number; data: object }):
  event is { type: D['type']; schemaVersion: number; data: DataOf<D> } {
  return event.type === definition.type && event.schemaVersion === definition.schemaVersion;
}
