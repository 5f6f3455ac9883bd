export { DashboardsModule, DashboardsJobsModule } from './dashboards.module.js';
export { DashboardReader } from './views/dashboard.reader.js';
export { DashboardRefreshService, type RefreshResult } from './refresh/dashboard-refresh.service.js';
export {
  DashboardHistoryRepository,
  type DeclaredHistoryMonth,
} from './history/dashboard-history.repository.js';
export { NationalRenderingService } from './refresh/national-rendering.service.js';
export {
  DASHBOARD_REFRESH_EVERY_MS,
  dashboardRefreshJob,
  dashboardRefreshSchedule,
} from './refresh/dashboard-refresh.jobs.js';
export type * from './dashboard.types.js';
