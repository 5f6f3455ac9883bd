import { jobDefinition, type JobName, type JobPayload } from './job-catalog.js';

/** A BullMQ job scheduler the worker upserts at boot: `job` (a system job) every `everyMs`. */
export interface JobSchedule<N extends JobName = JobName> {
  /** The scheduler's id in Redis: stable, so every replica's boot upserts the same one. */
  readonly id: string;
  readonly job: N;
  readonly everyMs: number;
  readonly payload: JobPayload<N>;
}

const schedules = new Map<string, JobSchedule>();

/**
 * Declares a schedule next to its job. Only system jobs may be scheduled: a schedule has no tenant and
 * no outbox event behind it.
 */
export function defineSchedule<N extends JobName>(schedule: JobSchedule<N>): JobSchedule<N> {
  if (schedules.has(schedule.id)) throw new Error(`Schedule "${schedule.id}" is defined twice`);
  if (!jobDefinition(schedule.job).system) {
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
