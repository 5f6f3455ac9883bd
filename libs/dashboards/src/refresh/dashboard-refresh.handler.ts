import { Injectable } from '@nestjs/common';
import { JobHandler } from '@jazari/queue';
import { DashboardRefreshService } from './dashboard-refresh.service.js';
import { dashboardRefreshJob } from './dashboard-refresh.jobs.js';

/** The scheduled refresh's handler: a system job, run with no tenant (the service opens its scope). */
@Injectable()
export class DashboardRefreshHandler {
  constructor(private readonly refreshes: DashboardRefreshService) {}

  @JobHandler(dashboardRefreshJob)
  async handle(): Promise<void> {
    await this.refreshes.refresh();
  }
}
