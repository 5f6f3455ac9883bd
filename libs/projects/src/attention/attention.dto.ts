import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { DELIVERABLE_STATUSES, type DeliverableStatus } from '../deliverables/deliverable-workflow.js';
import { WorkPageQuery } from './work-list.js';

export const ATTENTION_ITEM_TYPES = ['milestone', 'deliverable'] as const;
export type AttentionItemType = (typeof ATTENTION_ITEM_TYPES)[number];

export class AttentionQuery extends WorkPageQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only the projects of this institute (Root, and partners working with several)',
  })
  @IsOptional()
  @IsUUID()
  institute?: string;
}

export class AttentionProjectDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid', description: 'The institute that owns it' }) instituteId!: string;
}

export class AttentionItemDto {
  @ApiProperty({ enum: ATTENTION_ITEM_TYPES }) type!: AttentionItemType;
  @ApiProperty({ format: 'uuid', description: 'The milestone or deliverable' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ description: 'Days past the due date' }) daysOverdue!: number;
  @ApiProperty({ enum: DELIVERABLE_STATUSES, nullable: true, type: String, description: 'Deliverables only' })
  status!: DeliverableStatus | null;
  @ApiProperty({ type: AttentionProjectDto }) project!: AttentionProjectDto;
}

export class AttentionPageDto {
  @ApiProperty({ type: [AttentionItemDto], description: 'Most overdue first' }) data!: AttentionItemDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
  @ApiProperty({ format: 'date', description: 'The day it was computed for (today, in Morocco)' })
  today!: string;
}

export class ReviewItemDto {
  @ApiProperty({ format: 'uuid', description: 'The deliverable' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'The deliverable’s kind' }) kind!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ description: 'Days it has waited for a review (in Morocco’s calendar)' })
  daysWaiting!: number;
  @ApiProperty({ type: AttentionProjectDto }) project!: AttentionProjectDto;
}

export class ReviewPageDto {
  @ApiProperty({ type: [ReviewItemDto], description: 'The longest waiting first' }) data!: ReviewItemDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}
