import { isCalendarDate } from '@aftersales/calendar';
import { ValidateBy, ValidationOptions } from 'class-validator';

/** A real `YYYY-MM-DD` date (2026-02-30 is refused, not rolled over to March). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: (args) => `${args?.property} must be a real date written YYYY-MM-DD`,
      },
    },
    options,
  );
}
