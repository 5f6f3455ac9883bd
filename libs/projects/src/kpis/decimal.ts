import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** Up to 18 digits before the point and 6 after: what a score, a target or a measured value needs. */
const DECIMAL = /^-?(0|[1-9]\d{0,17})(\.\d{1,6})?$/;

/** A number (`0.91`) or a decimal string (`"0.91"`) becomes the string; `numeric` columns keep it exact. */
export const ToDecimalString = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'number' && Number.isFinite(value) ? String(value) : value,
  );

export const IsDecimalString = (options?: ValidationOptions & { min?: number }): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isDecimalString',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          DECIMAL.test(value) &&
          (options?.min === undefined || Number(value) >= options.min),
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} must be a decimal number such as 12.5 (at most 6 decimals)` +
          (options?.min === undefined ? '' : `, at least ${options.min}`),
      },
    },
    options,
  );

/**
 * What share of its target a value is, in percent with one decimal, as a string (`"87.5"`); null without
 * a target to compare with (0). Higher is better: a KPI's target is what it should reach.
 */
export function percentOfTarget(value: string | null, target: string): string | null {
  if (value === null) return null;
  const t = Number(target);
  if (t === 0) return null;
  return (Math.round((Number(value) / t) * 1000) / 10).toFixed(1);
}
