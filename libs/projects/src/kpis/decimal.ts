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

/** Which way a KPI improves: `higher` (SMEs trained) or `lower` (a word error rate, a cost). */
export const KPI_DIRECTIONS = ['higher', 'lower'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

/** Where a KPI stands: its latest value meets (or beats) the target, does not yet, or nothing measured. */
export const KPI_STATUSES = ['met', 'not_met', 'not_measured'] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

/**
 * How far along its target a value is, in percent with one decimal, as a string (`"87.5"`): 100 or more
 * means the target is met. Higher is better: value / target. Lower is better: target / value (a word
 * error rate of 18.4 against a target of 15 is 81.5 %, not 122.7 %). Null with nothing measured, or when
 * the division has no meaning (a zero target when higher is better, a zero value when lower is better).
 */
export function percentOfTarget(
  value: string | null,
  target: string,
  direction: KpiDirection = 'higher',
): string | null {
  if (value === null) return null;
  const [over, under] =
    direction === 'higher' ? [Number(value), Number(target)] : [Number(target), Number(value)];
  if (under === 0) return null;
  return (Math.round((over / under) * 1000) / 10).toFixed(1);
}

/** Met when the latest value reaches the target in the KPI's direction (compared exactly, as decimals). */
export function kpiStatus(value: string | null, target: string, direction: KpiDirection): KpiStatus {
  if (value === null) return 'not_measured';
  const order = compareDecimals(value, target);
  return (direction === 'higher' ? order >= 0 : order <= 0) ? 'met' : 'not_met';
}

/** -1, 0 or 1: two decimal strings of the shape `IsDecimalString` accepts, compared without rounding. */
export function compareDecimals(a: string, b: string): number {
  const scale = (s: string): bigint => {
    const negative = s.startsWith('-');
    const [whole, fraction = ''] = (negative ? s.slice(1) : s).split('.');
    const n = BigInt(whole + fraction.padEnd(6, '0').slice(0, 6));
    return negative ? -n : n;
  };
  const x = scale(a);
  const y = scale(b);
  return x === y ? 0 : x < y ? -1 : 1;
}
