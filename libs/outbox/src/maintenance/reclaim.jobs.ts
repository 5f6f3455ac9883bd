import { defineSchedule, defineSystemJob } from '@jazari/queue';

/** Claims a dead worker left half done (an e-mail `sending`, a webhook attempt never finished). */
export const reclaimJob = defineSystemJob('maintenance.reclaim', {
  queue: 'maintenance',
  version: 1,
  attempts: 1,
  backoff: { type: 'fixed', delay: 0 },
});

export const reclaimSchedule = defineSchedule({
  id: 'maintenance.reclaim',
  job: reclaimJob,
  everyMs: 60_000,
  payload: {},
});
