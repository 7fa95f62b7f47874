import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Decimal digits only: `''`, ` 1`, `1.0`, `1e2`, `0x10` and `+1` are not numbers in a query. */
const DECIMAL_INTEGER = /^-?[0-9]{1,15}$/;

/**
 * A query value as an integer, or the text unchanged so that validation refuses it with 400.
 * `Number()` (what `@Type(() => Number)` does) reads `''` as 0 and `0x10` as 16; this does not.
 */
export function strictInteger(value: unknown): unknown {
  return typeof value === 'string' && DECIMAL_INTEGER.test(value) ? Number(value) : value;
}

export interface QueryIntegerOptions {
  description: string;
  minimum: number;
  maximum?: number;
  default?: number;
}

/** An optional integer query parameter, documented and checked from the same numbers. */
export function QueryInteger(options: QueryIntegerOptions): PropertyDecorator {
  const { minimum, maximum } = options;
  return applyDecorators(
    ApiPropertyOptional({ type: 'integer', ...options }),
    IsOptional(),
    Transform(({ value }) => strictInteger(value)),
    IsInt({ message: ({ property }) => `${property} must be an integer written in decimal digits` }),
    Min(minimum),
    ...(maximum === undefined ? [] : [Max(maximum)]),
  );
}
