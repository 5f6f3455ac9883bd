import { defineJob, defineSchedule, defineSystemJob, NOTICE_JOB } from '@jazari/queue';

/** A report was requested (through the API, or by a schedule's tick): render it. */
export interface ReportRequested {
  readonly reportId: string;
}
/** A report is ready: its requester is told, with the download link. */
export interface ReportReady {
  readonly reportId: string;
  readonly requestedBy: string;
  readonly periodLabel: string;
  readonly format: string;
  /** The report's title in the requester's language (`Rapport national`). */
  readonly title: string;
}
/** A recurring report was added or removed: bring the BullMQ job schedulers in line now. */
export interface ReportSchedulesChanged {
  readonly scheduleId: string;
}
/** One tick of a recurring report's job scheduler. A system job: it opens the owner's transaction. */
export interface ReportScheduleTick {
  readonly tenantId: string;
  readonly scheduleId: string;
}

export const reportRequestedJob = defineJob<ReportRequested>('reports.requested', {
  queue: 'reports',
  version: 1,
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
});

export const reportReadyJob = defineJob<ReportReady>('reports.ready', NOTICE_JOB);

export const reportSchedulesChangedJob = defineJob<ReportSchedulesChanged>('reports.schedules_changed', {
  queue: 'reports',
  version: 1,
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
});

export const reportScheduleTickJob = defineSystemJob<ReportScheduleTick>('reports.schedule_tick', {
  queue: 'reports',
  version: 1,
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
});

/** Every minute: the job schedulers of the recurring reports, brought in line with PostgreSQL. */
export const reportSyncSchedulesJob = defineSystemJob('reports.sync_schedules', {
  queue: 'reports',
  version: 1,
  attempts: 1,
  backoff: { type: 'fixed', delay: 1_000 },
});

export const REPORT_SCHEDULES_SYNC = defineSchedule({
  id: 'reports.sync_schedules',
  job: reportSyncSchedulesJob,
  everyMs: 60_000,
  payload: {},
});

/** Hourly: the files of reports whose download period is over are deleted; the reports are `expired`. */
export const reportPurgeExpiredJob = defineSystemJob('reports.purge_expired', {
  queue: 'maintenance',
  version: 1,
  attempts: 3,
  backoff: { type: 'exponential', delay: 60_000 },
});

export const REPORT_PURGE_SCHEDULE = defineSchedule({
  id: 'reports.purge_expired',
  job: reportPurgeExpiredJob,
  everyMs: 60 * 60_000,
  payload: {},
});

/** The id of a recurring report's BullMQ job scheduler. */
export function schedulerId(scheduleId: string): string {
  return `report-schedule:${scheduleId}`;
}

export const SCHEDULER_PREFIX = 'report-schedule:';
