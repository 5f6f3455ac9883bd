import { Module } from '@nestjs/common';
import { DashboardsJobsModule } from '@jazari/dashboards';
import { OutboxModule } from '@jazari/outbox';
import { StorageModule } from '@jazari/storage';
import { ReportGeneratorHandler } from './jobs/report-generator.handler.js';
import { ReportPurgeHandler, ReportPurgeService } from './jobs/report-purge.js';
import { ReportScheduleHandlers } from './jobs/report-schedule.handlers.js';
import { ReportSchedulerSync } from './jobs/report-scheduler.sync.js';
import './report.jobs.js';
import { ReportController, ReportDownloadController } from './requests/report.controller.js';
import { ReportRepository } from './requests/report.repository.js';
import { ReportService } from './requests/report.service.js';
import { ReportScheduleController } from './schedules/report-schedule.controller.js';
import { ReportScheduleRepository } from './schedules/report-schedule.repository.js';
import { ReportScheduleService } from './schedules/report-schedule.service.js';

/** Report requests, progress and downloads, and recurring reports (API). */
@Module({
  imports: [OutboxModule, StorageModule],
  controllers: [ReportController, ReportDownloadController, ReportScheduleController],
  providers: [ReportRepository, ReportService, ReportScheduleRepository, ReportScheduleService],
  exports: [ReportService],
})
export class ReportsModule {}

/**
 * Report generation on the `reports` queue (`reports.requested`), the `reports.ready` notice, and the
 * recurring reports' BullMQ job schedulers, kept in line with PostgreSQL, and the hourly purge of expired
 * reports' files (worker).
 */
@Module({
  imports: [OutboxModule, StorageModule, DashboardsJobsModule],
  providers: [
    ReportRepository,
    ReportScheduleRepository,
    ReportGeneratorHandler,
    ReportSchedulerSync,
    ReportScheduleHandlers,
    ReportPurgeService,
    ReportPurgeHandler,
  ],
})
export class ReportsJobsModule {}
