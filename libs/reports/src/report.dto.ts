import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  REPORT_CADENCES,
  REPORT_FORMATS,
  REPORT_LOCALES,
  REPORT_SCOPES,
  REPORT_STATUSES,
  type ReportCadence,
  type ReportFormat,
  type ReportLocale,
  type ReportScope,
  type ReportStatus,
} from './report.types.js';

export class RequestReportDto {
  @ApiProperty({ enum: REPORT_SCOPES })
  @IsIn(REPORT_SCOPES)
  scope!: ReportScope;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The institute or partner reported on (institute and partner scopes; defaults to your own)',
  })
  @IsOptional()
  @IsUUID()
  tenantId?: string;

  @ApiProperty({
    description: 'A quarter (`2026-Q3`) or `{ "from": "2026-07", "to": "2026-09" }` (at most 24 months)',
    oneOf: [
      { type: 'string', example: '2026-Q3' },
      {
        type: 'object',
        properties: {
          from: { type: 'string', example: '2026-07' },
          to: { type: 'string', example: '2026-09' },
        },
        required: ['from', 'to'],
      },
    ],
  })
  @IsDefined()
  period!: unknown;

  @ApiProperty({ enum: REPORT_FORMATS })
  @IsIn(REPORT_FORMATS)
  format!: ReportFormat;

  @ApiPropertyOptional({ enum: REPORT_LOCALES, description: "Defaults to the requester's language" })
  @IsOptional()
  @IsIn(REPORT_LOCALES)
  locale?: ReportLocale;
}

export class ReportPeriodDto {
  @ApiProperty({ example: '2026-07' }) from!: string;
  @ApiProperty({ example: '2026-09' }) to!: string;
  @ApiProperty({ example: '2026-Q3' }) label!: string;
}

export class ReportDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: REPORT_SCOPES }) scope!: ReportScope;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) tenantId!: string | null;
  @ApiProperty({ type: ReportPeriodDto }) period!: ReportPeriodDto;
  @ApiProperty({ enum: REPORT_FORMATS }) format!: ReportFormat;
  @ApiProperty({ enum: REPORT_LOCALES }) locale!: ReportLocale;
  @ApiProperty({ enum: REPORT_STATUSES }) status!: ReportStatus;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'Percent done' }) progress!: number;
  @ApiProperty({ nullable: true, type: String, description: 'Why it failed' }) error!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) scheduleId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) requestedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) filename!: string | null;
  @ApiProperty({ nullable: true, type: Number }) sizeBytes!: number | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'Where to download it with your credentials, once ready; a browser asks POST /reports/{id}/download-link ' +
      'for a signed link instead',
  })
  downloadUrl!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) startedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) expiresAt!: string | null;
}

export class DownloadLinkDto {
  @ApiProperty({
    description: 'The file, for a plain GET without credentials (`/api/v1/report-downloads/{token}`)',
  })
  url!: string;
  @ApiProperty({ format: 'date-time', description: 'The link works until then (a few minutes)' })
  expiresAt!: string;
}

export class ReportPageDto {
  @ApiProperty({ type: [ReportDto] }) data!: ReportDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class ListReportsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor is not a cursor this API issued' })
  cursor?: string;
}

export class CreateReportScheduleDto {
  @ApiProperty({ enum: REPORT_SCOPES })
  @IsIn(REPORT_SCOPES)
  scope!: ReportScope;

  @ApiPropertyOptional({ format: 'uuid', description: 'The institute or partner (defaults to your own)' })
  @IsOptional()
  @IsUUID()
  tenantId?: string;

  @ApiProperty({
    enum: REPORT_CADENCES,
    description: 'On the 1st of each month or quarter, 06:00 Casablanca',
  })
  @IsIn(REPORT_CADENCES)
  cadence!: ReportCadence;

  @ApiProperty({ enum: REPORT_FORMATS })
  @IsIn(REPORT_FORMATS)
  format!: ReportFormat;

  @ApiPropertyOptional({ enum: REPORT_LOCALES, description: "Defaults to the creator's language" })
  @IsOptional()
  @IsIn(REPORT_LOCALES)
  locale?: ReportLocale;
}

export class ReportScheduleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: REPORT_SCOPES }) scope!: ReportScope;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) tenantId!: string | null;
  @ApiProperty({ enum: REPORT_CADENCES }) cadence!: ReportCadence;
  @ApiProperty({ enum: REPORT_FORMATS }) format!: ReportFormat;
  @ApiProperty({ enum: REPORT_LOCALES }) locale!: ReportLocale;
  @ApiProperty({ example: '0 6 1 1,4,7,10 *', description: 'Cron pattern, in `timeZone`' }) pattern!: string;
  @ApiProperty({ example: 'Africa/Casablanca' }) timeZone!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ReportSchedulePageDto {
  @ApiProperty({ type: [ReportScheduleDto] }) data!: ReportScheduleDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
