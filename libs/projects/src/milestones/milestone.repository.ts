import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { ProjectScope } from '../project-access.js';

export interface MilestoneRow {
  readonly id: string;
  readonly projectId: string;
  readonly title: string;
  readonly dueDate: string;
  readonly doneDate: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface MilestoneFields {
  readonly title: string;
  readonly dueDate: string;
  readonly doneDate: string | null;
}

type Scope = Pick<ProjectScope, 'tenantId' | 'projectId'>;

const COLUMNS = `id, project_id, title, due_date::text AS due_date, done_date::text AS done_date, created_at, updated_at`;

type Row = {
  id: string;
  project_id: string;
  title: string;
  due_date: string;
  done_date: string | null;
  created_at: Date;
  updated_at: Date;
};

const toMilestone = (r: Row): MilestoneRow => ({
  id: r.id,
  projectId: r.project_id,
  title: r.title,
  dueDate: r.due_date,
  doneDate: r.done_date,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

@Injectable()
export class MilestoneRepository {
  /** By due date, then id; `after` is the (due date, id) of the previous page's last row. */
  async list(
    tx: TenantTx,
    scope: Scope,
    after: readonly string[] | null,
    limit: number,
  ): Promise<MilestoneRow[]> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM milestone
        WHERE tenant_id = $1 AND project_id = $2
          AND ($3::date IS NULL OR (due_date, id) > ($3::date, $4::uuid))
        ORDER BY due_date, id LIMIT $5`,
      [scope.tenantId, scope.projectId, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
    return rows.map(toMilestone);
  }

  async insert(tx: TenantTx, scope: Scope, id: string, fields: MilestoneFields): Promise<MilestoneRow> {
    const rows = await tx.query<Row>(
      `INSERT INTO milestone (tenant_id, id, project_id, title, due_date, done_date)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [scope.tenantId, id, scope.projectId, fields.title, fields.dueDate, fields.doneDate],
    );
    return toMilestone(rows[0]);
  }

  /** The milestone, locked until the transaction ends (the caller is about to change it). */
  async findForUpdate(tx: TenantTx, scope: Scope, id: string): Promise<MilestoneRow | undefined> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM milestone WHERE tenant_id = $1 AND project_id = $2 AND id = $3 FOR UPDATE`,
      [scope.tenantId, scope.projectId, id],
    );
    return rows[0] && toMilestone(rows[0]);
  }

  async update(tx: TenantTx, scope: Scope, id: string, fields: MilestoneFields): Promise<MilestoneRow> {
    const rows = await tx.query<Row>(
      `UPDATE milestone SET title = $4, due_date = $5, done_date = $6, updated_at = now()
        WHERE tenant_id = $1 AND project_id = $2 AND id = $3 RETURNING ${COLUMNS}`,
      [scope.tenantId, scope.projectId, id, fields.title, fields.dueDate, fields.doneDate],
    );
    return toMilestone(rows[0]);
  }

  async delete(tx: TenantTx, scope: Scope, id: string): Promise<MilestoneRow | undefined> {
    const rows = await tx.query<Row>(
      `DELETE FROM milestone WHERE tenant_id = $1 AND project_id = $2 AND id = $3 RETURNING ${COLUMNS}`,
      [scope.tenantId, scope.projectId, id],
    );
    return rows[0] && toMilestone(rows[0]);
  }
}
