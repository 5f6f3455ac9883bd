import { Injectable } from '@nestjs/common';
import type { Actor } from '@jazari/access';
import { uuidv7, type TenantTx } from '@jazari/database';
import type { ProjectScope } from './project-access.js';

/** One change to a project or anything under it: `{ field: { from, to } }`, or what was added/removed. */
export type ProjectChanges = Readonly<Record<string, unknown>>;

export interface ProjectHistoryEntry {
  readonly id: string;
  readonly occurredAt: Date;
  readonly actorUserId: string | null;
  readonly action: string;
  readonly changes: ProjectChanges;
}

/**
 * The project's history: every change, in order, written in the same transaction as the change. Actions
 * are `<object>.<verb>`: `project.created`, `project.updated`, `project.status_changed`,
 * `milestone.added`, `deliverable.submitted`, `kpi.measured`, …
 */
@Injectable()
export class ProjectHistory {
  async record(
    tx: TenantTx,
    scope: Pick<ProjectScope, 'tenantId' | 'projectId'>,
    actor: Actor,
    action: string,
    changes: ProjectChanges = {},
  ): Promise<void> {
    await tx.query(
      `INSERT INTO project_history (tenant_id, id, project_id, actor_user_id, action, changes)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [scope.tenantId, uuidv7(), scope.projectId, actor.userId, action, JSON.stringify(changes)],
    );
  }

  /** Oldest first, after the entry `afterId` (ids are UUID v7: time-ordered). */
  async list(
    tx: TenantTx,
    scope: Pick<ProjectScope, 'tenantId' | 'projectId'>,
    afterId: string | null,
    limit: number,
  ): Promise<ProjectHistoryEntry[]> {
    const rows = await tx.query<{
      id: string;
      occurred_at: Date;
      actor_user_id: string | null;
      action: string;
      changes: ProjectChanges;
    }>(
      `SELECT id, occurred_at, actor_user_id, action, changes FROM project_history
        WHERE tenant_id = $1 AND project_id = $2 AND ($3::uuid IS NULL OR id > $3::uuid)
        ORDER BY id LIMIT $4`,
      [scope.tenantId, scope.projectId, afterId, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      occurredAt: r.occurred_at,
      actorUserId: r.actor_user_id,
      action: r.action,
      changes: r.changes,
    }));
  }
}
