import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isCalendarDate } from '@jazari/config';

// The network's calendar (today in Morocco, calendar dates, days between) lives in @jazari/config beside
// the Clock; this is its request validator.
export const IsCalendarDate = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a date written YYYY-MM-DD`,
      },
    },
    options,
  );
