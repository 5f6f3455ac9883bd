import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IdCursorQuery } from '@jazari/http';
import { JOB_STATES, QUEUE_NAMES, type JobState } from '@jazari/queue';

export class QueueDepthDto {
  @ApiProperty({ enum: QUEUE_NAMES })
  queue!: string;
  @ApiProperty()
  waiting!: number;
  @ApiProperty()
  active!: number;
  @ApiProperty()
  delayed!: number;
  @ApiProperty()
  failed!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Seconds since the oldest waiting job was added; null when none waits',
  })
  oldestWaitingAgeSeconds!: number | null;
}

export class QueueDepthListDto {
  @ApiProperty({ type: [QueueDepthDto] })
  data!: QueueDepthDto[];
}

export class FailedJobResolutionDto {
  @ApiProperty({ enum: ['retried', 'dismissed'] })
  resolution!: 'retried' | 'dismissed';
  @ApiProperty({ format: 'date-time' })
  resolvedAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The operator' })
  resolvedBy!: string | null;
}

export class FailedJobDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ enum: QUEUE_NAMES })
  queue!: string;
  @ApiProperty()
  jobName!: string;
  @ApiProperty({ description: 'The BullMQ job id: the outbox event id for an event' })
  jobId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: "The event's tenant" })
  tenantId!: string | null;
  @ApiProperty()
  attempts!: number;
  @ApiProperty({ description: "The last error's message (at most 500 characters)" })
  failedReason!: string;
  @ApiProperty({ description: "The job's data (the envelope: ids, tenant and payload)" })
  data!: unknown;
  @ApiProperty({ format: 'date-time' })
  failedAt!: string;
  @ApiProperty({
    type: FailedJobResolutionDto,
    nullable: true,
    description: 'How an operator resolved it; null while it waits for one',
  })
  resolved!: FailedJobResolutionDto | null;
}

export class FailedJobPageDto {
  @ApiProperty({ type: [FailedJobDto] })
  data!: FailedJobDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next (older) page' })
  nextCursor!: string | null;
}

/** `?limit=` (1–200, default 50) and `?cursor=` (the previous page's `nextCursor`). */
export class ListFailedJobsQuery extends IdCursorQuery {}

export class ListJobsQuery {
  @ApiPropertyOptional({ enum: JOB_STATES, default: 'failed' })
  @IsOptional()
  @IsIn(JOB_STATES)
  state: JobState = 'failed';

  @ApiPropertyOptional({ minimum: 0, maximum: 10_000, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_000)
  offset: number = 0;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;
}

export class JobDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: JOB_STATES }) state!: JobState;
  @ApiProperty() attemptsMade!: number;
  @ApiProperty({ format: 'date-time' }) addedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) processedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) failedReason!: string | null;
  @ApiProperty({ description: "The job's data (the envelope: ids, tenant and payload)" }) data!: unknown;
}

export class JobListDto {
  @ApiProperty({ type: [JobDto] }) data!: JobDto[];
}
