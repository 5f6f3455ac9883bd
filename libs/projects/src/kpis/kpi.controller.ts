import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
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
import {
  CreateKpiDto,
  CreateMeasurementDto,
  KpiDto,
  KpiPageDto,
  MeasurementDto,
  MeasurementPageDto,
  UpdateKpiDto,
} from './kpi.dto.js';
import { KpiService } from './kpi.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('kpis')
@Controller('projects/:id/kpis')
export class KpiController {
  constructor(private readonly kpis: KpiService) {}

  @Get()
  @RequirePermission('projects.read')
  @ApiOperation({ summary: "A project's KPIs, each with its latest value and % of target" })
  @ApiOkResponse({ type: KpiPageDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Query() query: WorkPageQuery,
  ): Promise<KpiPageDto> {
    return this.kpis.list(actor, projectId, query);
  }

  @Post()
  @RequirePermission('projects.update')
  @ApiOperation({ summary: 'Define a KPI (the project team and the institute managers)' })
  @ApiCreatedResponse({ type: KpiDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  create(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Body() body: CreateKpiDto,
  ): Promise<KpiDto> {
    return this.kpis.create(actor, projectId, body);
  }

  @Get(':kpiId')
  @RequirePermission('projects.read')
  @ApiOperation({ summary: 'One KPI' })
  @ApiOkResponse({ type: KpiDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('kpiId', uuidParam('kpiId')) kpiId: string,
  ): Promise<KpiDto> {
    return this.kpis.get(actor, projectId, kpiId);
  }

  @Patch(':kpiId')
  @RequirePermission('projects.update')
  @ApiOperation({ summary: "Change a KPI's name, unit, target or direction" })
  @ApiOkResponse({ type: KpiDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('kpiId', uuidParam('kpiId')) kpiId: string,
    @Body() body: UpdateKpiDto,
  ): Promise<KpiDto> {
    return this.kpis.update(actor, projectId, kpiId, body);
  }

  @Get(':kpiId/measurements')
  @RequirePermission('projects.read')
  @ApiOperation({ summary: "A KPI's measurements, most recent first" })
  @ApiOkResponse({ type: MeasurementPageDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  listMeasurements(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('kpiId', uuidParam('kpiId')) kpiId: string,
    @Query() query: WorkPageQuery,
  ): Promise<MeasurementPageDto> {
    return this.kpis.listMeasurements(actor, projectId, kpiId, query);
  }

  @Post(':kpiId/measurements')
  @RequirePermission('projects.update')
  @ApiOperation({ summary: 'Record a measured value' })
  @ApiCreatedResponse({ type: MeasurementDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  measure(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('kpiId', uuidParam('kpiId')) kpiId: string,
    @Body() body: CreateMeasurementDto,
  ): Promise<MeasurementDto> {
    return this.kpis.measure(actor, projectId, kpiId, body);
  }
}
