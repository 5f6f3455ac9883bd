import { defineJob, defineSchedule, defineSystemJob, NOTICE_JOB } from '@jazari/queue';

declare module '@jazari/queue' {
  interface JobCatalog {
    /** A report was requested (through the API, or by a schedule's tick): render it. */
    'reports.requested': { reportId: string };
    /** A report is ready: its requester is told, with the download link. */
    'reports.ready': {
      reportId: string;
      requestedBy: string;
      periodLabel: string;
      format: string;
      /** The report's title in the requester's language (`Rapport national`). */
      title: string;
    };
    /** A recurring report was added or removed: bring the BullMQ job schedulers in line now. */
    'reports.schedules_changed': { scheduleId: string };
    /** One tick of a recurring report's job scheduler. A system job: it opens the owner's transaction. */
    'reports.schedule_tick': { tenantId: string; scheduleId: string };
    /** Every minute: the job schedulers of the recurring reports, brought in line with PostgreSQL. */
    'reports.sync_schedules': Record<string, never>;
    /** Hourly: the files of reports whose download period is over are deleted; the reports are `expired`. */
    'reports.purge_expired': Record<string, never>;
  }
}

export const reportRequestedJob = defineJob('reports.requested', {
  queue: 'reports',
  version: 1,
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
});

export const reportReadyJob = defineJob('reports.ready', NOTICE_JOB);

export const reportSchedulesChangedJob = defineJob('reports.schedules_changed', {
  queue: 'reports',
  version: 1,
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
});

export const reportScheduleTickJob = defineSystemJob('reports.schedule_tick', {
  queue: 'reports',
  version: 1,
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
});

export const reportSyncSchedulesJob = defineSystemJob('reports.sync_schedules', {
  queue: 'reports',
  version: 1,
  attempts: 1,
  backoff: { type: 'fixed', delay: 1_000 },
});

export const REPORT_SCHEDULES_SYNC = defineSchedule({
  id: 'reports.sync_schedules',
  job: 'reports.sync_schedules',
  everyMs: 60_000,
  payload: {},
});

export const reportPurgeExpiredJob = defineSystemJob('reports.purge_expired', {
  queue: 'maintenance',
  version: 1,
  attempts: 3,
  backoff: { type: 'exponential', delay: 60_000 },
});

export const REPORT_PURGE_SCHEDULE = defineSchedule({
  id: 'reports.purge_expired',
  job: 'reports.purge_expired',
  everyMs: 60 * 60_000,
  payload: {},
});

/** The id of a recurring report's BullMQ job scheduler. */
export function schedulerId(scheduleId: string): string {
  return `report-schedule:${scheduleId}`;
}

export const SCHEDULER_PREFIX = 'report-schedule:';
