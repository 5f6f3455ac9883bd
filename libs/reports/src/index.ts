export { ReportsModule, ReportsJobsModule } from './reports.module.js';
export { ReportService, toReportDto, downloadPath } from './requests/report.service.js';
export { ReportRepository, type ReportRow } from './requests/report.repository.js';
export { buildReportDocument, type ReportDocument, type ReportFigures } from './render/report-document.js';
export { renderReport } from './render/report.renderer.js';
export { parsePeriod, previousPeriod, cronPattern } from './report-period.js';
export { schedulerId, SCHEDULER_PREFIX } from './report.jobs.js';
export * from './report.types.js';
export { reportReadyJob, reportRequestedJob, type ReportReady } from './report.jobs.js';
export { ReportPurgeService } from './jobs/report-purge.js';
export {
  signDownloadToken,
  verifyDownloadToken,
  DOWNLOAD_LINK_TTL_SECONDS,
} from './requests/download-link.js';
