import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from '../convention-query.service.js';
import {
  CONVENTION_STATUSES,
  CONVENTION_TYPES,
  CONVENTION_VIEWS,
  type ConventionListView,
  type ConventionStatus,
  type ConventionType,
} from '../../convention.types.js';

export class ListConventionsQueryDto {
  @ApiPropertyOptional({
    enum: CONVENTION_VIEWS,
    default: 'mine',
    description:
      '`mine`: owned or a party to; `awaiting-my-signature`: out for signature, you a pending signer of the current step; `all`: Root only',
  })
  @IsOptional()
  @IsIn(CONVENTION_VIEWS)
  view?: ConventionListView;

  @ApiPropertyOptional({ enum: CONVENTION_STATUSES })
  @IsOptional()
  @IsIn(CONVENTION_STATUSES)
  status?: ConventionStatus;

  @ApiPropertyOptional({ enum: CONVENTION_TYPES })
  @IsOptional()
  @IsIn(CONVENTION_TYPES)
  type?: ConventionType;

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
