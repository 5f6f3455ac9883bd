import type { JobDefinition, JobName } from './job-catalog.js';

/** A BullMQ job scheduler the worker upserts at boot: `job` (a system job) every `everyMs`. */
export interface JobSchedule<P = unknown> {
  /** The scheduler's id in Redis: stable, so every replica's boot upserts the same one. */
  readonly id: string;
  /** The system job's name. */
  readonly job: JobName;
  readonly everyMs: number;
  readonly payload: P;
}

const schedules = new Map<string, JobSchedule>();

/**
 * Declares a schedule next to its job. Only system jobs may be scheduled: a schedule has no tenant and
 * no outbox event behind it.
 */
export function defineSchedule<P>(options: {
  readonly id: string;
  readonly job: JobDefinition<P>;
  readonly everyMs: number;
  readonly payload: NoInfer<P>;
}): JobSchedule<P> {
  const { job } = options;
  const schedule: JobSchedule<P> = { ...options, job: job.name };
  if (schedules.has(schedule.id)) throw new Error(`Schedule "${schedule.id}" is defined twice`);
  if (!job.system) {
    throw new Error(`Schedule "${schedule.id}" runs "${schedule.job}", which is not a system job`);
  }
  if (!(schedule.everyMs >= 1_000))
    throw new Error(`Schedule "${schedule.id}" must repeat at most every second`);
  schedules.set(schedule.id, schedule);
  return schedule;
}

export function allSchedules(): readonly JobSchedule[] {
  return [...schedules.values()];
}
