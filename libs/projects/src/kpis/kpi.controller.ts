import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
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

  @ReadRoute({
    permission: 'projects.read',
    summary: "A project's KPIs, each with its latest value and % of target",
    ok: KpiPageDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Query() query: WorkPageQuery,
  ): Promise<KpiPageDto> {
    return this.kpis.list(actor, projectId, query);
  }

  @ActionRoute({
    method: 'post',
    permission: 'projects.update',
    summary: 'Define a KPI (the project team and the institute managers)',
    created: KpiDto,
    problems: { 400: `${PROBLEM}validation-failed`, 404: `${PROBLEM}not-found` },
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Body() body: CreateKpiDto,
  ): Promise<KpiDto> {
    return this.kpis.create(actor, projectId, body);
  }

  @ReadRoute({
    path: ':kpiId',
    permission: 'projects.read',
    summary: 'One KPI',
    ok: KpiDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('kpiId', uuidParam('kpiId')) kpiId: string,
  ): Promise<KpiDto> {
    return this.kpis.get(actor, projectId, kpiId);
  }

  @ActionRoute({
    method: 'patch',
    path: ':kpiId',
    permission: 'projects.update',
    summary: "Change a KPI's name, unit, target or direction",
    ok: KpiDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('kpiId', uuidParam('kpiId')) kpiId: string,
    @Body() body: UpdateKpiDto,
  ): Promise<KpiDto> {
    return this.kpis.update(actor, projectId, kpiId, body);
  }

  @ReadRoute({
    path: ':kpiId/measurements',
    permission: 'projects.read',
    summary: "A KPI's measurements, most recent first",
    ok: MeasurementPageDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  listMeasurements(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('kpiId', uuidParam('kpiId')) kpiId: string,
    @Query() query: WorkPageQuery,
  ): Promise<MeasurementPageDto> {
    return this.kpis.listMeasurements(actor, projectId, kpiId, query);
  }

  @ActionRoute({
    method: 'post',
    path: ':kpiId/measurements',
    permission: 'projects.update',
    summary: 'Record a measured value',
    created: MeasurementDto,
    problems: { 400: `${PROBLEM}validation-failed`, 404: `${PROBLEM}not-found` },
  })
  measure(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('kpiId', uuidParam('kpiId')) kpiId: string,
    @Body() body: CreateMeasurementDto,
  ): Promise<MeasurementDto> {
    return this.kpis.measure(actor, projectId, kpiId, body);
  }
}
