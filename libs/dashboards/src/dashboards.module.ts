import { Module } from '@nestjs/common';
import { DashboardHistoryRepository } from './history/dashboard-history.repository.js';
import { DashboardController } from './views/dashboard.controller.js';
import { DashboardFactsRepository } from './views/dashboard-facts.repository.js';
import { DashboardReader } from './views/dashboard.reader.js';
import { DashboardService } from './views/dashboard.service.js';
import { DashboardRefreshHandler } from './refresh/dashboard-refresh.handler.js';
import { DashboardRefreshService } from './refresh/dashboard-refresh.service.js';
import { NationalRenderingService } from './refresh/national-rendering.service.js';
import './refresh/dashboard-refresh.jobs.js';

/** The dashboards' routes (API) and the reader the reports use. */
@Module({
  controllers: [DashboardController],
  providers: [DashboardFactsRepository, DashboardReader, DashboardService],
  exports: [DashboardReader],
})
export class DashboardsModule {}

/**
 * The roll-ups' refresh (worker): the `dashboards.refresh` schedule (every 15 s, queue `maintenance`,
 * upserted by the JobSchedulerHost at boot), its handler and the national rendering it stores; the
 * reader for the report jobs; and the carried-over history's writer (the demo seed declares through it).
 */
@Module({
  providers: [
    DashboardFactsRepository,
    DashboardReader,
    NationalRenderingService,
    DashboardRefreshService,
    DashboardRefreshHandler,
    DashboardHistoryRepository,
  ],
  exports: [DashboardReader, DashboardRefreshService, DashboardHistoryRepository],
})
export class DashboardsJobsModule {}
