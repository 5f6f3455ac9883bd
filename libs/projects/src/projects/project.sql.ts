import { NETWORK_TIME_ZONE } from '@jazari/config';

/** Today in the network's calendar (Morocco), whatever the server's time zone. */
const TODAY = `(now() AT TIME ZONE '${NETWORK_TIME_ZONE}')::date`;

/**
 * SQL fragments shared by the detail and list queries, so "late" and "overdue" mean one thing. `p` is the
 * alias of the `project` row.
 */
export const LATE_MILESTONES = (p: string): string =>
  `SELECT 1 FROM milestone ms
    WHERE ms.tenant_id = ${p}.tenant_id AND ms.project_id = ${p}.id
      AND ms.done_date IS NULL AND ms.due_date < ${TODAY}`;

export const OVERDUE_DELIVERABLES = (p: string): string =>
  `SELECT 1 FROM deliverable dv
    WHERE dv.tenant_id = ${p}.tenant_id AND dv.project_id = ${p}.id
      AND dv.status IN ('planned', 'rejected') AND dv.due_date < ${TODAY}`;

/** The link tables of a project: one row per member, partner or code. Names are fixed here, never input. */
export const PROJECT_LINKS = {
  member: { table: 'project_member', column: 'user_id', type: 'uuid' },
  partner: { table: 'project_partner', column: 'partner_tenant_id', type: 'uuid' },
  priority: { table: 'project_priority', column: 'priority_code', type: 'text' },
  region: { table: 'project_region', column: 'region_code', type: 'text' },
  domain: { table: 'project_domain', column: 'domain_code', type: 'text' },
} as const;
export type ProjectLink = keyof typeof PROJECT_LINKS;
