import { defineSchedule, defineSystemJob } from '@jazari/queue';

declare module '@jazari/queue' {
  interface JobCatalog {
    /** Housekeeping: prune done outbox events and ended sessions past their retention. A system job. */
    'maintenance.prune': Record<string, never>;
  }
}

export const pruneJob = defineSystemJob('maintenance.prune', {
  queue: 'maintenance',
  version: 1,
  attempts: 3,
  backoff: { type: 'exponential', delay: 60_000 },
});

export const pruneSchedule = defineSchedule({
  id: 'maintenance.prune',
  job: 'maintenance.prune',
  everyMs: 60 * 60_000,
  payload: {},
});
