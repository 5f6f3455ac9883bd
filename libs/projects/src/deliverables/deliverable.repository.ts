import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { ProjectScope } from '../project-access.js';
import type { DeliverableKind, DeliverableStatus } from './deliverable-workflow.js';

export interface DeliverableRow {
  readonly id: string;
  readonly projectId: string;
  readonly kind: DeliverableKind;
  readonly title: string;
  readonly description: string;
  readonly dueDate: string;
  readonly status: DeliverableStatus;
  readonly submittedAt: Date | null;
  readonly reviewedAt: Date | null;
  readonly reviewerUserId: string | null;
  readonly reviewComment: string | null;
  readonly fileCount: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface DeliverableContent {
  readonly title: string;
  readonly description: string;
  readonly dueDate: string;
}

type Scope = Pick<ProjectScope, 'tenantId' | 'projectId'>;

const COLUMNS = `d.id, d.project_id, d.kind, d.title, d.description, d.due_date::text AS due_date, d.status,
  d.submitted_at, d.reviewed_at, d.reviewer_user_id, d.review_comment, d.created_at, d.updated_at,
  (SELECT count(*) FROM deliverable_file f WHERE f.tenant_id = d.tenant_id AND f.deliverable_id = d.id)::int AS file_count`;

type Row = {
  id: string;
  project_id: string;
  kind: DeliverableKind;
  title: string;
  description: string;
  due_date: string;
  status: DeliverableStatus;
  submitted_at: Date | null;
  reviewed_at: Date | null;
  reviewer_user_id: string | null;
  review_comment: string | null;
  file_count: number;
  created_at: Date;
  updated_at: Date;
};

const toDeliverable = (r: Row): DeliverableRow => ({
  id: r.id,
  projectId: r.project_id,
  kind: r.kind,
  title: r.title,
  description: r.description,
  dueDate: r.due_date,
  status: r.status,
  submittedAt: r.submitted_at,
  reviewedAt: r.reviewed_at,
  reviewerUserId: r.reviewer_user_id,
  reviewComment: r.review_comment,
  fileCount: r.file_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

@Injectable()
export class DeliverableRepository {
  /** By due date, then id; `after` is the (due date, id) of the previous page's last row. */
  async list(
    tx: TenantTx,
    scope: Scope,
    filter: { status?: DeliverableStatus; kind?: DeliverableKind },
    after: readonly string[] | null,
    limit: number,
  ): Promise<DeliverableRow[]> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM deliverable d
        WHERE d.tenant_id = $1 AND d.project_id = $2
          AND ($3::text IS NULL OR d.status = $3) AND ($4::text IS NULL OR d.kind = $4)
          AND ($5::date IS NULL OR (d.due_date, d.id) > ($5::date, $6::uuid))
        ORDER BY d.due_date, d.id LIMIT $7`,
      [
        scope.tenantId,
        scope.projectId,
        filter.status ?? null,
        filter.kind ?? null,
        after?.[0] ?? null,
        after?.[1] ?? null,
        limit,
      ],
    );
    return rows.map(toDeliverable);
  }

  async find(tx: TenantTx, scope: Scope, id: string): Promise<DeliverableRow | undefined> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM deliverable d WHERE d.tenant_id = $1 AND d.project_id = $2 AND d.id = $3`,
      [scope.tenantId, scope.projectId, id],
    );
    return rows[0] && toDeliverable(rows[0]);
  }

  /** The deliverable, locked until the transaction ends: its status or content is about to change. */
  async findForUpdate(tx: TenantTx, scope: Scope, id: string): Promise<DeliverableRow | undefined> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM deliverable d
        WHERE d.tenant_id = $1 AND d.project_id = $2 AND d.id = $3 FOR UPDATE OF d`,
      [scope.tenantId, scope.projectId, id],
    );
    return rows[0] && toDeliverable(rows[0]);
  }

  async insert(
    tx: TenantTx,
    scope: Scope,
    id: string,
    kind: DeliverableKind,
    content: DeliverableContent,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO deliverable (tenant_id, id, project_id, kind, title, description, due_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [scope.tenantId, id, scope.projectId, kind, content.title, content.description, content.dueDate],
    );
  }

  async updateContent(tx: TenantTx, scope: Scope, id: string, content: DeliverableContent): Promise<void> {
    await tx.query(
      `UPDATE deliverable SET title = $4, description = $5, due_date = $6, updated_at = now()
        WHERE tenant_id = $1 AND project_id = $2 AND id = $3`,
      [scope.tenantId, scope.projectId, id, content.title, content.description, content.dueDate],
    );
  }

  async markSubmitted(tx: TenantTx, scope: Scope, id: string): Promise<void> {
    await tx.query(
      `UPDATE deliverable SET status = 'submitted', submitted_at = now(), updated_at = now()
        WHERE tenant_id = $1 AND project_id = $2 AND id = $3`,
      [scope.tenantId, scope.projectId, id],
    );
  }

  async markReviewed(
    tx: TenantTx,
    scope: Scope,
    id: string,
    review: { status: 'accepted' | 'rejected'; reviewerUserId: string; comment: string | null },
  ): Promise<void> {
    await tx.query(
      `UPDATE deliverable
          SET status = $4, reviewed_at = now(), reviewer_user_id = $5, review_comment = $6, updated_at = now()
        WHERE tenant_id = $1 AND project_id = $2 AND id = $3`,
      [scope.tenantId, scope.projectId, id, review.status, review.reviewerUserId, review.comment],
    );
  }
}
