import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { TransactionRunner, type TenantTx, uuidv7 } from '@jazari/database';
import { changesOf } from '../attention/changes.js';
import { idCursor } from '@jazari/http';
import { datedCursor, type Page, pageSize } from '../attention/work-list.js';
import { WorkProblems } from '../attention/work-problems.js';
import { ProjectAccess, type ProjectScope } from '../project-access.js';
import { ProjectHistory } from '../project-history.js';
import { kpiStatus, percentOfTarget } from './decimal.js';
import type { CreateKpiDto, CreateMeasurementDto, KpiDto, MeasurementDto, UpdateKpiDto } from './kpi.dto.js';
import { type KpiFields, KpiRepository, type KpiRow, type MeasurementRow } from './kpi.repository.js';

/** A project's KPIs and their measurements over time; each KPI shows its latest value against its target. */
@Injectable()
export class KpiService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: ProjectAccess,
    private readonly history: ProjectHistory,
    private readonly kpis: KpiRepository,
  ) {}

  list(actor: Actor, projectId: string, query: { cursor?: string; limit?: number }): Promise<Page<KpiDto>> {
    const after = idCursor.decodeOptional(query.cursor);
    const limit = pageSize(query.limit);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, projectId);
      const page = idCursor.page(
        await this.kpis.list(tx, scope, after?.[0] ?? null, limit + 1),
        limit,
        (k) => [k.id],
      );
      return { data: page.data.map(toKpiDto), nextCursor: page.nextCursor };
    });
  }

  get(actor: Actor, projectId: string, kpiId: string): Promise<KpiDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, projectId);
      return toKpiDto(await this.load(tx, scope, kpiId));
    });
  }

  create(actor: Actor, projectId: string, input: CreateKpiDto): Promise<KpiDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.edit(tx, actor, projectId);
      const id = uuidv7();
      const fields: KpiFields = {
        name: input.name,
        unit: input.unit,
        target: input.target,
        direction: input.direction ?? 'higher',
      };
      await this.kpis.insert(tx, scope, id, fields);
      await this.history.record(tx, scope, actor, 'kpi.added', { kpiId: id, ...fields });
      return toKpiDto(await this.load(tx, scope, id));
    });
  }

  update(actor: Actor, projectId: string, kpiId: string, input: UpdateKpiDto): Promise<KpiDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.edit(tx, actor, projectId);
      const before = await this.kpis.lock(tx, scope, kpiId);
      if (!before) throw WorkProblems.notFound('KPI');
      const after: KpiFields = {
        name: input.name ?? before.name,
        unit: input.unit ?? before.unit,
        target: input.target ?? before.target,
        direction: input.direction ?? before.direction,
      };
      const changes = changesOf<KpiFields>(before, after, ['name', 'unit', 'target', 'direction']);
      if (Object.keys(changes).length > 0) {
        await this.kpis.update(tx, scope, kpiId, after);
        await this.history.record(tx, scope, actor, 'kpi.updated', { kpiId, ...changes });
      }
      return toKpiDto(await this.load(tx, scope, kpiId));
    });
  }

  listMeasurements(
    actor: Actor,
    projectId: string,
    kpiId: string,
    query: { cursor?: string; limit?: number },
  ): Promise<Page<MeasurementDto>> {
    const after = datedCursor.decodeOptional(query.cursor);
    const limit = pageSize(query.limit);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, projectId);
      await this.load(tx, scope, kpiId);
      const rows = await this.kpis.listMeasurements(tx, scope, kpiId, after, limit + 1);
      const page = datedCursor.page(rows, limit, (m) => [m.measuredOn, m.id]);
      return { data: page.data.map(toMeasurementDto), nextCursor: page.nextCursor };
    });
  }

  measure(
    actor: Actor,
    projectId: string,
    kpiId: string,
    input: CreateMeasurementDto,
  ): Promise<MeasurementDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.edit(tx, actor, projectId);
      if (!(await this.kpis.lock(tx, scope, kpiId))) throw WorkProblems.notFound('KPI');
      const row = await this.kpis.insertMeasurement(tx, scope, {
        id: uuidv7(),
        kpiId,
        measuredOn: input.measuredOn,
        value: input.value,
        note: input.note?.trim() || null,
        recordedBy: actor.userId,
      });
      await this.history.record(tx, scope, actor, 'kpi.measured', {
        kpiId,
        measurementId: row.id,
        measuredOn: row.measuredOn,
        value: row.value,
      });
      return toMeasurementDto(row);
    });
  }

  private async load(tx: TenantTx, scope: ProjectScope, kpiId: string): Promise<KpiRow> {
    const row = await this.kpis.find(tx, scope, kpiId);
    if (!row) throw WorkProblems.notFound('KPI');
    return row;
  }
}

function toKpiDto(k: KpiRow): KpiDto {
  return {
    id: k.id,
    projectId: k.projectId,
    name: k.name,
    unit: k.unit,
    target: k.target,
    direction: k.direction,
    latest:
      k.latestOn !== null && k.latestValue !== null ? { measuredOn: k.latestOn, value: k.latestValue } : null,
    percentOfTarget: percentOfTarget(k.latestValue, k.target, k.direction),
    status: kpiStatus(k.latestValue, k.target, k.direction),
    createdAt: k.createdAt.toISOString(),
    updatedAt: k.updatedAt.toISOString(),
  };
}

function toMeasurementDto(m: MeasurementRow): MeasurementDto {
  return {
    id: m.id,
    kpiId: m.kpiId,
    measuredOn: m.measuredOn,
    value: m.value,
    note: m.note,
    recordedBy: m.recordedBy,
    recordedAt: m.recordedAt.toISOString(),
  };
}
