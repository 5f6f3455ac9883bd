import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../attention/calendar.js';
import { present, Trim } from '../attention/work-list.js';

export const MILESTONE_TITLE_MAX = 300;

export class CreateMilestoneDto {
  @ApiProperty({ maxLength: MILESTONE_TITLE_MAX, example: 'Dataset v1 annotated' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MILESTONE_TITLE_MAX)
  title!: string;

  @ApiProperty({ format: 'date', example: '2026-06-30' })
  @IsCalendarDate()
  dueDate!: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'When it was reached' })
  @IsOptional()
  @IsCalendarDate()
  doneDate?: string | null;
}

/** Absent fields are kept; `doneDate: null` reopens a milestone. */
export class UpdateMilestoneDto {
  @ApiPropertyOptional({ maxLength: MILESTONE_TITLE_MAX })
  @ValidateIf(present)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MILESTONE_TITLE_MAX)
  title?: string;

  @ApiPropertyOptional({ format: 'date' })
  @ValidateIf(present)
  @IsCalendarDate()
  dueDate?: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsCalendarDate()
  doneDate?: string | null;
}

export class MilestoneDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) doneDate!: string | null;
  @ApiProperty({ description: 'Due before today (in Morocco) and not done' }) late!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class MilestonePageDto {
  @ApiProperty({ type: [MilestoneDto] }) data!: MilestoneDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}
