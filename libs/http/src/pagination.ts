import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { CURSOR_NOT_ISSUED } from './cursor.js';

/**
 * `?cursor=`: an opaque cursor this API issued (`cursor.ts`), the `nextCursor` of the previous page. One
 * decorator for the query DTOs that repeated the same five, so the rule and its message stay one.
 */
export function PageCursor(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' }),
    IsOptional(),
    IsString(),
    MaxLength(200),
    Matches(/^[A-Za-z0-9_-]+$/, { message: CURSOR_NOT_ISSUED }),
  );
}

/** `?limit=`: how many rows a page holds, 1 to `max`, `fallback` when absent (the service applies it). */
export function PageLimit(max: number, fallback: number): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: max, default: fallback }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(max),
  );
}

/** `?limit=&cursor=` where the cursor is the last id of the previous page (ids are UUID v7, so ordered). */
export class IdCursorQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsUUID()
  cursor?: string;
}

/** Fetches one more row than asked, to know whether there is a next page. */
export function page<T extends { id: string }>(
  rows: readonly T[],
  limit: number,
): { data: T[]; nextCursor: string | null } {
  const data = rows.slice(0, limit);
  return { data, nextCursor: rows.length > limit ? data[data.length - 1].id : null };
}
