import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class ListAuditEventsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50, description: 'Entries per page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;

  @ApiPropertyOptional({ description: "The previous page's `nextCursor`" })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'cursor is not a cursor this API issued' })
  cursor?: string;
}
