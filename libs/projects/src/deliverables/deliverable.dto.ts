import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../attention/calendar.js';
import { present, Trim, WorkPageQuery } from '../attention/work-list.js';
import {
  DELIVERABLE_KINDS,
  DELIVERABLE_STATUSES,
  type DeliverableKind,
  type DeliverableStatus,
} from './deliverable-workflow.js';

export const DELIVERABLE_TITLE_MAX = 300;
export const DELIVERABLE_DESCRIPTION_MAX = 10_000;
export const REVIEW_COMMENT_MAX = 5_000;

export class CreateDeliverableDto {
  @ApiProperty({ enum: DELIVERABLE_KINDS })
  @IsIn(DELIVERABLE_KINDS)
  kind!: DeliverableKind;

  @ApiProperty({ maxLength: DELIVERABLE_TITLE_MAX, example: 'Darija ASR model, evaluation report' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(DELIVERABLE_TITLE_MAX)
  title!: string;

  @ApiPropertyOptional({ maxLength: DELIVERABLE_DESCRIPTION_MAX, default: '' })
  @IsOptional()
  @IsString()
  @MaxLength(DELIVERABLE_DESCRIPTION_MAX)
  description?: string;

  @ApiProperty({ format: 'date', example: '2026-09-30' })
  @IsCalendarDate()
  dueDate!: string;
}

/** Absent fields are kept. The kind is fixed at creation; the status moves by the action routes only. */
export class UpdateDeliverableDto {
  @ApiPropertyOptional({ maxLength: DELIVERABLE_TITLE_MAX })
  @ValidateIf(present)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(DELIVERABLE_TITLE_MAX)
  title?: string;

  @ApiPropertyOptional({ maxLength: DELIVERABLE_DESCRIPTION_MAX })
  @ValidateIf(present)
  @IsString()
  @MaxLength(DELIVERABLE_DESCRIPTION_MAX)
  description?: string;

  @ApiPropertyOptional({ format: 'date' })
  @ValidateIf(present)
  @IsCalendarDate()
  dueDate?: string;
}

export class AcceptDeliverableDto {
  @ApiPropertyOptional({ maxLength: REVIEW_COMMENT_MAX })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(REVIEW_COMMENT_MAX)
  comment?: string;
}

export class RejectDeliverableDto {
  @ApiProperty({ maxLength: REVIEW_COMMENT_MAX, description: 'What the team must change' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(REVIEW_COMMENT_MAX)
  comment!: string;
}

export class ListDeliverablesQuery extends WorkPageQuery {
  @ApiPropertyOptional({ enum: DELIVERABLE_STATUSES })
  @IsOptional()
  @IsIn(DELIVERABLE_STATUSES)
  status?: DeliverableStatus;

  @ApiPropertyOptional({ enum: DELIVERABLE_KINDS })
  @IsOptional()
  @IsIn(DELIVERABLE_KINDS)
  kind?: DeliverableKind;
}

export class DeliverableDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty({ enum: DELIVERABLE_KINDS }) kind!: DeliverableKind;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ enum: DELIVERABLE_STATUSES }) status!: DeliverableStatus;
  @ApiProperty({ description: 'Due before today (in Morocco) and planned or rejected' }) overdue!: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Last submission' })
  submittedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Last review' })
  reviewedAt!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) reviewerUserId!: string | null;
  @ApiProperty({ nullable: true, type: String }) reviewComment!: string | null;
  @ApiProperty() fileCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class DeliverablePageDto {
  @ApiProperty({ type: [DeliverableDto] }) data!: DeliverableDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}
