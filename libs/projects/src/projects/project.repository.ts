import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { ProjectStatus } from '../project-access.js';
import { LATE_MILESTONES, OVERDUE_DELIVERABLES, PROJECT_LINKS, type ProjectLink } from './project.sql.js';
import type { CodeLabel, Person, ProjectDetail, ProjectType, TenantRef } from './project.types.js';

type ProjectKey = { readonly tenantId: string; readonly projectId: string };

interface DetailRow {
  id: string;
  tenant_id: string;
  institute_slug: string;
  institute_name: string;
  type: ProjectType;
  title: string;
  summary: string;
  start_date: string | null;
  end_date: string | null;
  budget_mad: string;
  spent_mad: string;
  status: ProjectStatus;
  version: number;
  lead_user_id: string;
  lead_name: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  team: Person[];
  partners: TenantRef[];
  priorities: CodeLabel[];
  regions: CodeLabel[];
  domains: CodeLabel[];
  milestones: number;
  deliverables: number;
  late_milestones: number;
  overdue_deliverables: number;
}

const LABELS = (alias: string, fr = 'label_fr', ar = 'label_ar', en = 'label_en') =>
  `jsonb_build_object('fr', ${alias}.${fr}, 'ar', ${alias}.${ar}, 'en', ${alias}.${en})`;

/** One statement: the project, its team, partners, codes with labels, and counts. */
const SELECT_DETAIL = `
  SELECT p.id, p.tenant_id, t.slug AS institute_slug, t.legal_name AS institute_name,
         p.type, p.title, p.summary, p.start_date::text AS start_date, p.end_date::text AS end_date,
         p.budget_mad::text AS budget_mad, p.spent_mad::text AS spent_mad, p.status, p.version,
         p.lead_user_id, lu.display_name AS lead_name, p.created_by, p.created_at, p.updated_at,
         COALESCE((SELECT jsonb_agg(jsonb_build_object('id', m.user_id, 'displayName', u.display_name)
                                    ORDER BY m.added_at, m.user_id)
                     FROM project_member m LEFT JOIN app_user u ON u.id = m.user_id
                    WHERE m.tenant_id = p.tenant_id AND m.project_id = p.id), '[]') AS team,
         COALESCE((SELECT jsonb_agg(jsonb_build_object('id', pt.id, 'slug', pt.slug, 'name', pt.legal_name)
                                    ORDER BY pt.legal_name, pt.id)
                     FROM project_partner pp JOIN tenant pt ON pt.id = pp.partner_tenant_id
                    WHERE pp.tenant_id = p.tenant_id AND pp.project_id = p.id), '[]') AS partners,
         COALESCE((SELECT jsonb_agg(jsonb_build_object('code', np.code, 'labels', ${LABELS('np')})
                                    ORDER BY np.code)
                     FROM project_priority x JOIN national_priority np ON np.code = x.priority_code
                    WHERE x.tenant_id = p.tenant_id AND x.project_id = p.id), '[]') AS priorities,
         COALESCE((SELECT jsonb_agg(jsonb_build_object('code', r.code, 'labels', ${LABELS('r', 'name_fr', 'name_ar', 'name_en')})
                                    ORDER BY r.code)
                     FROM project_region x JOIN region r ON r.code = x.region_code
                    WHERE x.tenant_id = p.tenant_id AND x.project_id = p.id), '[]') AS regions,
         COALESCE((SELECT jsonb_agg(jsonb_build_object('code', td.code, 'labels', ${LABELS('td')})
                                    ORDER BY td.code)
                     FROM project_domain x JOIN thematic_domain td ON td.code = x.domain_code
                    WHERE x.tenant_id = p.tenant_id AND x.project_id = p.id), '[]') AS domains,
         (SELECT count(*) FROM milestone ms
           WHERE ms.tenant_id = p.tenant_id AND ms.project_id = p.id)::int AS milestones,
         (SELECT count(*) FROM deliverable dv
           WHERE dv.tenant_id = p.tenant_id AND dv.project_id = p.id)::int AS deliverables,
         (SELECT count(*) FROM (${LATE_MILESTONES('p')}) late)::int AS late_milestones,
         (SELECT count(*) FROM (${OVERDUE_DELIVERABLES('p')}) overdue)::int AS overdue_deliverables
    FROM project p
    JOIN tenant t ON t.id = p.tenant_id
    LEFT JOIN app_user lu ON lu.id = p.lead_user_id`;

export interface NewProjectRow {
  readonly type: ProjectType;
  readonly title: string;
  readonly summary: string;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly budgetMad: string;
  readonly spentMad: string;
  readonly leadUserId: string;
  readonly createdBy: string;
}

export interface ProjectColumns {
  readonly title: string;
  readonly summary: string;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly budgetMad: string;
  readonly spentMad: string;
}

/** Projects and their link tables. Every statement names the owning institute's `tenant_id`. */
@Injectable()
export class ProjectRepository {
  async findDetail(tx: TenantTx, key: ProjectKey): Promise<ProjectDetail | undefined> {
    const rows = await tx.query<DetailRow>(`${SELECT_DETAIL} WHERE p.tenant_id = $1 AND p.id = $2`, [
      key.tenantId,
      key.projectId,
    ]);
    return rows[0] && toDetail(rows[0]);
  }

  /** Locks the project row for a change; answers its status and version as locked. */
  async lock(
    tx: TenantTx,
    key: ProjectKey,
  ): Promise<{ status: ProjectStatus; version: number; leadUserId: string } | undefined> {
    const rows = await tx.query<{ status: ProjectStatus; version: number; lead_user_id: string }>(
      `SELECT status, version, lead_user_id FROM project WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [key.tenantId, key.projectId],
    );
    const row = rows[0];
    return row && { status: row.status, version: row.version, leadUserId: row.lead_user_id };
  }

  async insert(tx: TenantTx, key: ProjectKey, project: NewProjectRow): Promise<void> {
    await tx.query(
      `INSERT INTO project (tenant_id, id, type, title, summary, start_date, end_date, budget_mad, spent_mad,
                            lead_user_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        key.tenantId,
        key.projectId,
        project.type,
        project.title,
        project.summary,
        project.startDate,
        project.endDate,
        project.budgetMad,
        project.spentMad,
        project.leadUserId,
        project.createdBy,
      ],
    );
  }

  /** Writes the editable columns and bumps the version. */
  async updateColumns(tx: TenantTx, key: ProjectKey, columns: ProjectColumns): Promise<void> {
    await tx.query(
      `UPDATE project
          SET title = $3, summary = $4, start_date = $5, end_date = $6, budget_mad = $7, spent_mad = $8,
              version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2`,
      [
        key.tenantId,
        key.projectId,
        columns.title,
        columns.summary,
        columns.startDate,
        columns.endDate,
        columns.budgetMad,
        columns.spentMad,
      ],
    );
  }

  async updateStatus(tx: TenantTx, key: ProjectKey, status: ProjectStatus): Promise<void> {
    await tx.query(
      `UPDATE project SET status = $3, version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2`,
      [key.tenantId, key.projectId, status],
    );
  }

  /** A change elsewhere (team, partners, code sets only) is a new version of the project too. */
  async touch(tx: TenantTx, key: ProjectKey, leadUserId?: string): Promise<void> {
    await tx.query(
      `UPDATE project SET lead_user_id = COALESCE($3, lead_user_id), version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2`,
      [key.tenantId, key.projectId, leadUserId ?? null],
    );
  }

  async addLinks(tx: TenantTx, link: ProjectLink, key: ProjectKey, values: readonly string[]): Promise<void> {
    if (values.length === 0) return;
    const { table, column, type } = PROJECT_LINKS[link];
    await tx.query(
      `INSERT INTO ${table} (tenant_id, project_id, ${column})
       SELECT $1, $2, v FROM unnest($3::${type}[]) AS v
       ON CONFLICT DO NOTHING`,
      [key.tenantId, key.projectId, values],
    );
  }

  async removeLinks(
    tx: TenantTx,
    link: ProjectLink,
    key: ProjectKey,
    values: readonly string[],
  ): Promise<void> {
    if (values.length === 0) return;
    const { table, column, type } = PROJECT_LINKS[link];
    await tx.query(
      `DELETE FROM ${table} WHERE tenant_id = $1 AND project_id = $2 AND ${column} = ANY($3::${type}[])`,
      [key.tenantId, key.projectId, values],
    );
  }
}

function toDetail(row: DetailRow): ProjectDetail {
  return {
    id: row.id,
    institute: { id: row.tenant_id, slug: row.institute_slug, name: row.institute_name },
    type: row.type,
    title: row.title,
    summary: row.summary,
    startDate: row.start_date,
    endDate: row.end_date,
    budgetMad: row.budget_mad,
    spentMad: row.spent_mad,
    status: row.status,
    version: row.version,
    lead: { id: row.lead_user_id, displayName: row.lead_name },
    team: row.team,
    partners: row.partners,
    priorities: row.priorities,
    regions: row.regions,
    domains: row.domains,
    counts: {
      milestones: row.milestones,
      deliverables: row.deliverables,
      lateMilestones: row.late_milestones,
      overdueDeliverables: row.overdue_deliverables,
    },
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
