/**
 * The event envelope, as stored and as the Kafka value (docs/architecture.md "The event envelope").
 * Money in `data` is integer fen; dates are ISO-8601 strings; nothing but JSON primitives.
 */
export interface EventMetadata {
  correlationId: string;
  causationId: string | null;
  actor: string;
}

export interface EventEnvelope<TType extends string = string, TData = Record<string, unknown>> {
  eventId: string;
  type: TType;
  schemaVersion: number;
  streamType: string;
  streamId: string;
  version: number;
  dealerCode: string;
  occurredAt: string;
  recordedAt: string;
  data: TData;
  metadata: EventMetadata;
}

/** Kafka headers every published event carries (values are strings on the wire). */
export const EVENT_HEADERS = {
  type: 'type',
  schemaVersion: 'schemaVersion',
  eventId: 'eventId',
  correlationId: 'correlationId',
} as const;
