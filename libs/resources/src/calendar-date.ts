import { ValidateBy } from 'class-validator';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written `YYYY-MM-DD` (so `2026-02-30` is refused). */
export function isCalendarDate(field: string): PropertyDecorator {
  return ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'string') return false;
        const match = ISO_DATE.exec(value);
        if (!match) return false;
        const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
        const date = new Date(Date.UTC(y, m - 1, d));
        return (
          y >= 2000 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
        );
      },
      defaultMessage: () => `${field} must be a date written YYYY-MM-DD`,
    },
  });
}
