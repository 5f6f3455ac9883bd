import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsISO8601, IsString, Matches, ValidateIf } from 'class-validator';
import { DATE_PATTERN, MONEY_PATTERN } from '../../convention.types.js';

/** Validates the field when it is present; unlike `IsOptional`, `null` is not "absent" and is refused. */
export const IfPresent = (): PropertyDecorator =>
  ValidateIf((_: object, value: unknown) => value !== undefined);

/** Trimming first lets `IsNotEmpty` refuse blanks. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** UUIDs are compared as PostgreSQL prints them. */
export const LowerCase = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value.toLowerCase()
      : Array.isArray(value)
        ? value.map((v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v))
        : value,
  );

/** A calendar date, `YYYY-MM-DD`, that exists. */
export const IsDateOnly = (): PropertyDecorator =>
  applyDecorators(
    IsString(),
    Matches(DATE_PATTERN, { message: '$property must be a date as YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: '$property must be a valid date' }),
  );

/** Dirhams as a decimal string, at most 2 decimals, never negative, never a JSON number. */
export const IsMoney = (): PropertyDecorator =>
  applyDecorators(
    IsString({ message: '$property must be a decimal string such as "1250000.00"' }),
    Matches(MONEY_PATTERN, {
      message: '$property must be a non-negative amount with at most 2 decimals, such as "1250000.00"',
    }),
  );
