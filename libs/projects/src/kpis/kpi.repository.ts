import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { ProjectScope } from '../project-access.js';
import type { KpiDirection } from './decimal.js';

export interface KpiFields {
  readonly name: string;
  readonly unit: string;
  readonly target: string;
  readonly direction: KpiDirection;
}

export interface KpiRow extends KpiFields {
  readonly id: string;
  readonly projectId: string;
  readonly latestOn: string | null;
  readonly latestValue: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface MeasurementRow {
  readonly id: string;
  readonly kpiId: string;
  readonly measuredOn: string;
  readonly value: string;
  readonly note: string | null;
  readonly recordedBy: string | null;
  readonly recordedAt: Date;
}

type Scope = Pick<ProjectScope, 'tenantId' | 'projectId'>;

// The latest measurement: the most recent date; of two on one date, the one recorded last.
const KPI_SELECT = `SELECT k.id, k.project_id, k.name, k.unit, k.target::text AS target, k.direction, k.created_at, k.updated_at,
       l.measured_on::text AS latest_on, l.value::text AS latest_value
  FROM kpi k
  LEFT JOIN LATERAL (
    SELECT m.measured_on, m.value FROM kpi_measurement m
     WHERE m.tenant_id = k.tenant_id AND m.kpi_id = k.id
     ORDER BY m.measured_on DESC, m.id DESC LIMIT 1) l ON true`;

type KpiDbRow = {
  id: string;
  project_id: string;
  name: string;
  unit: string;
  target: string;
  direction: KpiDirection;
  latest_on: string | null;
  latest_value: string | null;
  created_at: Date;
  updated_at: Date;
};

const toKpi = (r: KpiDbRow): KpiRow => ({
  id: r.id,
  projectId: r.project_id,
  name: r.name,
  unit: r.unit,
  target: r.target,
  direction: r.direction,
  latestOn: r.latest_on,
  latestValue: r.latest_value,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const MEASUREMENT_COLUMNS = `id, kpi_id, measured_on::text AS measured_on, value::text AS value, note, recorded_by, recorded_at`;

type MeasurementDbRow = {
  id: string;
  kpi_id: string;
  measured_on: string;
  value: string;
  note: string | null;
  recorded_by: string | null;
  recorded_at: Date;
};

const toMeasurement = (r: MeasurementDbRow): MeasurementRow => ({
  id: r.id,
  kpiId: r.kpi_id,
  measuredOn: r.measured_on,
  value: r.value,
  note: r.note,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});

@Injectable()
export class KpiRepository {
  async list(tx: TenantTx, scope: Scope, afterId: string | null, limit: number): Promise<KpiRow[]> {
    const rows = await tx.query<KpiDbRow>(
      `${KPI_SELECT}
        WHERE k.tenant_id = $1 AND k.project_id = $2 AND ($3::uuid IS NULL OR k.id > $3::uuid)
        ORDER BY k.id LIMIT $4`,
      [scope.tenantId, scope.projectId, afterId, limit],
    );
    return rows.map(toKpi);
  }

  async find(tx: TenantTx, scope: Scope, id: string): Promise<KpiRow | undefined> {
    const rows = await tx.query<KpiDbRow>(
      `${KPI_SELECT} WHERE k.tenant_id = $1 AND k.project_id = $2 AND k.id = $3`,
      [scope.tenantId, scope.projectId, id],
    );
    return rows[0] && toKpi(rows[0]);
  }

  /** The KPI, locked until the transaction ends. */
  async lock(tx: TenantTx, scope: Scope, id: string): Promise<KpiFields | undefined> {
    const rows = await tx.query<KpiFields>(
      `SELECT name, unit, target::text AS target, direction FROM kpi
        WHERE tenant_id = $1 AND project_id = $2 AND id = $3 FOR UPDATE`,
      [scope.tenantId, scope.projectId, id],
    );
    return rows[0];
  }

  async insert(tx: TenantTx, scope: Scope, id: string, fields: KpiFields): Promise<void> {
    await tx.query(
      `INSERT INTO kpi (tenant_id, id, project_id, name, unit, target, direction)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [scope.tenantId, id, scope.projectId, fields.name, fields.unit, fields.target, fields.direction],
    );
  }

  async update(tx: TenantTx, scope: Scope, id: string, fields: KpiFields): Promise<void> {
    await tx.query(
      `UPDATE kpi SET name = $4, unit = $5, target = $6, direction = $7, updated_at = now()
        WHERE tenant_id = $1 AND project_id = $2 AND id = $3`,
      [scope.tenantId, scope.projectId, id, fields.name, fields.unit, fields.target, fields.direction],
    );
  }

  /** Most recent first; `after` is the (date, id) of the previous page's last row. */
  async listMeasurements(
    tx: TenantTx,
    scope: Scope,
    kpiId: string,
    after: readonly string[] | null,
    limit: number,
  ): Promise<MeasurementRow[]> {
    const rows = await tx.query<MeasurementDbRow>(
      `SELECT ${MEASUREMENT_COLUMNS} FROM kpi_measurement
        WHERE tenant_id = $1 AND project_id = $2 AND kpi_id = $3
          AND ($4::date IS NULL OR (measured_on, id) < ($4::date, $5::uuid))
        ORDER BY measured_on DESC, id DESC LIMIT $6`,
      [scope.tenantId, scope.projectId, kpiId, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
    return rows.map(toMeasurement);
  }

  async insertMeasurement(
    tx: TenantTx,
    scope: Scope,
    m: {
      id: string;
      kpiId: string;
      measuredOn: string;
      value: string;
      note: string | null;
      recordedBy: string | null;
    },
  ): Promise<MeasurementRow> {
    const rows = await tx.query<MeasurementDbRow>(
      `INSERT INTO kpi_measurement (tenant_id, id, kpi_id, project_id, measured_on, value, note, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${MEASUREMENT_COLUMNS}`,
      [scope.tenantId, m.id, m.kpiId, scope.projectId, m.measuredOn, m.value, m.note, m.recordedBy],
    );
    return toMeasurement(rows[0]);
  }
}
