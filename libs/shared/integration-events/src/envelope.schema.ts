import { Type } from 'class-transformer';
import {
  IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min,
  MinLength, ValidateNested,
} from 'class-validator';
import { anObject, CheckedBy } from './checked.validator';
import { EventEnvelope } from './envelope';
import { findDefinition, upcast } from './registry';
import { FieldProblem, validatePlain } from './validation';

class EventMetadataSchema {
  @IsString() @MinLength(1) @MaxLength(200) correlationId!: string;
  @IsOptional() @IsString() @MaxLength(200) causationId!: string | null;
  @IsString() @MinLength(1) @MaxLength(200) actor!: string;
}

class EnvelopeSchema {
  @IsUUID() eventId!: string;
  @Matches(/^[a-z]+\.[A-Za-z]+$/) type!: string;
  @IsInt() @Min(1) @Max(1000) schemaVersion!: number;
  @IsString() @MinLength(1) @MaxLength(100) streamType!: string;
  @IsString() @MinLength(1) @MaxLength(200) streamId!: string;
  @IsInt() @Min(1) version!: number;
  @IsString() @MinLength(1) @MaxLength(32) dealerCode!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsISO8601({ strict: true }) recordedAt!: string;
  /** Checked by its event's schema next; here only that it is an object (not walked twice). */
  @CheckedBy(anObject) data!: Record<string, unknown>;
  @ValidateNested() @Type(() => EventMetadataSchema) metadata!: EventMetadataSchema;
}

export type ParsedEvent =
  | { ok: true; envelope: EventEnvelope }
  | { ok: false; known: boolean; problems: FieldProblem[] };

/**
 * Checks an incoming envelope and its data against the published schema, after upcasting.
 * `known: false` means a type this build does not know (a consumer may skip it: a newer
 * publisher may add event types); `known: true` with problems is a malformed message.
 */
export function parseEnvelope(raw: unknown): ParsedEvent {
  const shape = validatePlain(EnvelopeSchema, raw);
  if (!shape.ok) return { ok: false, known: true, problems: shape.problems };
  const envelope = raw as EventEnvelope;
  if (!findDefinition(envelope.type, envelope.schemaVersion)) {
    return { ok: false, known: false, problems: [{ field: 'type', reason: `unknown event ${envelope.type}@${envelope.schemaVersion}` }] };
  }
  const current = upcast(envelope.type, envelope.schemaVersion, envelope.data);
  const definition = findDefinition(envelope.type, current.schemaVersion);
  if (!definition) {
    return { ok: false, known: true, problems: [{ field: 'schemaVersion', reason: `no schema for upcast version ${current.schemaVersion}` }] };
  }
  const data = validatePlain(definition.schema, current.data, 'data');
  if (!data.ok) return { ok: false, known: true, problems: data.problems };
  return { ok: true, envelope: { ...envelope, schemaVersion: current.schemaVersion, data: current.data } };
}
