import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { jobDefinition, QUEUE_NAMES, type JobEnvelope, type JobName } from './job-catalog.js';
import { JobHandlerRegistry, type JobHandlerFn } from './job-handler.registry.js';
import { JOB_RUNNER } from './queue.tokens.js';
import { createRedis } from './redis.js';
import { isSystemEnvelope } from './system-job.js';

/** Runs a handler for one job: the outbox library wraps it in the tenant transaction and de-duplicates. */
export interface JobRunner {
  run(name: JobName, envelope: JobEnvelope, handle: JobHandlerFn): Promise<void>;
}

export interface WorkerHostOptions {
  readonly concurrency: number;
}

export const WORKER_HOST_OPTIONS = Symbol('WORKER_HOST_OPTIONS');

/**
 * One BullMQ worker per queue. On shutdown it stops taking jobs and waits for the running ones to
 * finish, so a clean stop never leaves a job to be run again.
 */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WorkerHost.name);
  private readonly workers: { worker: Worker; connection: Redis }[] = [];

  constructor(
    private readonly registry: JobHandlerRegistry,
    @Inject(JOB_RUNNER) private readonly runner: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_HOST_OPTIONS) private readonly options: WorkerHostOptions,
  ) {}

  onApplicationBootstrap(): void {
    const url = this.config.redis.url;
    if (!url) throw new Error('REDIS_URL is not set');
    for (const queue of QUEUE_NAMES) {
      const connection = createRedis(url, 'worker', `jazari-worker-${queue}`);
      const worker = new Worker(queue, (job: Job<JobEnvelope>) => this.process(job), {
        connection,
        prefix: this.config.redis.queuePrefix,
        concurrency: this.options.concurrency,
      });
      worker.on('error', (error) => this.logger.warn({ queue, err: error }, 'worker connection error'));
      worker.on('failed', (job, error) =>
        this.logger.warn(
          { queue, job: job?.name, jobId: job?.id, attempts: job?.attemptsMade, err: error },
          'job failed',
        ),
      );
      this.workers.push({ worker, connection });
    }
  }

  private async process(job: Job<JobEnvelope>): Promise<void> {
    const handler = this.registry.get(job.name);
    if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}"`);
    // A system job (a scheduled sweep) has no tenant or event: it opens its own transactions.
    if (jobDefinition(handler.name).system) {
      if (!isSystemEnvelope(job.data)) throw new UnrecoverableError(`Job "${job.name}" is not a system job`);
      await handler.handle(job.data);
      return;
    }
    await this.runner.run(handler.name, job.data, handler.handle);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.close()));
    await Promise.all(
      this.workers.map(({ connection }) => connection.quit().catch(() => connection.disconnect())),
    );
    this.workers.length = 0;
  }
}
