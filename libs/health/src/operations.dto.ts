import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { QUEUE_NAMES } from '@jazari/queue';

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
}

export class FailedJobPageDto {
  @ApiProperty({ type: [FailedJobDto] })
  data!: FailedJobDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next (older) page' })
  nextCursor!: string | null;
}

export class ListFailedJobsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50, description: 'Rows per page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;

  @ApiPropertyOptional({ description: "The previous page's `nextCursor`" })
  @IsOptional()
  @IsUUID()
  cursor?: string;
}
