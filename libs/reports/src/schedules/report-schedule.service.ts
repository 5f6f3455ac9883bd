import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { TransactionRunner, uuidv7 } from '@jazari/database';
import { OutboxService } from '@jazari/outbox';
import { cronPattern, SCHEDULE_TIME_ZONE } from '../report-period.js';
import { subjectOf } from '../report-scope.js';
import type { CreateReportScheduleDto, ReportScheduleDto, ReportSchedulePageDto } from '../report.dto.js';
import { ReportProblems } from '../report.problems.js';
import { reportSchedulesChangedJob } from '../report.jobs.js';
import { ReportRepository } from '../requests/report.repository.js';
import { ReportScheduleRepository, type ReportScheduleRow } from './report-schedule.repository.js';

/**
 * Recurring reports. They are data (PostgreSQL); the worker keeps one BullMQ job scheduler per schedule
 * in line with them: at once through the `reports.schedules_changed` event written with the change, and
 * every minute and after a Redis reconnection by the sync job.
 */
@Injectable()
export class ReportScheduleService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly schedules: ReportScheduleRepository,
    private readonly reports: ReportRepository,
    private readonly outbox: OutboxService,
  ) {}

  create(actor: Actor, body: CreateReportScheduleDto): Promise<ReportScheduleDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const subject = await subjectOf(actor, body.scope, body.tenantId, (id) =>
        this.reports.tenantKind(tx, id),
      );
      const locale =
        body.locale ?? (actor.userId ? await this.reports.userLocale(tx, actor.userId) : undefined) ?? 'fr';
      const schedule = await this.schedules.insert(tx, actor.tenantId, {
        id: uuidv7(),
        scope: body.scope,
        subjectTenantId: subject,
        cadence: body.cadence,
        format: body.format,
        locale,
        ownerKind: actor.tenantKind,
        createdBy: actor.userId,
      });
      await this.outbox.emit(tx, reportSchedulesChangedJob, { scheduleId: schedule.id });
      return toScheduleDto(schedule);
    });
  }

  list(actor: Actor): Promise<ReportSchedulePageDto> {
    return this.transactions.run(actorContext(actor), async (tx) => ({
      data: (await this.schedules.list(tx, actor.tenantId)).map(toScheduleDto),
      nextCursor: null,
    }));
  }

  remove(actor: Actor, id: string): Promise<void> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      if (!(await this.schedules.delete(tx, actor.tenantId, id))) throw ReportProblems.notFound('schedule');
      await this.outbox.emit(tx, reportSchedulesChangedJob, { scheduleId: id });
    });
  }
}

export function toScheduleDto(s: ReportScheduleRow): ReportScheduleDto {
  return {
    id: s.id,
    scope: s.scope,
    tenantId: s.subjectTenantId,
    cadence: s.cadence,
    format: s.format,
    locale: s.locale,
    pattern: cronPattern(s.cadence),
    timeZone: SCHEDULE_TIME_ZONE,
    createdAt: s.createdAt.toISOString(),
  };
}
