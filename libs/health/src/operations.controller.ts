import { Controller, Header, HttpStatus, Param, Query } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { BOARD_PAGE } from './board.page.js';
import { ProblemException, uuidParam } from '@jazari/http';
import { isQueueName, QueueOperations, QueueProducer } from '@jazari/queue';
import {
  FailedJobDto,
  FailedJobPageDto,
  JobListDto,
  ListFailedJobsQuery,
  ListJobsQuery,
  QueueDepthListDto,
} from './operations.dto.js';
import { OperationsService } from './operations.service.js';

/** For Root's network admins (`operations.read`): the queues' depths and the jobs that failed for good. */
@ApiTags('operations')
@Controller('operations')
export class OperationsController {
  constructor(
    private readonly queues: QueueProducer,
    private readonly queueJobs: QueueOperations,
    private readonly operations: OperationsService,
  ) {}

  @ReadRoute({
    path: 'board',
    permission: 'public',
    summary:
      "The operators' board (HTML): sign in, then queues, jobs by state, failed jobs to retry or dismiss",
    description:
      'The page holds no data; everything it shows comes from the routes below, for network admins only.',
    ok: { description: 'The page' },
  })
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  @ApiProduces('text/html')
  board(): string {
    return BOARD_PAGE;
  }

  @ReadRoute({
    path: 'queues',
    permission: 'operations.read',
    summary: 'Per queue: waiting, active, delayed and failed jobs, and the oldest waiting age',
    ok: QueueDepthListDto,
  })
  async queueDepths(): Promise<QueueDepthListDto> {
    return { data: await this.queues.overview() };
  }

  @ReadRoute({
    path: 'queues/:queue/jobs',
    permission: 'operations.read',
    summary: "A queue's jobs in one state, newest first (the board's job list)",
    ok: JobListDto,
    problems: { 404: 'No such queue' },
  })
  async jobs(@Param('queue') queue: string, @Query() query: ListJobsQuery): Promise<JobListDto> {
    if (!isQueueName(queue)) {
      throw new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', `No queue "${queue}".`);
    }
    return { data: await this.queueJobs.jobs(queue, query.state, query.offset, query.limit) };
  }

  @ReadRoute({
    path: 'failed-jobs',
    permission: 'operations.read',
    summary: 'The copies of jobs that exhausted their attempts (`failed_job`), newest first',
    ok: FailedJobPageDto,
  })
  failedJobs(@CurrentActor() actor: Actor, @Query() query: ListFailedJobsQuery): Promise<FailedJobPageDto> {
    return this.operations.failedJobs(actor, query.limit ?? 50, query.cursor);
  }

  @ActionRoute({
    method: 'post',
    path: 'failed-jobs/:id/retry',
    status: 200,
    permission: 'operations.manage',
    summary:
      'Put a failed job back on its queue, attempts reset (added again from its copy if BullMQ lost it)',
    ok: FailedJobDto,
    problems: {
      404: 'No such failed job',
      409: '`already-resolved`, or `job-not-failed` (the job is running or waiting)',
    },
  })
  retry(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<FailedJobDto> {
    return this.operations.retry(actor, id);
  }

  @ActionRoute({
    method: 'post',
    path: 'failed-jobs/:id/dismiss',
    status: 200,
    permission: 'operations.manage',
    summary: 'Give up on a failed job: removed from BullMQ, its outbox event marked done; the copy is kept',
    ok: FailedJobDto,
    problems: { 404: 'No such failed job', 409: '`already-resolved`, or `job-not-failed`' },
  })
  dismiss(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<FailedJobDto> {
    return this.operations.dismiss(actor, id);
  }
}
