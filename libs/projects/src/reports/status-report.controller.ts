import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import { WorkPageQuery } from '../attention/work-list.js';
import { CreateStatusReportDto, StatusReportDto, StatusReportPageDto } from './status-report.dto.js';
import { StatusReportService } from './status-report.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('status-reports')
@Controller('projects/:id/status-reports')
export class StatusReportController {
  constructor(private readonly reports: StatusReportService) {}

  @ReadRoute({
    permission: 'projects.read',
    summary: "A project's status reports, latest period first",
    ok: StatusReportPageDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Query() query: WorkPageQuery,
  ): Promise<StatusReportPageDto> {
    return this.reports.list(actor, projectId, query);
  }

  @ActionRoute({
    method: 'post',
    permission: 'projects.update',
    summary: 'File a status report (a person on the project team, or an institute manager)',
    created: StatusReportDto,
    problems: {
      400: `${PROBLEM}validation-failed (also: periodEnd before periodStart)`,
      404: `${PROBLEM}not-found`,
    },
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Body() body: CreateStatusReportDto,
  ): Promise<StatusReportDto> {
    return this.reports.create(actor, projectId, body);
  }

  @ReadRoute({
    path: ':reportId',
    permission: 'projects.read',
    summary: 'One status report',
    ok: StatusReportDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('reportId', uuidParam('reportId')) reportId: string,
  ): Promise<StatusReportDto> {
    return this.reports.get(actor, projectId, reportId);
  }
}
