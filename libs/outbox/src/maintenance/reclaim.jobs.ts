import { defineSchedule, defineSystemJob } from '@jazari/queue';

declare module '@jazari/queue' {
  interface JobCatalog {
    /** Claims a dead worker left half done (an e-mail `sending`, a webhook attempt never finished). */
    'maintenance.reclaim': Record<string, never>;
  }
}

export const reclaimJob = defineSystemJob('maintenance.reclaim', {
  queue: 'maintenance',
  version: 1,
  attempts: 1,
  backoff: { type: 'fixed', delay: 0 },
});

export const reclaimSchedule = defineSchedule({
  id: 'maintenance.reclaim',
  job: 'maintenance.reclaim',
  everyMs: 60_000,
  payload: {},
});
