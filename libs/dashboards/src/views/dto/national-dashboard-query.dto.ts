import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

/** The period of a dashboard: its period figures and monthly series (default: the last 24 months). */
export class DashboardPeriodQueryDto {
  @ApiPropertyOptional({ example: '2025-01', description: 'First month included (YYYY-MM)' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'from must be a month written YYYY-MM' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12', description: 'Last month included (YYYY-MM)' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'to must be a month written YYYY-MM' })
  to?: string;
}

/** The national dashboard's filters, all optional, combined with AND. */
export class NationalDashboardQueryDto extends DashboardPeriodQueryDto {
  @ApiPropertyOptional({ example: 'MA-06', description: 'A region code (ISO 3166-2:MA)' })
  @IsOptional()
  @Matches(/^MA-\d{2}$/, { message: 'region must be a region code such as MA-06' })
  region?: string;

  @ApiPropertyOptional({
    example: 'research_innovation',
    description: 'A national priority code; a pillar matches its sub-priorities too',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$/, { message: 'priority must be a national priority code' })
  priority?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "One institute's tenant id" })
  @IsOptional()
  @IsUUID()
  institute?: string;
}
