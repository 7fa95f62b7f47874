import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { CALENDAR_DATE_PATTERN, QUARTER_PATTERN } from '@aftersales/calendar';
import { DEALER_CODE, DEALER_CODE_RULE, IsCalendarDate, IsDealerCode, IsQuarter, IsText, IsTimeZone, TEXT_PATTERN } from '@aftersales/integration-events';
import { IsInt, IsOptional, Max, Min, ValidationOptions } from 'class-validator';

/**
 * Request fields whose OpenAPI schema and validation come from one place: each decorator
 * documents exactly what its validator accepts (pattern, length, integer range, format).
 */
export interface FieldOptions {
  description?: string;
  example?: unknown;
  default?: unknown;
  /** Optional fields may be left out, or sent as null, which counts as left out (README "Bad input"). */
  optional?: boolean;
}

function field(schema: Record<string, unknown>, options: FieldOptions, ...validators: PropertyDecorator[]): PropertyDecorator {
  const { optional, ...documented } = options;
  return applyDecorators(
    ApiProperty({ ...schema, ...documented, required: !optional, ...(optional ? { nullable: true } : {}) }),
    ...(optional ? [IsOptional()] : []),
    ...validators,
  );
}

export function DealerCodeField(options: FieldOptions = {}): PropertyDecorator {
  return field({ type: 'string', pattern: DEALER_CODE.source, example: 'D0001', description: `Must be ${DEALER_CODE_RULE}` },
    options, IsDealerCode());
}

export function CalendarDateField(options: FieldOptions = {}): PropertyDecorator {
  return field({ type: 'string', format: 'date', pattern: CALENDAR_DATE_PATTERN.source, example: '2026-08-03' }, options, IsCalendarDate());
}

export function QuarterField(options: FieldOptions = {}): PropertyDecorator {
  return field({ type: 'string', pattern: QUARTER_PATTERN.source, example: '2026Q3' }, options, IsQuarter());
}

/** One line of text: not blank, no control characters, at most `maxLength` characters. */
export function TextField(maxLength: number, options: FieldOptions = {}, validation?: ValidationOptions): PropertyDecorator {
  return field({ type: 'string', minLength: 1, maxLength, pattern: TEXT_PATTERN.source }, options, IsText(maxLength, validation));
}

/** The IANA zones this runtime knows by their canonical names, and UTC. */
export const TIME_ZONES: readonly string[] = [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort();

export function TimeZoneField(options: FieldOptions = {}): PropertyDecorator {
  return field({ type: 'string', enum: TIME_ZONES, enumName: 'TimeZone', example: 'Asia/Shanghai' }, options, IsTimeZone());
}

export interface IntegerFieldOptions extends FieldOptions {
  minimum: number;
  maximum?: number;
  /** What a value that is no integer is told. */
  message?: string;
}

export function IntegerField({ minimum, maximum, message, ...options }: IntegerFieldOptions): PropertyDecorator {
  return field({ type: 'integer', minimum, ...(maximum === undefined ? {} : { maximum }) }, options,
    IsInt(message ? { message } : {}), Min(minimum), ...(maximum === undefined ? [] : [Max(maximum)]));
}

/** The schema of one text item of a list (IsText with `each`). */
export function textItemSchema(maxLength: number): Record<string, unknown> {
  return { type: 'string', minLength: 1, maxLength, pattern: TEXT_PATTERN.source };
}
