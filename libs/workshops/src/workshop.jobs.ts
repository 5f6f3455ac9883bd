import { defineJob, defineSchedule, defineSystemJob, NOTICE_JOB } from '@jazari/queue';

/**
 * What every workshop notice carries: the workshop's words and time (so the notification resolvers only
 * look people up) and the people it reaches, by the tenant they are addressed in.
 */
export interface WorkshopNotice {
  readonly workshopId: string;
  readonly title: string;
  /** The start in the workshop's own zone: `2026-12-10 09:30 (Africa/Casablanca)`. */
  readonly when: string;
  readonly people: readonly { readonly tenantId: string; readonly userIds: readonly string[] }[];
}

/** Organisers invited named people (who may accept or decline). */
export const workshopInvitedJob = defineJob<WorkshopNotice>('workshops.invited', NOTICE_JOB);
/** A person's registration took a seat. */
export const registrationConfirmedJob = defineJob<WorkshopNotice>(
  'workshops.registration_confirmed',
  NOTICE_JOB,
);
/** A cancellation freed a seat: the first on the waitlist has it. */
export const waitlistPromotedJob = defineJob<WorkshopNotice>('workshops.waitlist_promoted', NOTICE_JOB);
/** 24 hours before the start, once per registration (the scheduled sweep). */
export const workshopReminderJob = defineJob<WorkshopNotice>('workshops.reminder', NOTICE_JOB);
/** The organisers cancelled the workshop. */
export const workshopCancelledJob = defineJob<WorkshopNotice>('workshops.cancelled', NOTICE_JOB);
/** The minutes of a held workshop are published. */
export const minutesPublishedJob = defineJob<WorkshopNotice>('workshops.minutes_published', NOTICE_JOB);

/** The scheduled sweep of reminders. A system job: no tenant. */
export const workshopRemindersJob = defineSystemJob('workshops.reminders', {
  queue: 'maintenance',
  version: 1,
  attempts: 3,
  backoff: { type: 'exponential', delay: 10_000 },
});

/** Every 5 minutes: a reminder "24 hours before" is on time within a few minutes. */
export const WORKSHOP_REMINDERS_EVERY_MS = 5 * 60_000;

export const workshopRemindersSchedule = defineSchedule({
  id: 'workshops.reminders',
  job: workshopRemindersJob,
  everyMs: WORKSHOP_REMINDERS_EVERY_MS,
  payload: {},
});
