import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageCursor, PageLimit } from '@jazari/http';
import { TENANT_KINDS, type TenantKind } from '@jazari/database';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DOMAIN_CODE_PATTERN } from '../../reference.types.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, REGION_CODE_PATTERN } from '../../tenant.types.js';
import { Trim } from '../../trim.js';

export class ListDirectoryQueryDto {
  @ApiPropertyOptional({
    enum: TENANT_KINDS,
    description: 'Without it: institutes and partners (Root is listed only with kind=root)',
  })
  @IsOptional()
  @IsIn(TENANT_KINDS)
  kind?: TenantKind;

  @ApiPropertyOptional({ pattern: REGION_CODE_PATTERN.source, example: 'MA-06', description: 'Region code' })
  @IsOptional()
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'region must be a region code such as MA-06' })
  region?: string;

  @ApiPropertyOptional({
    pattern: DOMAIN_CODE_PATTERN.source,
    example: 'health',
    description: 'Thematic domain code',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(DOMAIN_CODE_PATTERN, { message: 'domain must be a thematic domain code such as health' })
  domain?: string;

  @ApiPropertyOptional({
    maxLength: 100,
    description:
      'Searched in the names, legal name, city and host organisation, ignoring case, accents and Arabic diacritics ("fes" finds "Fès")',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  q?: string;

  @PageCursor()
  cursor?: string;

  @PageLimit(MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE)
  limit?: number;
}
