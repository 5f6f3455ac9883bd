import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { ProjectStatus } from '../project-access.js';
import { LATE_MILESTONES, OVERDUE_DELIVERABLES } from './project.sql.js';
import type {
  ProjectExportRow,
  ProjectFilter,
  ProjectListRow,
  ProjectType,
  ProjectVisibility,
} from './project.types.js';

interface ListRow {
  id: string;
  tenant_id: string;
  institute_slug: string;
  institute_name: string;
  type: ProjectType;
  title: string;
  status: ProjectStatus;
  start_date: string | null;
  end_date: string | null;
  budget_mad: string;
  spent_mad: string;
  lead_user_id: string;
  lead_name: string | null;
  priority_codes: string[];
  region_codes: string[];
  domain_codes: string[];
  late_milestones: number;
  overdue_deliverables: number;
  partner_names?: string[];
}

/** The project's rows in a link table with `condition`, as an EXISTS on its primary key. */
const linked = (table: string, condition: string) =>
  `EXISTS (SELECT 1 FROM ${table} l WHERE l.tenant_id = p.tenant_id AND l.project_id = p.id AND ${condition})`;

/**
 * The search query: the folded words, each a lexeme, the last one also as a prefix ("recol" finds
 * "récoltes"). plainto_tsquery parses the words exactly as the `search` column was built; its text form
 * ends with the last quoted lexeme, to which `:*` is added. `project_search` builds the same one.
 */
const SEARCH_QUERY = (q: string) =>
  `to_tsquery('simple', regexp_replace(plainto_tsquery('simple', jazari_fold(${q}))::text, '''$', ''':*'))`;

/** The key of a project `project_search` found. */
export interface SearchKey {
  readonly tenant_id: string;
  readonly id: string;
}

/** Each window of keys `project_search` hands over is four times the one before, up to this. */
const SEARCH_WINDOW_MAX = 20_000;

/**
 * Lists of projects: one statement per page. The inner query picks the page's ids — narrowing with the
 * project's own columns (the `(tenant_id, status|type|lead_user_id, id DESC)` indexes, or the primary key
 * and `ix_project_id` read backwards) and EXISTS probes on the link tables' primary keys — ordered by id
 * DESC with a LIMIT; the outer query decorates only those rows.
 */
@Injectable()
export class ProjectListRepository {
  async page(
    tx: TenantTx,
    visibility: ProjectVisibility,
    filter: ProjectFilter,
    beforeId: string | null,
    limit: number,
  ): Promise<ProjectListRow[]> {
    return (await this.read(tx, visibility, filter, beforeId, limit, false)).map(toListRow);
  }

  /** A page of the export: the list columns and the partners' names. */
  async exportPage(
    tx: TenantTx,
    visibility: ProjectVisibility,
    filter: ProjectFilter,
    beforeId: string | null,
    limit: number,
  ): Promise<ProjectExportRow[]> {
    const rows = await this.read(tx, visibility, filter, beforeId, limit, true);
    return rows.map((row) => ({ ...toListRow(row), partnerNames: row.partner_names ?? [] }));
  }

  /**
   * A page; with search words, through `project_search` (docs/adr/0017-search-under-rls.md): under RLS
   * `@@` cannot use its index, so the function finds the newest matching keys the caller may read — a
   * window of them — and the list statement applies the other filters to those. When the window is full
   * but the filters leave the page short, the next (older, larger) window continues it: the page is the
   * one the filters would give over every match.
   */
  private async read(
    tx: TenantTx,
    visibility: ProjectVisibility,
    filter: ProjectFilter,
    beforeId: string | null,
    limit: number,
    forExport: boolean,
  ): Promise<ListRow[]> {
    if (!filter.q) {
      return tx.query<ListRow>(...projectListStatement(visibility, filter, beforeId, limit, forExport));
    }
    const rows: ListRow[] = [];
    let before = beforeId;
    let window = limit;
    for (;;) {
      const keys = await tx.query<SearchKey>(`SELECT tenant_id, id FROM project_search($1, $2::uuid, $3)`, [
        filter.q,
        before,
        window,
      ]);
      if (keys.length === 0) return rows;
      rows.push(
        ...(await tx.query<ListRow>(
          ...projectListStatement(visibility, filter, before, limit - rows.length, forExport, keys),
        )),
      );
      if (rows.length >= limit || keys.length < window) return rows;
      before = keys[keys.length - 1].id;
      window = Math.min(window * 4, SEARCH_WINDOW_MAX);
    }
  }
}

/**
 * The list statement and its parameters: the page's ids chosen by the filters, newest first, before
 * `beforeId`, at most `limit`; then their list columns (and the partners' names `forExport`).
 */
export function projectListStatement(
  visibility: ProjectVisibility,
  filter: ProjectFilter,
  beforeId: string | null,
  limit: number,
  forExport: boolean,
  searchKeys?: readonly SearchKey[],
): [string, unknown[]] {
  const params: unknown[] = [];
  const param = (value: unknown, cast = ''): string => {
    params.push(value);
    return `$${params.length}${cast}`;
  };
  const where: string[] = [];
  switch (visibility.kind) {
    case 'institute':
      where.push(`p.tenant_id = ${param(visibility.tenantId, '::uuid')}`);
      break;
    case 'partner':
      where.push(linked('project_partner', `l.partner_tenant_id = ${param(visibility.tenantId, '::uuid')}`));
      break;
    case 'root':
      break;
  }
  if (filter.instituteId) where.push(`p.tenant_id = ${param(filter.instituteId, '::uuid')}`);
  if (filter.status) where.push(`p.status = ${param(filter.status)}`);
  if (filter.type) where.push(`p.type = ${param(filter.type)}`);
  if (filter.lead) where.push(`p.lead_user_id = ${param(filter.lead, '::uuid')}`);
  if (filter.priority) {
    const code = param(filter.priority);
    // A level-1 priority stands for itself and its children; the codes are computed once (an InitPlan).
    where.push(
      linked(
        'project_priority',
        `l.priority_code = ANY (ARRAY(SELECT np.code FROM national_priority np
                                        WHERE np.code = ${code} OR np.parent_code = ${code}))`,
      ),
    );
  }
  if (filter.region) where.push(linked('project_region', `l.region_code = ${param(filter.region)}`));
  if (filter.domain) where.push(linked('project_domain', `l.domain_code = ${param(filter.domain)}`));
  if (filter.partner) {
    where.push(linked('project_partner', `l.partner_tenant_id = ${param(filter.partner, '::uuid')}`));
  }
  if (filter.overdue !== undefined) {
    // One EXISTS over both tables: as `EXISTS … OR EXISTS …` the planner may hash every overdue
    // deliverable of the network first; this way each candidate project costs two index probes.
    const overdue = `EXISTS (${LATE_MILESTONES('p')} UNION ALL ${OVERDUE_DELIVERABLES('p')})`;
    where.push(filter.overdue ? overdue : `NOT ${overdue}`);
  }
  if (filter.q && searchKeys) {
    // The keys `project_search` found for the words (ProjectListRepository.read).
    const tenants = param(
      searchKeys.map((k) => k.tenant_id),
      '::uuid[]',
    );
    const ids = param(
      searchKeys.map((k) => k.id),
      '::uuid[]',
    );
    where.push(
      `(p.tenant_id, p.id) IN (SELECT k.tenant_id, k.id FROM unnest(${tenants}, ${ids}) AS k(tenant_id, id))`,
    );
  } else if (filter.q) {
    where.push(`p.search @@ ${SEARCH_QUERY(param(filter.q))}`);
  }
  if (beforeId) where.push(`p.id < ${param(beforeId, '::uuid')}`);

  const codes = (table: string, column: string) =>
    `ARRAY(SELECT x.${column} FROM ${table} x
            WHERE x.tenant_id = p.tenant_id AND x.project_id = p.id ORDER BY x.${column})`;
  const partnerNames = forExport
    ? `, ARRAY(SELECT pt.legal_name FROM project_partner x JOIN tenant pt ON pt.id = x.partner_tenant_id
                WHERE x.tenant_id = p.tenant_id AND x.project_id = p.id ORDER BY pt.legal_name) AS partner_names`
    : '';
  const sql = `
    SELECT p.id, p.tenant_id, t.slug AS institute_slug, t.legal_name AS institute_name,
           p.type, p.title, p.status, p.start_date::text AS start_date, p.end_date::text AS end_date,
           p.budget_mad::text AS budget_mad, p.spent_mad::text AS spent_mad,
           p.lead_user_id, lu.display_name AS lead_name,
           ${codes('project_priority', 'priority_code')} AS priority_codes,
           ${codes('project_region', 'region_code')} AS region_codes,
           ${codes('project_domain', 'domain_code')} AS domain_codes,
           (SELECT count(*) FROM (${LATE_MILESTONES('p')}) late)::int AS late_milestones,
           (SELECT count(*) FROM (${OVERDUE_DELIVERABLES('p')}) overdue)::int AS overdue_deliverables
           ${partnerNames}
      FROM (SELECT p.tenant_id, p.id FROM project p
             ${where.length > 0 ? `WHERE ${where.join('\n               AND ')}` : ''}
             ORDER BY p.id DESC
             LIMIT ${param(limit)}) page
      JOIN project p ON p.tenant_id = page.tenant_id AND p.id = page.id
      JOIN tenant t ON t.id = p.tenant_id
      LEFT JOIN app_user lu ON lu.id = p.lead_user_id
     ORDER BY p.id DESC`;
  return [sql, params];
}

function toListRow(row: ListRow): ProjectListRow {
  return {
    id: row.id,
    institute: { id: row.tenant_id, slug: row.institute_slug, name: row.institute_name },
    type: row.type,
    title: row.title,
    status: row.status,
    startDate: row.start_date,
    endDate: row.end_date,
    budgetMad: row.budget_mad,
    spentMad: row.spent_mad,
    lead: { id: row.lead_user_id, displayName: row.lead_name },
    priorityCodes: row.priority_codes,
    regionCodes: row.region_codes,
    domainCodes: row.domain_codes,
    lateMilestones: row.late_milestones,
    overdueDeliverables: row.overdue_deliverables,
  };
}
