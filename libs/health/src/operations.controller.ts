import { Controller, Get, Header, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, Public, RequirePermission, type Actor } from '@jazari/access';
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

  @Get('board')
  @Public()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary:
      "The operators' board (HTML): sign in, then queues, jobs by state, failed jobs to retry or dismiss",
    description:
      'The page holds no data; everything it shows comes from the routes below, for network admins only.',
  })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The page' })
  board(): string {
    return BOARD_PAGE;
  }

  @Get('queues')
  @RequirePermission('operations.read')
  @ApiOperation({
    summary: 'Per queue: waiting, active, delayed and failed jobs, and the oldest waiting age',
  })
  @ApiOkResponse({ type: QueueDepthListDto })
  async queueDepths(): Promise<QueueDepthListDto> {
    return { data: await this.queues.overview() };
  }

  @Get('queues/:queue/jobs')
  @RequirePermission('operations.read')
  @ApiOperation({ summary: "A queue's jobs in one state, newest first (the board's job list)" })
  @ApiOkResponse({ type: JobListDto })
  @ApiNotFoundResponse({ description: 'No such queue' })
  async jobs(@Param('queue') queue: string, @Query() query: ListJobsQuery): Promise<JobListDto> {
    if (!isQueueName(queue)) {
      throw new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', `No queue "${queue}".`);
    }
    return { data: await this.queueJobs.jobs(queue, query.state, query.offset, query.limit) };
  }

  @Get('failed-jobs')
  @RequirePermission('operations.read')
  @ApiOperation({ summary: 'The copies of jobs that exhausted their attempts (`failed_job`), newest first' })
  @ApiOkResponse({ type: FailedJobPageDto })
  failedJobs(@CurrentActor() actor: Actor, @Query() query: ListFailedJobsQuery): Promise<FailedJobPageDto> {
    return this.operations.failedJobs(actor, query.limit ?? 50, query.cursor);
  }

  @Post('failed-jobs/:id/retry')
  @HttpCode(200)
  @RequirePermission('operations.manage')
  @ApiOperation({
    summary:
      'Put a failed job back on its queue, attempts reset (added again from its copy if BullMQ lost it)',
  })
  @ApiOkResponse({ type: FailedJobDto })
  @ApiNotFoundResponse({ description: 'No such failed job' })
  @ApiConflictResponse({
    description: '`already-resolved`, or `job-not-failed` (the job is running or waiting)',
  })
  retry(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<FailedJobDto> {
    return this.operations.retry(actor, id);
  }

  @Post('failed-jobs/:id/dismiss')
  @HttpCode(200)
  @RequirePermission('operations.manage')
  @ApiOperation({
    summary: 'Give up on a failed job: removed from BullMQ, its outbox event marked done; the copy is kept',
  })
  @ApiOkResponse({ type: FailedJobDto })
  @ApiNotFoundResponse({ description: 'No such failed job' })
  @ApiConflictResponse({ description: '`already-resolved`, or `job-not-failed`' })
  dismiss(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<FailedJobDto> {
    return this.operations.dismiss(actor, id);
  }
}
