import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../attention/calendar.js';

export const RAG_STATUSES = ['red', 'amber', 'green'] as const;
export type Rag = (typeof RAG_STATUSES)[number];

const NARRATIVE_MAX = 20_000;
const RISKS_MAX = 10_000;

export class CreateStatusReportDto {
  @ApiProperty({ format: 'date', example: '2026-01-01' })
  @IsCalendarDate()
  periodStart!: string;

  @ApiProperty({ format: 'date', example: '2026-03-31', description: 'On or after periodStart' })
  @IsCalendarDate()
  periodEnd!: string;

  @ApiProperty({ enum: RAG_STATUSES, description: 'Red, amber or green: how the project is doing' })
  @IsIn(RAG_STATUSES)
  rag!: Rag;

  @ApiProperty({ maxLength: NARRATIVE_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(NARRATIVE_MAX)
  narrative!: string;

  @ApiPropertyOptional({ maxLength: RISKS_MAX, default: '' })
  @IsOptional()
  @IsString()
  @MaxLength(RISKS_MAX)
  risks?: string;
}

export class StatusReportDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty({ enum: RAG_STATUSES }) rag!: Rag;
  @ApiProperty() narrative!: string;
  @ApiProperty() risks!: string;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class StatusReportPageDto {
  @ApiProperty({ type: [StatusReportDto] }) data!: StatusReportDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}
