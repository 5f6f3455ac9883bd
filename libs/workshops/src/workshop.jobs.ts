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

declare module '@jazari/queue' {
  interface JobCatalog {
    /** Organisers invited named people (who may accept or decline). */
    'workshops.invited': WorkshopNotice;
    /** A person's registration took a seat. */
    'workshops.registration_confirmed': WorkshopNotice;
    /** A cancellation freed a seat: the first on the waitlist has it. */
    'workshops.waitlist_promoted': WorkshopNotice;
    /** 24 hours before the start, once per registration (the scheduled sweep). */
    'workshops.reminder': WorkshopNotice;
    /** The organisers cancelled the workshop. */
    'workshops.cancelled': WorkshopNotice;
    /** The minutes of a held workshop are published. */
    'workshops.minutes_published': WorkshopNotice;
    /** The scheduled sweep of reminders. A system job: no tenant. */
    'workshops.reminders': Record<string, never>;
  }
}

export const WORKSHOP_NOTICES = [
  'workshops.invited',
  'workshops.registration_confirmed',
  'workshops.waitlist_promoted',
  'workshops.reminder',
  'workshops.cancelled',
  'workshops.minutes_published',
] as const;

export const workshopInvitedJob = defineJob('workshops.invited', NOTICE_JOB);
export const registrationConfirmedJob = defineJob('workshops.registration_confirmed', NOTICE_JOB);
export const waitlistPromotedJob = defineJob('workshops.waitlist_promoted', NOTICE_JOB);
export const workshopReminderJob = defineJob('workshops.reminder', NOTICE_JOB);
export const workshopCancelledJob = defineJob('workshops.cancelled', NOTICE_JOB);
export const minutesPublishedJob = defineJob('workshops.minutes_published', NOTICE_JOB);

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
  job: 'workshops.reminders',
  everyMs: WORKSHOP_REMINDERS_EVERY_MS,
  payload: {},
});
