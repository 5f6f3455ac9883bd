import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageCursor, PageLimit } from '@jazari/http';
import { TENANT_KINDS, type TenantKind } from '@jazari/database';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  REGION_CODE_PATTERN,
  TENANT_STATUSES,
  type TenantStatus,
} from '../../tenant.types.js';
import { Trim } from '../../trim.js';

export class ListTenantsQueryDto {
  @ApiPropertyOptional({ enum: TENANT_KINDS })
  @IsOptional()
  @IsIn(TENANT_KINDS)
  kind?: TenantKind;

  @ApiPropertyOptional({ enum: TENANT_STATUSES })
  @IsOptional()
  @IsIn(TENANT_STATUSES)
  status?: TenantStatus;

  @ApiPropertyOptional({ pattern: REGION_CODE_PATTERN.source, example: 'MA-06', description: 'Region code' })
  @IsOptional()
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'region must be a region code such as MA-06' })
  region?: string;

  @ApiPropertyOptional({
    maxLength: 100,
    description: 'Case-insensitive text searched in the slug, the legal name and the three names',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;

  @PageCursor()
  cursor?: string;

  @PageLimit(MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE)
  limit?: number;
}
