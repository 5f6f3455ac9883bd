import { defineJob, defineSchedule, defineSystemJob, NOTICE_JOB } from '@jazari/queue';

export type ExpiryReason = 'expiry_date' | 'signing_deadline';

/** One reminder to one pending signer of the convention's current step. */
export interface SignatureReminder {
  readonly conventionId: string;
  readonly signerId: string;
}
/** An active convention reaches 90, 30 or 7 days before its expiry date (each once). */
export interface ConventionExpiring {
  readonly conventionId: string;
  readonly daysLeft: number;
  readonly threshold: number;
}
/** An active convention reached its expiry date, or one out for signature passed its deadline. */
export interface ConventionExpired {
  readonly conventionId: string;
  readonly reason: ExpiryReason;
}

/** The scheduled sweep: reminders, expiry notices, expiries. A system job: no tenant. */
export const conventionSweepJob = defineSystemJob('conventions.sweep', {
  queue: 'maintenance',
  version: 1,
  // The next run comes within the interval anyway; retry a failed one a little, not for long.
  attempts: 3,
  backoff: { type: 'exponential', delay: 10_000 },
});

export const signatureReminderJob = defineJob<SignatureReminder>(
  'conventions.signature_reminder',
  NOTICE_JOB,
);
export const conventionExpiringJob = defineJob<ConventionExpiring>('conventions.expiring', NOTICE_JOB);
export const conventionExpiredJob = defineJob<ConventionExpired>('conventions.expired', NOTICE_JOB);

/** Every 15 minutes: reminders are due by the day, so a quarter of an hour late is on time. */
export const CONVENTION_SWEEP_EVERY_MS = 15 * 60_000;

export const conventionSweepSchedule = defineSchedule({
  id: 'conventions.sweep',
  job: conventionSweepJob,
  everyMs: CONVENTION_SWEEP_EVERY_MS,
  payload: {},
});
