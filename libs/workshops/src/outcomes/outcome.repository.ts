import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { ActionItemRow, ActionItemStatus, DeliverableLinkRow } from '../workshop.types.js';

type ItemRow = {
  id: string;
  title: string;
  assignee_user_id: string | null;
  assignee_name: string | null;
  due_date: string | null;
  status: ActionItemStatus;
  created_at: Date;
  updated_at: Date;
};

const ITEM_COLUMNS = `id, title, assignee_user_id, assignee_name, due_date::text AS due_date, status, created_at, updated_at`;

const toItem = (r: ItemRow): ActionItemRow => ({
  id: r.id,
  title: r.title,
  assigneeUserId: r.assignee_user_id,
  assigneeName: r.assignee_name,
  dueDate: r.due_date,
  status: r.status,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface ActionItemFields {
  readonly title: string;
  readonly assigneeUserId: string | null;
  readonly assigneeName: string | null;
  readonly dueDate: string | null;
  readonly status: ActionItemStatus;
}

/** SQL of a workshop's outcomes: action items and produced deliverables (minutes live on the workshop). */
@Injectable()
export class OutcomeRepository {
  async actionItems(tx: TenantTx, tenantId: string, workshopId: string): Promise<ActionItemRow[]> {
    const rows = await tx.query<ItemRow>(
      `SELECT ${ITEM_COLUMNS} FROM workshop_action_item WHERE tenant_id = $1 AND workshop_id = $2 ORDER BY id`,
      [tenantId, workshopId],
    );
    return rows.map(toItem);
  }

  async actionItem(
    tx: TenantTx,
    tenantId: string,
    workshopId: string,
    id: string,
    lock = false,
  ): Promise<ActionItemRow | undefined> {
    const rows = await tx.query<ItemRow>(
      `SELECT ${ITEM_COLUMNS} FROM workshop_action_item
        WHERE tenant_id = $1 AND workshop_id = $2 AND id = $3${lock ? ' FOR UPDATE' : ''}`,
      [tenantId, workshopId, id],
    );
    return rows[0] && toItem(rows[0]);
  }

  async insertActionItem(
    tx: TenantTx,
    tenantId: string,
    workshopId: string,
    id: string,
    f: ActionItemFields,
    now: Date,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO workshop_action_item (tenant_id, id, workshop_id, title, assignee_user_id, assignee_name,
         due_date, status, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
      [tenantId, id, workshopId, f.title, f.assigneeUserId, f.assigneeName, f.dueDate, f.status, now],
    );
  }

  async updateActionItem(
    tx: TenantTx,
    tenantId: string,
    id: string,
    f: ActionItemFields,
    now: Date,
  ): Promise<void> {
    await tx.query(
      `UPDATE workshop_action_item SET title = $3, assignee_user_id = $4, assignee_name = $5, due_date = $6,
              status = $7, updated_at = $8
        WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, f.title, f.assigneeUserId, f.assigneeName, f.dueDate, f.status, now],
    );
  }

  async deliverables(tx: TenantTx, tenantId: string, workshopId: string): Promise<DeliverableLinkRow[]> {
    const rows = await tx.query<{
      deliverable_tenant_id: string;
      deliverable_id: string;
      project_id: string;
      title: string;
      linked_at: Date;
    }>(
      `SELECT deliverable_tenant_id, deliverable_id, project_id, title, linked_at FROM workshop_deliverable
        WHERE tenant_id = $1 AND workshop_id = $2 ORDER BY linked_at, deliverable_id`,
      [tenantId, workshopId],
    );
    return rows.map((r) => ({
      tenantId: r.deliverable_tenant_id,
      id: r.deliverable_id,
      projectId: r.project_id,
      title: r.title,
      linkedAt: r.linked_at,
    }));
  }

  /** A project deliverable as the caller sees it (RLS: its institute's, a partner's projects, Root all). */
  async visibleDeliverable(
    tx: TenantTx,
    id: string,
  ): Promise<{ tenantId: string; projectId: string; title: string } | undefined> {
    const rows = await tx.query<{ tenant_id: string; project_id: string; title: string }>(
      `SELECT tenant_id, project_id, title FROM deliverable WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    return row && { tenantId: row.tenant_id, projectId: row.project_id, title: row.title };
  }

  async linkDeliverable(
    tx: TenantTx,
    tenantId: string,
    workshopId: string,
    d: { tenantId: string; id: string; projectId: string; title: string },
    now: Date,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO workshop_deliverable (tenant_id, workshop_id, deliverable_tenant_id, deliverable_id, project_id,
         title, linked_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [tenantId, workshopId, d.tenantId, d.id, d.projectId, d.title, now],
    );
  }
}
