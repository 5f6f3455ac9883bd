import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

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
