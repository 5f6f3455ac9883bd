import { defineSchedule, defineSystemJob } from '@jazari/queue';

/** Housekeeping: prune done outbox events and ended sessions past their retention. A system job. */
export const pruneJob = defineSystemJob('maintenance.prune', {
  queue: 'maintenance',
  version: 1,
  attempts: 3,
  backoff: { type: 'exponential', delay: 60_000 },
});

export const pruneSchedule = defineSchedule({
  id: 'maintenance.prune',
  job: pruneJob,
  everyMs: 60 * 60_000,
  payload: {},
});
