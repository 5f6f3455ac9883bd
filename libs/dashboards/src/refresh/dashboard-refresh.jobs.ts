import { defineSchedule, defineSystemJob } from '@jazari/queue';

/** Brings the dashboards' roll-ups up to date (the tenants changed since the last run). */
export const dashboardRefreshJob = defineSystemJob('dashboards.refresh', {
  queue: 'maintenance',
  version: 1,
  // The next tick comes 15 s later anyway: retry briefly, never pile up.
  attempts: 2,
  backoff: { type: 'fixed', delay: 2_000 },
});

/** Every 15 s: a change shows in the dashboards within one interval plus one refresh (≤ 60 s). */
export const DASHBOARD_REFRESH_EVERY_MS = 15_000;

export const dashboardRefreshSchedule = defineSchedule({
  id: 'dashboards.refresh',
  job: dashboardRefreshJob,
  everyMs: DASHBOARD_REFRESH_EVERY_MS,
  payload: {},
});
