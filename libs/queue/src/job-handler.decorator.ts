import { SetMetadata } from '@nestjs/common';
import type { JobDefinition, JobEnvelope } from './job-catalog.js';

export const JOB_HANDLER = 'jazari:job-handler';
export const JOB_SUBSCRIBER = 'jazari:job-subscriber';

/** Marks a provider method as THE handler of a job; boot fails if a job has none or two. */
export const JobHandler = (job: Pick<JobDefinition, 'name'>): MethodDecorator =>
  SetMetadata(JOB_HANDLER, job.name);

/** One job a subscriber handles, and how. */
export interface JobSubscription {
  readonly job: Pick<JobDefinition, 'name'>;
  handle(envelope: JobEnvelope): Promise<void>;
}

/**
 * A provider that handles a list of jobs it reads from data rather than from one method per job
 * (notifications handles every event of its catalogue). Mark it with `@JobSubscriber()`; its
 * `subscriptions()` are registered at boot with the same rule as `@JobHandler`: one handler per job.
 */
export interface JobSubscriberProvider {
  subscriptions(): readonly JobSubscription[];
}

export const JobSubscriber = (): ClassDecorator => SetMetadata(JOB_SUBSCRIBER, true);
