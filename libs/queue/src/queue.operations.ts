import { Injectable } from '@nestjs/common';
import type { Job, JobType } from 'bullmq';
import { isDefinedJob, jobDefinition, QUEUE_NAMES, type QueueName } from './job-catalog.js';
import { jobOptions, QueueProducer } from './queue.producer.js';

export const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** One BullMQ job as operators see it. */
export interface JobView {
  readonly id: string;
  readonly name: string;
  readonly state: JobState;
  readonly attemptsMade: number;
  readonly addedAt: string;
  readonly processedAt: string | null;
  readonly finishedAt: string | null;
  readonly failedReason: string | null;
  readonly data: unknown;
}

export type RetryOutcome = 'retried' | 're-added' | 'not-failed';
export type RemoveOutcome = 'removed' | 'absent' | 'not-failed';

export function isQueueName(value: string): value is QueueName {
  return (QUEUE_NAMES as readonly string[]).includes(value);
}

function iso(ms: number | undefined): string | null {
  return typeof ms === 'number' && ms > 0 ? new Date(ms).toISOString() : null;
}

/** What the operators' board does with jobs: list them by state, retry a failed one, remove one. */
@Injectable()
export class QueueOperations {
  constructor(private readonly producer: QueueProducer) {}

  async jobs(queue: QueueName, state: JobState, offset: number, limit: number): Promise<JobView[]> {
    const bullState: JobType = state === 'waiting' ? 'wait' : state;
    // Newest first, as a board lists them.
    const jobs = await this.producer.queue(queue).getJobs([bullState], offset, offset + limit - 1, false);
    return jobs
      .filter((j): j is Job => Boolean(j))
      .map((job) => ({
        id: job.id ?? '',
        name: job.name,
        state,
        attemptsMade: job.attemptsMade,
        addedAt: new Date(job.timestamp).toISOString(),
        processedAt: iso(job.processedOn),
        finishedAt: iso(job.finishedOn),
        failedReason: job.failedReason || null,
        data: job.data as unknown,
      }));
  }

  /**
   * Puts a failed job back on its queue with its attempts reset. A job BullMQ no longer has (removed
   * after 14 days, or Redis lost) is added again from its copy, with its definition's options; a job
   * that is not failed (already retried, running) is left alone.
   */
  async retry(queue: QueueName, jobId: string, copy: { name: string; data: unknown }): Promise<RetryOutcome> {
    const job = await this.producer.queue(queue).getJob(jobId);
    if (job) {
      if ((await job.getState()) !== 'failed') return 'not-failed';
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      return 'retried';
    }
    const definition = isDefinedJob(copy.name)
      ? jobDefinition(copy.name)
      : { attempts: 1, backoff: undefined };
    await this.producer.queue(queue).add(copy.name, copy.data, jobOptions(definition, jobId));
    return 're-added';
  }

  /** Removes a failed job from BullMQ; a job in another state is left alone. */
  async remove(queue: QueueName, jobId: string): Promise<RemoveOutcome> {
    const job = await this.producer.queue(queue).getJob(jobId);
    if (!job) return 'absent';
    if ((await job.getState()) !== 'failed') return 'not-failed';
    await job.remove();
    return 'removed';
  }
}
