import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorContext, CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import { TransactionRunner } from '@jazari/database';
import { QueueProducer } from '@jazari/queue';
import {
  FailedJobPageDto,
  ListFailedJobsQuery,
  QueueDepthListDto,
  type FailedJobDto,
} from './operations.dto.js';

interface FailedJobRow {
  id: string;
  queue: string;
  job_name: string;
  job_id: string;
  event_tenant_id: string | null;
  attempts: number;
  failed_reason: string;
  data: unknown;
  failed_at: Date;
}

/** For Root's network admins (`operations.read`): the queues' depths and the jobs that failed for good. */
@ApiTags('operations')
@Controller('operations')
export class OperationsController {
  constructor(
    private readonly queues: QueueProducer,
    private readonly transactions: TransactionRunner,
  ) {}

  @Get('queues')
  @RequirePermission('operations.read')
  @ApiOperation({
    summary: 'Per queue: waiting, active, delayed and failed jobs, and the oldest waiting age',
  })
  @ApiOkResponse({ type: QueueDepthListDto })
  async queueDepths(): Promise<QueueDepthListDto> {
    return { data: await this.queues.overview() };
  }

  @Get('failed-jobs')
  @RequirePermission('operations.read')
  @ApiOperation({ summary: 'The copies of jobs that exhausted their attempts (`failed_job`), newest first' })
  @ApiOkResponse({ type: FailedJobPageDto })
  async failedJobs(
    @CurrentActor() actor: Actor,
    @Query() query: ListFailedJobsQuery,
  ): Promise<FailedJobPageDto> {
    const limit = query.limit ?? 50;
    // Rows are read through the `root_read` policy; ids are UUIDv7, so id order is insertion order.
    const rows = await this.transactions.run(actorContext(actor), (tx) =>
      tx.query<FailedJobRow>(
        `SELECT id, queue, job_name, job_id, event_tenant_id, attempts, failed_reason, data, failed_at
           FROM failed_job WHERE ($1::uuid IS NULL OR id < $1::uuid) ORDER BY id DESC LIMIT $2`,
        [query.cursor ?? null, limit + 1],
      ),
    );
    const page = rows.slice(0, limit);
    return {
      data: page.map((row): FailedJobDto => ({
        id: row.id,
        queue: row.queue,
        jobName: row.job_name,
        jobId: row.job_id,
        tenantId: row.event_tenant_id,
        attempts: row.attempts,
        failedReason: row.failed_reason,
        data: row.data,
        failedAt: row.failed_at.toISOString(),
      })),
      nextCursor: rows.length > limit ? page[page.length - 1].id : null,
    };
  }
}
