import { defineSchedule, defineSystemJob } from '@jazari/queue';

/** Sends the daily digests that are due. A system job: no tenant. */
export const digestJob = defineSystemJob('notifications.digest', {
  queue: 'maintenance',
  version: 1,
  attempts: 3,
  backoff: { type: 'exponential', delay: 10_000 },
});

/** Every 15 minutes: a digest is due from 08:00 network time; one missed run only delays it a little. */
export const digestSchedule = defineSchedule({
  id: 'notifications.digest',
  job: digestJob,
  everyMs: 15 * 60_000,
  payload: {},
});

/** The hour of the day (network time, Africa/Casablanca) from which the day's digest goes out. */
export const DIGEST_HOUR = 8;
