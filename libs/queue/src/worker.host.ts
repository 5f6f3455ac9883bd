import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { Metrics } from '@jazari/telemetry';
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import {
  jobDefinition,
  QUEUE_NAMES,
  type JobDefinition,
  type JobEnvelope,
  type JobName,
  type QueueName,
} from './job-catalog.js';
import { JobBatcher, type BatchOutcome } from './job-batcher.js';
import { BATCHED_QUEUES, CARRIER_JOB_NAME, isCarrierData, type CarrierData } from './job-carrier.js';
import { isInfrastructureFailure } from './job-failure.js';
import { JobHandlerRegistry, type JobHandlerFn } from './job-handler.registry.js';
import type { QueueConnection, WorkerHandle } from './queue-connection.js';
import { QueueProducer, type EnqueueItem } from './queue.producer.js';
import { JOB_RUNNER, QUEUE_CONNECTION } from './queue.tokens.js';
import { isSystemEnvelope } from './system-job.js';

/** Runs a handler for one job: the outbox library wraps it in the tenant transaction and de-duplicates. */
export interface JobRunner {
  run(name: JobName, envelope: JobEnvelope, handle: JobHandlerFn): Promise<void>;
  /**
   * Runs several events' jobs together, as if one after the other, and answers each one's outcome in
   * order (the outbox library: one transaction per tenant, falling back to `run` for each job when the
   * batch fails).
   */
  runBatch?(jobs: readonly BatchJob[]): Promise<readonly BatchOutcome[]>;
  /** Keeps a copy of a job that failed for the last time (the outbox library writes `failed_job`). */
  recordFailure(failure: FailedJobRecord): Promise<void>;
}

/** One job of a batch: its name, envelope and handler. */
export interface BatchJob {
  readonly name: JobName;
  readonly envelope: JobEnvelope;
  readonly handle: JobHandlerFn;
}

/** A job that exhausted its attempts (or failed unrecoverably), as copied for inspection. */
export interface FailedJobRecord {
  readonly queue: QueueName;
  readonly jobName: string;
  /** The BullMQ job id: the outbox event id for an event's job. */
  readonly jobId: string;
  /** The envelope's tenant; null for a system job (or data that is not an envelope). */
  readonly tenantId: string | null;
  readonly attempts: number;
  /** The last error's message, at most `FAILED_REASON_MAX` characters. */
  readonly failedReason: string;
  readonly data: unknown;
  readonly failedAt: Date;
}

export const FAILED_REASON_MAX = 500;

/** Whether the `failed` event is the job's last: BullMQ sets `finishedOn` only when it stays failed. */
export function isFinalFailure(job: Pick<Job, 'finishedOn'>): boolean {
  return typeof job.finishedOn === 'number' && job.finishedOn > 0;
}

export function failedJobRecord(queue: QueueName, job: Job, error: Error): FailedJobRecord {
  const data: unknown = job.data;
  const tenantId =
    typeof data === 'object' && data !== null && typeof (data as { tenantId?: unknown }).tenantId === 'string'
      ? (data as { tenantId: string }).tenantId
      : null;
  const reason = error?.message || job.failedReason || 'unknown error';
  return {
    queue,
    jobName: job.name,
    jobId: job.id ?? '',
    tenantId,
    attempts: job.attemptsMade,
    failedReason: reason.slice(0, FAILED_REASON_MAX),
    data: data ?? null,
    failedAt: new Date(job.finishedOn ?? Date.now()),
  };
}

/** Whether a job's data carries a payload version above `known` (what this release's handler reads). */
export function isNewerVersion(data: unknown, known: number): boolean {
  const v = typeof data === 'object' && data !== null ? (data as { v?: unknown }).v : undefined;
  return typeof v === 'number' && v > known;
}

/**
 * How many events a batched queue's worker holds active: its `slots` batches of up to `batchSize` events
 * running, and one more batch's worth waiting — so when a batch ends, a full one is waiting for the slot.
 * The events come in carriers of `batchSize` (ADR 0029): `batchedQueueConcurrency(slots)` of them active.
 */
export function batchedQueueActiveEvents(slots: number, batchSize: number): number {
  return (slots + 1) * batchSize;
}

/** The BullMQ concurrency of a batched queue: `slots` carriers running and one more waiting. */
export function batchedQueueConcurrency(slots: number): number {
  return slots + 1;
}

/** The delay before a job's second attempt, as BullMQ's backoff would set it. */
export function firstRetryDelayMs(backoff: JobDefinition['backoff'] | undefined): number {
  return Math.max(1, backoff?.delay ?? 1);
}

export interface WorkerHostOptions {
  readonly concurrency: number;
}

export const WORKER_HOST_OPTIONS = Symbol('WORKER_HOST_OPTIONS');

/** Time kept, out of SHUTDOWN_TIMEOUT_MS, for what closes after the workers (pools, connections). */
const SHUTDOWN_MARGIN_MS = 2_000;

/**
 * One BullMQ worker per queue (docs/adr/0013-jobs-survive-their-workers.md). On shutdown it stops taking
 * jobs and waits for the running ones to finish, within SHUTDOWN_TIMEOUT_MS (less a margin for the rest of
 * the shutdown): a job still running then is left locked, and once its lock expires another worker runs it
 * again. A queue store that does not answer (Redis down) cannot hold the shutdown past that bound either.
 */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WorkerHost.name);
  private readonly workers: WorkerHandle[] = [];
  /** Copies of failed jobs being written: shutdown waits for them. */
  private readonly recording = new Set<Promise<void>>();

  constructor(
    private readonly registry: JobHandlerRegistry,
    @Inject(JOB_RUNNER) private readonly runner: JobRunner,
    @Inject(QUEUE_CONNECTION) private readonly connection: QueueConnection,
    @Inject(WORKER_HOST_OPTIONS) private readonly options: WorkerHostOptions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
    private readonly producer: QueueProducer,
  ) {}

  onApplicationBootstrap(): void {
    // Queue depths are read when Prometheus scrapes the worker: two store calls per queue.
    this.metrics.sample('queues', async () => {
      for (const overview of await this.producer.overview()) {
        const { queue } = overview;
        for (const state of ['waiting', 'active', 'delayed', 'failed'] as const) {
          this.metrics.queueJobs.set({ queue, state }, overview[state]);
        }
        this.metrics.queueOldestWaitingAge.set({ queue }, overview.oldestWaitingAgeSeconds ?? 0);
      }
    });
    for (const queue of QUEUE_NAMES) {
      const batcher = this.batcher(queue);
      const handle = this.connection.worker(
        queue,
        (job: Job<JobEnvelope>, token?: string) => this.timed(queue, job, batcher, token),
        {
          concurrency: batcher ? batchedQueueConcurrency(this.options.concurrency) : this.options.concurrency,
          lockDuration: this.config.queue.lockDurationMs,
          stalledInterval: this.config.queue.stalledIntervalMs,
          maxStalledCount: this.config.queue.maxStalledCount,
        },
      );
      const { worker } = handle;
      worker.on('error', (error) => this.logger.warn({ queue, err: error }, 'worker connection error'));
      worker.on('failed', (job, error) => {
        this.logger.warn(
          { queue, job: job?.name, jobId: job?.id, attempts: job?.attemptsMade, err: error },
          'job failed',
        );
        const final = job ? isFinalFailure(job) : false;
        this.metrics.jobFailures.inc({ queue, job: job?.name ?? 'unknown', final: String(final) });
        if (!job || !final) return;
        // A carrier that failed for good (its events could not be split out: Redis down): its events are
        // not done, so the outbox relay publishes them again; nothing for an operator to resolve.
        if (job.name === CARRIER_JOB_NAME) {
          this.logger.error(
            { queue, jobId: job.id, err: error },
            'a carrier of events failed; the outbox relay will publish its events again',
          );
          return;
        }
        // Not the handler's failure (a stall, a lost connection): the event is not done, so the outbox
        // relay publishes it again; `failed_job` keeps what an operator has to look at.
        if (isInfrastructureFailure(error)) {
          this.logger.error(
            { queue, job: job.name, jobId: job.id, err: error },
            'job failed for a reason that is not its handler’s; the outbox relay will publish it again',
          );
          return;
        }
        this.record(failedJobRecord(queue, job, error));
      });
      this.workers.push(handle);
    }
  }

  /** Runs a job and records how long it took and how it ended. */
  private async timed(
    queue: QueueName,
    job: Job<JobEnvelope>,
    batcher: JobBatcher<BatchJob> | undefined,
    token: string | undefined,
  ): Promise<void> {
    if (job.name === CARRIER_JOB_NAME) {
      // Its events' durations and outcomes are recorded one by one, under their own names.
      await this.process(job, batcher, token);
      return;
    }
    const started = performance.now();
    let outcome = 'failed';
    try {
      await this.process(job, batcher, token);
      outcome = 'completed';
    } catch (error) {
      if (error instanceof DelayedError) outcome = 'deferred';
      throw error;
    } finally {
      this.metrics.jobDuration.observe(
        { queue, job: job.name, outcome },
        (performance.now() - started) / 1_000,
      );
    }
  }

  /** The batcher of a batched queue, when batches are on (QUEUE_BATCH_SIZE > 1) and the runner has them. */
  private batcher(queue: QueueName): JobBatcher<BatchJob> | undefined {
    const runBatch = this.runner.runBatch?.bind(this.runner);
    if (!runBatch || this.config.queue.batchSize <= 1 || !BATCHED_QUEUES.includes(queue)) return undefined;
    return new JobBatcher<BatchJob>(runBatch, this.options.concurrency, this.config.queue.batchSize);
  }

  private async process(
    job: Job<JobEnvelope>,
    batcher: JobBatcher<BatchJob> | undefined,
    token: string | undefined,
  ): Promise<void> {
    if (job.name === CARRIER_JOB_NAME) {
      if (!isCarrierData(job.data)) throw new UnrecoverableError('A carrier without events');
      await this.processCarrier(job.data, batcher);
      return;
    }
    const handler = this.registry.get(job.name);
    if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}"`);
    const definition = jobDefinition(handler.name);
    // A payload newer than this release's handler reads (a newer release emitted it, mid rolling deploy):
    // not this worker's to run, nor to fail. It waits, delayed and with no attempt used, for a worker
    // that knows it; the event stays not done in the outbox meanwhile.
    if (isNewerVersion(job.data, definition.version)) {
      this.logger.warn(
        { job: job.name, jobId: job.id, v: (job.data as { v: unknown }).v, known: definition.version },
        'job payload is newer than this release knows; deferred',
      );
      await job.moveToDelayed(Date.now() + this.config.queue.newerVersionDelayMs, token);
      throw new DelayedError();
    }
    // A system job (a scheduled sweep) has no tenant or event: it opens its own transactions.
    if (definition.system) {
      if (!isSystemEnvelope(job.data)) throw new UnrecoverableError(`Job "${job.name}" is not a system job`);
      await handler.handle(job.data);
      return;
    }
    if (batcher) await batcher.submit({ name: handler.name, envelope: job.data, handle: handler.handle });
    else await this.runner.run(handler.name, job.data, handler.handle);
  }

  /**
   * Runs a carrier's events (ADR 0029) as the batched queue runs its jobs, each with its own outcome. An
   * event that does not simply succeed here — its handler failed (one attempt used, as a job's), its
   * payload is newer than this release reads, it is not this worker's to run — leaves the carrier as a job
   * of its own, id the event id, which then goes the way of any event's job: retries with backoff,
   * deferral, `failed_job` and the operators' board. The others are not held back nor run twice: each one
   * committed with its ledger row, so a carrier delivered again (its worker died) skips them.
   */
  private async processCarrier(data: CarrierData, batcher: JobBatcher<BatchJob> | undefined): Promise<void> {
    const alone: EnqueueItem[] = [];
    const running: { readonly event: CarrierData['events'][number]; readonly done: Promise<void> }[] = [];
    for (const event of data.events) {
      const handler = this.registry.get(event.name);
      const definition = handler ? jobDefinition(handler.name) : undefined;
      if (
        !handler ||
        !definition ||
        definition.system ||
        isNewerVersion(event.envelope, definition.version)
      ) {
        alone.push({ name: event.name, envelope: event.envelope, republish: true });
        continue;
      }
      const job: BatchJob = { name: handler.name, envelope: event.envelope, handle: handler.handle };
      running.push({
        event,
        done: batcher ? batcher.submit(job) : this.runner.run(job.name, job.envelope, job.handle),
      });
    }
    const started = performance.now();
    const outcomes = await Promise.all(
      running.map(({ event, done }) =>
        done.then(
          () => {
            this.observeCarried(event, 'completed', started);
            return { status: 'fulfilled' as const };
          },
          (reason: unknown) => {
            this.observeCarried(event, 'failed', started);
            return { status: 'rejected' as const, reason };
          },
        ),
      ),
    );
    outcomes.forEach((outcome, i) => {
      if (outcome.status === 'fulfilled') return;
      const { event } = running[i];
      this.logger.warn(
        { job: event.name, eventId: event.envelope.eventId, err: outcome.reason },
        'an event of a carrier failed; it goes on as a job of its own',
      );
      this.metrics.jobFailures.inc({
        queue: jobDefinition(event.name).queue,
        job: event.name,
        final: 'false',
      });
      alone.push({
        name: event.name,
        envelope: event.envelope,
        republish: true,
        delayMs: firstRetryDelayMs(jobDefinition(event.name).backoff),
      });
    });
    // If this fails (Redis down), the carrier fails and is retried: what committed is skipped then.
    if (alone.length > 0) await this.producer.enqueueMany(alone);
  }

  private observeCarried(event: CarrierData['events'][number], outcome: string, started: number): void {
    this.metrics.jobDuration.observe(
      { queue: jobDefinition(event.name).queue, job: event.name, outcome },
      (performance.now() - started) / 1_000,
    );
  }

  /**
   * Copies a job that stays failed into PostgreSQL. The job also stays in BullMQ's failed set; a copy
   * that cannot be written is logged, never retried (the job is still in Redis to inspect).
   */
  private record(failure: FailedJobRecord): void {
    const pending = this.runner
      .recordFailure(failure)
      .catch((error: unknown) =>
        this.logger.error(
          { queue: failure.queue, job: failure.jobName, jobId: failure.jobId, err: error },
          'could not record the failed job',
        ),
      )
      .finally(() => this.recording.delete(pending));
    this.recording.add(pending);
  }

  async beforeApplicationShutdown(): Promise<void> {
    const budget = Math.max(500, this.config.shutdownTimeoutMs - SHUTDOWN_MARGIN_MS);
    const closing = Promise.all([
      Promise.all(this.workers.map((handle) => handle.close())),
      Promise.all([...this.recording]),
    ]);
    let timer: NodeJS.Timeout | undefined;
    const late = await Promise.race([
      closing.then(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), budget);
      }),
    ]);
    clearTimeout(timer);
    if (late) {
      this.logger.warn(
        { budgetMs: budget },
        'workers did not stop in time; leaving their running jobs to be re-run after their locks expire',
      );
      // Do not wait any longer: cut the connections, running jobs stay locked until their lock expires.
      for (const handle of this.workers) handle.abandon();
    }
    this.workers.length = 0;
  }
}
