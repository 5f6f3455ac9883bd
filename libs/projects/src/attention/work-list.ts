import { ApiPropertyOptional } from '@nestjs/swagger';
import { clampPageSize, CursorKey, cursorCodec } from '@jazari/http';
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

/** The lists under a project ordered by a day (due, measured on, period end), then the id. */
export const datedCursor = cursorCodec(CursorKey.date, CursorKey.uuid);

export function pageSize(limit: number | undefined): number {
  return clampPageSize(limit, { fallback: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE });
}

/** Surrounding whitespace is never meaningful in a title or a name; trimming first lets `IsNotEmpty` refuse blanks. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** For PATCH bodies: a field that is absent is kept; one that is present (even null) is validated. */
export const present = (_: object, value: unknown): boolean => value !== undefined;
