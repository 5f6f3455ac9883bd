import { Transform } from 'class-transformer';

/** Surrounding whitespace is never meaningful in a name; trimming first lets `IsNotEmpty` refuse blanks. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
