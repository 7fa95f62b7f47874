import { DomainEvent } from './decider';

/**
 * An event in its published form, as the store keeps it and Kafka carries it: `type` and
 * `schemaVersion` name one published schema, `data` is that schema's JSON. Published schemas
 * change only by rule (an optional field, or a new version with an upcaster); domain events
 * change with the domain. A codec at the edge of each service keeps the two apart.
 */
export interface PublishedEvent<TType extends string = string, TData extends object = object> {
  type: TType;
  schemaVersion: number;
  data: TData;
}

/** What an append takes: the schema version may be left to the store (then it is the newest of the type). */
export type EventToAppend = Omit<PublishedEvent, 'schemaVersion'> & { schemaVersion?: number };

/**
 * Maps one stream's domain events to their published schemas and back. `fromPublished` gets the
 * stored event upcast to the newest schema version of its type, so a codec reads one version only.
 */
export interface EventCodec<Event extends DomainEvent> {
  toPublished(event: Event): PublishedEvent;
  fromPublished(event: PublishedEvent): Event;
}

/** Thrown by a codec for a published event its stream never holds. */
export class UnknownEventType extends Error {
  constructor(readonly event: { type: string; schemaVersion?: number }, stream: string) {
    super(`a ${stream} stream holds no ${event.type}@${event.schemaVersion ?? '?'} events`);
    this.name = 'UnknownEventType';
  }
}

/**
 * Closes a switch over a union: the compiler refuses the call while a case is missing, and at
 * run time a value no case knows (data from outside the type system) fails loudly.
 */
export function exhaustive(value: never, what: string): never {
  const type = (value as { type?: unknown } | null)?.type;
  throw new Error(`unhandled ${what}: ${typeof type === 'string' ? type : JSON.stringify(value)}`);
}

/**
 * The named fields of `source`, without those that are undefined (a published event holds no
 * `undefined`: BSON would store null). A codec names each published field, so a field the
 * domain adds is not published until the schema has it, and one the domain renames fails to
 * compile until the codec maps it.
 */
export function pickDefined<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) if (source[key] !== undefined) picked[key] = source[key];
  return picked;
}
