import { ApiPropertyOptional } from '@nestjs/swagger';
import { ValidationProblem } from '@jazari/http';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** `?limit=&cursor=` of every list under a project, and of the attention view. */
export class WorkPageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor is not a cursor this API issued' })
  cursor?: string;
}

export interface Page<T> {
  readonly data: T[];
  readonly nextCursor: string | null;
}

/**
 * Lists are ordered by a key of a few columns (a due date, then the id) and continue after the last row
 * of the previous page; the cursor is that key, base64url-encoded. Opaque to clients.
 */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The key in a cursor, checked against the list's key shape (one pattern per column). */
export function decodeCursor(cursor: string | undefined, shape: readonly RegExp[]): string[] | null {
  if (cursor === undefined) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (
    !Array.isArray(key) ||
    key.length !== shape.length ||
    !key.every((part, i) => typeof part === 'string' && shape[i].test(part))
  ) {
    throw new ValidationProblem([{ field: 'cursor', messages: ['cursor is not a cursor this API issued'] }]);
  }
  return key as string[];
}

/** Rows were fetched with `limit + 1`: the extra one says that another page follows. */
export function pageOf<T>(rows: readonly T[], limit: number, keyOf: (row: T) => readonly string[]): Page<T> {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  return { data, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

export function pageSize(limit: number | undefined): number {
  return Math.min(Math.max(limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
}

export const UUID_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const DATE_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** Surrounding whitespace is never meaningful in a title or a name; trimming first lets `IsNotEmpty` refuse blanks. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** For PATCH bodies: a field that is absent is kept; one that is present (even null) is validated. */
export const present = (_: object, value: unknown): boolean => value !== undefined;
