import { isTimeZone } from '@aftersales/calendar';
import { ValidateBy, ValidationOptions } from 'class-validator';

/** Written as the IANA database writes its names (Asia/Shanghai, Etc/GMT-8, UTC), not `+08:00` or `asia/shanghai`. */
const IANA_NAME = /^[A-Z][A-Za-z0-9_+-]*(\/[A-Z0-9][A-Za-z0-9_+-]*)*$/;

/** A real IANA time zone: one this runtime's Intl knows, under its IANA name. */
export function isIanaTimeZone(value: unknown): value is string {
  return typeof value === 'string' && IANA_NAME.test(value) && isTimeZone(value);
}

export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTimeZone',
      validator: {
        validate: (value: unknown) => isIanaTimeZone(value),
        defaultMessage: (args) => `${args?.property} must be an IANA time zone like Asia/Shanghai`,
      },
    },
    options,
  );
}
