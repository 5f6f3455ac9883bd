import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../attention/calendar.js';
import { present, Trim } from '../attention/work-list.js';

export const MILESTONE_TITLE_MAX = 300;

/** Derived from the due and done dates (never sent by a client): see `milestoneStatus`. */
export const MILESTONE_STATUSES = ['planned', 'late', 'done', 'done_late'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

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
  @ApiProperty({
    enum: MILESTONE_STATUSES,
    description:
      '`planned`: open, not yet due; `late`: open, due before today (in Morocco); `done`: reached on or ' +
      'before its due date; `done_late`: reached after it',
  })
  status!: MilestoneStatus;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    example: 0,
    description: '`late`: days since the due date; `done_late`: days it was reached after it; else 0',
  })
  daysLate!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class MilestonePageDto {
  @ApiProperty({ type: [MilestoneDto] }) data!: MilestoneDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}
