import { defineJob, defineSchedule, defineSystemJob, NOTICE_JOB } from '@jazari/queue';

declare module '@jazari/queue' {
  interface JobCatalog {
    /** The scheduled sweep: reminders, expiry notices, expiries. A system job: no tenant. */
    'conventions.sweep': Record<string, never>;
    /** One reminder to one pending signer of the convention's current step. */
    'conventions.signature_reminder': { conventionId: string; signerId: string };
    /** An active convention reaches 90, 30 or 7 days before its expiry date (each once). */
    'conventions.expiring': { conventionId: string; daysLeft: number; threshold: number };
    /** An active convention reached its expiry date, or one out for signature passed its deadline. */
    'conventions.expired': { conventionId: string; reason: ExpiryReason };
  }
}

export type ExpiryReason = 'expiry_date' | 'signing_deadline';

export const conventionSweepJob = defineSystemJob('conventions.sweep', {
  queue: 'maintenance',
  version: 1,
  // The next run comes within the interval anyway; retry a failed one a little, not for long.
  attempts: 3,
  backoff: { type: 'exponential', delay: 10_000 },
});

export const signatureReminderJob = defineJob('conventions.signature_reminder', NOTICE_JOB);
export const conventionExpiringJob = defineJob('conventions.expiring', NOTICE_JOB);
export const conventionExpiredJob = defineJob('conventions.expired', NOTICE_JOB);

/** Every 15 minutes: reminders are due by the day, so a quarter of an hour late is on time. */
export const CONVENTION_SWEEP_EVERY_MS = 15 * 60_000;

export const conventionSweepSchedule = defineSchedule({
  id: 'conventions.sweep',
  job: 'conventions.sweep',
  everyMs: CONVENTION_SWEEP_EVERY_MS,
  payload: {},
});
