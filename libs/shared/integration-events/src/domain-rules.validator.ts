import { CALENDAR_DATE_RULE, isCalendarDate, isQuarter, QUARTER_RULE } from '@aftersales/calendar';
import { ValidateBy, ValidationOptions } from 'class-validator';
import { DEALER_CODE_RULE, isDealerCode } from './contracts/dealer-code';

/**
 * The class-validator faces of the one definition of each rule (calendar, dealer code): requests
 * and published schemas use these decorators, never their own pattern or message.
 */
function rule(name: string, test: (value: unknown) => boolean, what: string, options?: ValidationOptions): PropertyDecorator {
  const each = options?.each ? 'each value in ' : '';
  return ValidateBy({ name, validator: { validate: test, defaultMessage: (args) => `${each}${args?.property} must be ${what}` } }, options);
}

/** A real `YYYY-MM-DD` date (2026-02-30 is refused, not rolled over to March). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return rule('isCalendarDate', isCalendarDate, CALENDAR_DATE_RULE, options);
}

/** A quarter like `2026Q3`. */
export function IsQuarter(options?: ValidationOptions): PropertyDecorator {
  return rule('isQuarter', isQuarter, QUARTER_RULE, options);
}

/** A dealer code: 2-32 upper-case letters, digits or dashes. */
export function IsDealerCode(options?: ValidationOptions): PropertyDecorator {
  return rule('isDealerCode', isDealerCode, DEALER_CODE_RULE, options);
}
