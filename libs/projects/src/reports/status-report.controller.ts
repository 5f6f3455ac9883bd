import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import { WorkPageQuery } from '../attention/work-list.js';
import { CreateStatusReportDto, StatusReportDto, StatusReportPageDto } from './status-report.dto.js';
import { StatusReportService } from './status-report.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('status-reports')
@Controller('projects/:id/status-reports')
export class StatusReportController {
  constructor(private readonly reports: StatusReportService) {}

  @Get()
  @RequirePermission('projects.read')
  @ApiOperation({ summary: "A project's status reports, latest period first" })
  @ApiOkResponse({ type: StatusReportPageDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Query() query: WorkPageQuery,
  ): Promise<StatusReportPageDto> {
    return this.reports.list(actor, projectId, query);
  }

  @Post()
  @RequirePermission('projects.update')
  @ApiOperation({ summary: 'File a status report (a person on the project team, or an institute manager)' })
  @ApiCreatedResponse({ type: StatusReportDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed (also: periodEnd before periodStart)` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  create(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Body() body: CreateStatusReportDto,
  ): Promise<StatusReportDto> {
    return this.reports.create(actor, projectId, body);
  }

  @Get(':reportId')
  @RequirePermission('projects.read')
  @ApiOperation({ summary: 'One status report' })
  @ApiOkResponse({ type: StatusReportDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('reportId', uuidParam('reportId')) reportId: string,
  ): Promise<StatusReportDto> {
    return this.reports.get(actor, projectId, reportId);
  }
}
