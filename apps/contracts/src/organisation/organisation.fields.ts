import { DealerCodeField } from '@aftersales/service-kit';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Ids people type (technician, certificate number, model, part number, training session): letters, digits and . _ - */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function IdField(maxLength: number, options: { example?: string; description?: string; optional?: boolean } = {}): PropertyDecorator {
  const { optional, ...documented } = options;
  return applyDecorators(
    ApiProperty({ type: 'string', minLength: 1, maxLength, pattern: ID_PATTERN.source, ...documented, required: !optional, ...(optional ? { nullable: true } : {}) }),
    ...(optional ? [IsOptional()] : []),
    IsString(),
    MaxLength(maxLength),
    Matches(ID_PATTERN, { message: '$property must start with a letter or digit and hold only letters, digits, dots, underscores and dashes' }),
  );
}

export class TechnicianParam {
  @DealerCodeField() code!: string;
  @IdField(64, { example: 'T-D0001-01', description: "The technician's id in the dealer's organisation" }) technicianId!: string;
}

export class CertificateParam extends TechnicianParam {
  @IdField(64, { example: 'CERT-D0001-1', description: '維修員證號, the certificate number' }) certificateNo!: string;
}

export class TrainingSessionParam {
  @IdField(100, { example: 'TS-2026-10', description: 'The training session' }) trainingSessionId!: string;
}

/** The fields given: an optional field sent as null counts as left out (README "Bad input"). */
export function given<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/** A value a decided command always leaves in its state (unreachable otherwise: the decider records it or throws). */
export function recorded<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} was not recorded`);
  return value;
}
