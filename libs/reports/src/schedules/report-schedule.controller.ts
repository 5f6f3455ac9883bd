import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import { CreateReportScheduleDto, ReportScheduleDto, ReportSchedulePageDto } from '../report.dto.js';
import { ReportScheduleService } from './report-schedule.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('reports')
@Controller('report-schedules')
export class ReportScheduleController {
  constructor(private readonly schedules: ReportScheduleService) {}

  @ActionRoute({
    method: 'post',
    permission: 'reports.schedule',
    summary: 'Schedule a recurring report (monthly or quarterly)',
    description:
      'On the 1st of each month (or quarter) at 06:00 Africa/Casablanca, a report on the previous month ' +
      '(or quarter) is produced once, whatever the number of workers, and its creator is notified.',
    created: ReportScheduleDto,
    problems: {
      400: `${PROBLEM}validation-failed`,
      403: `${PROBLEM}forbidden`,
      404: `${PROBLEM}not-found (an institute or partner that is not yours)`,
    },
  })
  create(@CurrentActor() actor: Actor, @Body() body: CreateReportScheduleDto): Promise<ReportScheduleDto> {
    return this.schedules.create(actor, body);
  }

  @ReadRoute({
    permission: 'reports.read',
    summary: "Your tenant's recurring reports",
    ok: ReportSchedulePageDto,
  })
  list(@CurrentActor() actor: Actor): Promise<ReportSchedulePageDto> {
    return this.schedules.list(actor);
  }

  @ActionRoute({
    method: 'delete',
    path: ':id',
    status: 204,
    permission: 'reports.schedule',
    summary: 'Stop a recurring report (its reports stay)',
    noContent: {},
    problems: { 404: `${PROBLEM}not-found` },
  })
  remove(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.schedules.remove(actor, id);
  }
}
