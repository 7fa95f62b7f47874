import { TOPICS } from '@aftersales/integration-events';
import { PATTERN_EXTRAS_METADATA, PATTERN_METADATA } from '@nestjs/microservices/constants';

/**
 * The pattern of a Kafka `@EventPattern` handler: the topic it reads and the consumer group it
 * reads it in. One group per handler, so each handler commits its own offsets and a slow or
 * failing one holds back nobody else.
 */
export interface KafkaRoute {
  /** A logical topic name (TOPICS.*); the service's topic prefix is added. */
  topic: string;
  /** The consumer group (logical; the prefix is added). A deployed system resumes from its committed offsets. */
  group: string;
}

/** The extras (second argument) of a Kafka `@EventPattern`. */
export interface KafkaRouteExtras {
  /** The handler gets `EventEnvelope[]` (a chunk of one partition's batch); a refused chunk is retried one event at a time. */
  batch?: boolean;
  /** Attempts per event before it goes to `<topic>.dlq` with its error (default 5). */
  maxAttempts?: number;
}

export interface ParsedKafkaRoute extends KafkaRoute, KafkaRouteExtras {
  batch: boolean;
}

const KNOWN_TOPICS: readonly string[] = Object.values(TOPICS);
const EXTRAS = new Set(['batch', 'maxAttempts']);

/**
 * Reads a handler's pattern (as Nest stores it: a JSON text with sorted keys) and extras, or
 * says clearly what is wrong with them: a mistake stops the start instead of consuming nothing.
 */
export function parseKafkaRoute(pattern: string, extras: Record<string, unknown> = {}): ParsedKafkaRoute {
  const where = `@EventPattern(${pattern})`;
  const route = parseObject(pattern);
  if (!route) throw new Error(`${where}: a Kafka handler's pattern is { topic, group }`);
  const { topic, group, ...rest } = route;
  if (typeof topic !== 'string' || !KNOWN_TOPICS.includes(topic)) {
    throw new Error(`${where}: the topic ${JSON.stringify(topic)} is not one of TOPICS (${KNOWN_TOPICS.join(', ')})`);
  }
  if (typeof group !== 'string' || group.trim() === '') throw new Error(`${where}: the consumer group is missing (a non-empty "group")`);
  if (Object.keys(rest).length > 0) throw new Error(`${where}: unknown pattern keys ${Object.keys(rest).join(', ')} (only topic and group)`);
  const unknown = Object.keys(extras).filter((key) => !EXTRAS.has(key));
  if (unknown.length > 0) throw new Error(`${where}: unknown extras ${unknown.join(', ')} (only batch and maxAttempts)`);
  const { batch = false, maxAttempts } = extras;
  if (typeof batch !== 'boolean') throw new Error(`${where}: extras.batch must be true or false`);
  if (maxAttempts !== undefined && !(Number.isInteger(maxAttempts) && (maxAttempts as number) >= 1)) {
    throw new Error(`${where}: extras.maxAttempts must be a whole number of at least 1`);
  }
  return { topic, group, batch, ...(maxAttempts === undefined ? {} : { maxAttempts: maxAttempts as number }) };
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The Kafka routes the controllers declare, as the transport will read them (tests pin the group ids). */
export function declaredKafkaRoutes(controllers: readonly (new (...args: never[]) => unknown)[]): ParsedKafkaRoute[] {
  return controllers.flatMap((controller) => {
    const prototype = controller.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(prototype).flatMap((method) => {
      const handler = prototype[method];
      const patterns: unknown[] | undefined = typeof handler === 'function' ? Reflect.getMetadata(PATTERN_METADATA, handler) : undefined;
      const extras: Record<string, unknown> | undefined = patterns && Reflect.getMetadata(PATTERN_EXTRAS_METADATA, handler as object);
      return (patterns ?? []).map((pattern) => parseKafkaRoute(JSON.stringify(pattern), extras));
    });
  });
}
