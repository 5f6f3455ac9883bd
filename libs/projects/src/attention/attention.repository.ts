import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { DeliverableStatus } from '../deliverables/deliverable-workflow.js';
import type { AttentionItemType } from './attention.dto.js';

/** Whose projects: one institute's, those a partner takes part in, or every project (Root). */
export type AttentionScope =
  | { readonly kind: 'institute'; readonly tenantId: string }
  | { readonly kind: 'partner'; readonly tenantId: string }
  | { readonly kind: 'all' };

export interface AttentionRow {
  readonly type: AttentionItemType;
  readonly id: string;
  readonly title: string;
  readonly dueDate: string;
  readonly status: DeliverableStatus | null;
  readonly projectId: string;
  readonly projectTitle: string;
  readonly instituteId: string;
}

type Row = {
  type: AttentionItemType;
  id: string;
  title: string;
  due_date: string;
  status: DeliverableStatus | null;
  project_id: string;
  project_title: string;
  tenant_id: string;
};

/** `alias` is a table with `tenant_id` and `project_id`. $1 is the caller's tenant where it matters. */
function visibleTo(scope: AttentionScope, alias: string): string {
  switch (scope.kind) {
    case 'institute':
      return `${alias}.tenant_id = $1`;
    case 'partner':
      return `EXISTS (SELECT 1 FROM project_partner pp
                       WHERE pp.tenant_id = ${alias}.tenant_id AND pp.project_id = ${alias}.project_id
                         AND pp.partner_tenant_id = $1)`;
    case 'all':
      return `$1::uuid IS NULL`;
  }
}

@Injectable()
export class AttentionRepository {
  /**
   * Milestones due before `today` and not done, and deliverables due before `today` still planned or
   * rejected, of projects that are not completed or cancelled: by due date (most overdue first), then
   * type and id. `after` is the (due date, type, id) of the previous page's last row.
   */
  async list(
    tx: TenantTx,
    scope: AttentionScope,
    filter: { instituteId: string | null; today: string },
    after: readonly string[] | null,
    limit: number,
  ): Promise<AttentionRow[]> {
    const rows = await tx.query<Row>(
      `SELECT x.type, x.id, x.title, x.due_date::text AS due_date, x.status, x.project_id,
              p.title AS project_title, x.tenant_id
         FROM (
           SELECT 'milestone'::text AS type, m.id, m.title, m.due_date, NULL::text AS status, m.tenant_id, m.project_id
             FROM milestone m
            WHERE m.done_date IS NULL AND m.due_date < $3::date AND ${visibleTo(scope, 'm')}
              AND ($2::uuid IS NULL OR m.tenant_id = $2::uuid)
           UNION ALL
           SELECT 'deliverable', d.id, d.title, d.due_date, d.status, d.tenant_id, d.project_id
             FROM deliverable d
            WHERE d.status IN ('planned', 'rejected') AND d.due_date < $3::date AND ${visibleTo(scope, 'd')}
              AND ($2::uuid IS NULL OR d.tenant_id = $2::uuid)
         ) x
         JOIN project p ON p.tenant_id = x.tenant_id AND p.id = x.project_id
        WHERE p.status NOT IN ('completed', 'cancelled')
          AND ($4::date IS NULL OR (x.due_date, x.type, x.id) > ($4::date, $5::text, $6::uuid))
        ORDER BY x.due_date, x.type, x.id
        LIMIT $7`,
      [
        scope.kind === 'all' ? null : scope.tenantId,
        filter.instituteId,
        filter.today,
        after?.[0] ?? null,
        after?.[1] ?? null,
        after?.[2] ?? null,
        limit,
      ],
    );
    return rows.map((r) => ({
      type: r.type,
      id: r.id,
      title: r.title,
      dueDate: r.due_date,
      status: r.status,
      projectId: r.project_id,
      projectTitle: r.project_title,
      instituteId: r.tenant_id,
    }));
  }

  /**
   * Deliverables submitted and waiting for a review, of projects of `tenantId` (reviews are the owning
   * institute's): the longest waiting first. `after` is the (submitted at, id) of the previous page's last row.
   */
  async awaitingReview(
    tx: TenantTx,
    tenantId: string,
    after: readonly string[] | null,
    limit: number,
  ): Promise<ReviewRow[]> {
    const rows = await tx.query<{
      id: string;
      title: string;
      kind: string;
      due_date: string;
      submitted_at: Date;
      submitted_key: string;
      project_id: string;
      project_title: string;
    }>(
      // submitted_key keeps the microseconds a JavaScript Date would drop, so the cursor is exact.
      `SELECT d.id, d.title, d.kind, d.due_date::text AS due_date, d.submitted_at,
              to_char(d.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS submitted_key,
              d.project_id, p.title AS project_title
         FROM deliverable d
         JOIN project p ON p.tenant_id = d.tenant_id AND p.id = d.project_id
        WHERE d.tenant_id = $1 AND d.status = 'submitted'
          AND ($2::timestamptz IS NULL OR (d.submitted_at, d.id) > ($2::timestamptz, $3::uuid))
        ORDER BY d.submitted_at, d.id
        LIMIT $4`,
      [tenantId, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind,
      dueDate: r.due_date,
      submittedAt: r.submitted_at,
      submittedKey: r.submitted_key,
      projectId: r.project_id,
      projectTitle: r.project_title,
    }));
  }
}

export interface ReviewRow {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly dueDate: string;
  readonly submittedAt: Date;
  /** The exact submission instant, for cursors. */
  readonly submittedKey: string;
  readonly projectId: string;
  readonly projectTitle: string;
}
