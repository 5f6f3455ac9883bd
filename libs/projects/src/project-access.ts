import { HttpStatus, Injectable } from '@nestjs/common';
import type { Actor } from '@jazari/access';
import type { TenantTx } from '@jazari/database';
import { ProblemException } from '@jazari/http';

export const PROJECT_STATUSES = ['proposed', 'active', 'on_hold', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** What a caller may do with one project, decided once per request. */
export interface ProjectScope {
  /** The owning institute: every query on the project's rows names it (RLS would filter anyway). */
  readonly tenantId: string;
  readonly projectId: string;
  readonly status: ProjectStatus;
  readonly leadUserId: string;
  /** The caller belongs to the owning institute (partners and Root read, never write). */
  readonly owner: boolean;
  /** Edit the project's content: its manager, or a researcher on its team (or its lead). */
  readonly canEdit: boolean;
  /** Status, team, partners: the owning institute's managers. */
  readonly canManage: boolean;
}

export function projectNotFound(): ProblemException {
  return new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such project.');
}

function readOnly(detail: string): ProblemException {
  return new ProblemException(
    HttpStatus.FORBIDDEN,
    'project-read-only',
    'You can read this project, not change it',
    detail,
  );
}

/**
 * The access rules of projects, in one place: an institute's members read its projects, its managers
 * control them, researchers edit those they are on; a partner reads the projects it takes part in; Root
 * reads all. A project the caller cannot see is 404, whatever the route.
 */
@Injectable()
export class ProjectAccess {
  async read(tx: TenantTx, actor: Actor, projectId: string): Promise<ProjectScope> {
    const rows = await tx.query<{
      tenant_id: string;
      status: ProjectStatus;
      lead_user_id: string;
      on_team: boolean;
    }>(
      `SELECT p.tenant_id, p.status, p.lead_user_id,
              EXISTS (SELECT 1 FROM project_member m
                       WHERE m.tenant_id = p.tenant_id AND m.project_id = p.id AND m.user_id = $3) AS on_team
         FROM project p
        WHERE p.id = $1
          AND CASE $4::text
                WHEN 'root' THEN true
                WHEN 'partner' THEN EXISTS (
                  SELECT 1 FROM project_partner pp
                   WHERE pp.tenant_id = p.tenant_id AND pp.project_id = p.id AND pp.partner_tenant_id = $2)
                ELSE p.tenant_id = $2
              END`,
      [projectId, actor.tenantId, actor.userId, actor.tenantKind],
    );
    const row = rows[0];
    if (!row) throw projectNotFound();
    const owner = row.tenant_id === actor.tenantId;
    const canManage = owner && actor.permissions.has('projects.manage');
    const onTeam = row.on_team || (actor.userId !== null && row.lead_user_id === actor.userId);
    const canEdit = canManage || (owner && actor.permissions.has('projects.update') && onTeam);
    return {
      tenantId: row.tenant_id,
      projectId,
      status: row.status,
      leadUserId: row.lead_user_id,
      owner,
      canEdit,
      canManage,
    };
  }

  async edit(tx: TenantTx, actor: Actor, projectId: string): Promise<ProjectScope> {
    const scope = await this.read(tx, actor, projectId);
    if (!scope.canEdit) {
      throw readOnly(
        scope.owner
          ? 'Only the institute managers and the members of the project team change it.'
          : 'Only the institute that owns a project changes it.',
      );
    }
    return scope;
  }

  async manage(tx: TenantTx, actor: Actor, projectId: string): Promise<ProjectScope> {
    const scope = await this.read(tx, actor, projectId);
    if (!scope.canManage) {
      throw readOnly('Only the managers of the institute that owns the project do this.');
    }
    return scope;
  }
}
