import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@jazari/config';
import { TransactionRunner, uuidv7 } from '@jazari/database';
import { OutboxService } from '@jazari/outbox';
import { JobHandler, type JobEnvelope, type SystemJobEnvelope } from '@jazari/queue';
import { previousPeriod } from '../report-period.js';
import {
  reportRequestedJob,
  reportScheduleTickJob,
  reportSchedulesChangedJob,
  reportSyncSchedulesJob,
  type ReportScheduleTick,
  type ReportSchedulesChanged,
} from '../report.jobs.js';
import { ReportRepository } from '../requests/report.repository.js';
import { ReportScheduleRepository } from '../schedules/report-schedule.repository.js';
import { ReportSchedulerSync } from './report-scheduler.sync.js';

/**
 * The recurring reports' jobs: a scheduler's tick creates the period's report (once: the report row is
 * unique per schedule and period, so a tick run twice, by two workers or a retry, inserts nothing the
 * second time), and the sync of the schedulers with PostgreSQL.
 */
@Injectable()
export class ReportScheduleHandlers {
  private readonly logger = new Logger(ReportScheduleHandlers.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly schedules: ReportScheduleRepository,
    private readonly reports: ReportRepository,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly sync: ReportSchedulerSync,
  ) {}

  @JobHandler(reportScheduleTickJob)
  async tick(envelope: SystemJobEnvelope<ReportScheduleTick>): Promise<void> {
    const { tenantId, scheduleId } = envelope.payload;
    const now = this.clock.now();
    await this.transactions.run({ tenantId, tenantKind: null, userId: null }, async (tx) => {
      const schedule = await this.schedules.find(tx, tenantId, scheduleId);
      // Removed meanwhile: the next sync removes its scheduler.
      if (!schedule) return;
      const report = await this.reports.insertForTick(tx, tenantId, {
        id: uuidv7(),
        scheduleId,
        requestedBy: schedule.createdBy,
        requesterKind: schedule.ownerKind,
        scope: schedule.scope,
        subjectTenantId: schedule.subjectTenantId,
        period: previousPeriod(schedule.cadence, now),
        format: schedule.format,
        locale: schedule.locale,
      });
      if (!report) return;
      await this.outbox.emit(tx, reportRequestedJob, { reportId: report.id });
      this.logger.log(
        { tenantId, scheduleId, reportId: report.id, period: report.period.label },
        'scheduled report',
      );
    });
  }

  @JobHandler(reportSyncSchedulesJob)
  async syncSchedules(): Promise<void> {
    await this.sync.sync();
  }

  @JobHandler(reportSchedulesChangedJob)
  async schedulesChanged(envelope: JobEnvelope<ReportSchedulesChanged>): Promise<void> {
    void envelope;
    await this.sync.sync();
  }
}
