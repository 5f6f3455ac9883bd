import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TENANTS_FUNCTION } from './1765443200000-declared-series.js';
import {
  PROJECT_DELTA_FUNCTION as EARLIER_PROJECT_DELTA_FUNCTION,
  VIEWS_FUNCTION as EARLIER_VIEWS_FUNCTION,
} from './1796654123000-dashboard-project-deltas.js';

const TZ = `'Africa/Casablanca'`;

/**
 * A project's change no longer reads every tenant's milestones, nor rebuilds its tenant's three project
 * lists (issue 22 point 3: the refresh after one tenant's change measured 460 ms idle at 1,000,000
 * projects against a 100 ms goal).
 *
 * `dashboard_project_delta` ended by asking which changed projects have a late milestone, an overdue
 * deliverable or a KPI with `EXISTS (…) OR EXISTS (…) OR EXISTS (…)`: PostgreSQL plans an `EXISTS` under
 * `OR` as a hashed subplan, i.e. it scanned and hashed the late milestones and overdue deliverables of the
 * whole network (30 ms at 100,000 projects on a loaded machine, ten times that at national scale) to
 * answer for one project. Each changed project is now probed through its own indexes (a scalar
 * sub-select with `LIMIT 1`, which is never hashed).
 *
 * And only the list a changed project has items in is read again (`dashboard_refresh_tenant_lists`): a
 * project with a late milestone but no KPI leaves the tenant's KPIs and overdue deliverables as they
 * are. A project's change cannot move any other list: the items' own conditions (a milestone not done
 * and due before today, a deliverable planned or rejected and overdue) do not depend on the project, and
 * a change to an item marks its tenant, recomputed whole. Each list is one index range of the tenant
 * (its late milestones by due date, …) cut at 50 or 100, as in the full refresh — the very expressions
 * of `DeclaredSeries1765443200000`'s tenants function, so the two cannot drift apart.
 */
export class DashboardProjectLists1796656000000 implements MigrationInterface {
  name = 'DashboardProjectLists1796656000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(LISTS_FUNCTION);
    await db.query(
      `REVOKE ALL ON FUNCTION dashboard_refresh_tenant_lists(uuid[], uuid[], uuid[], timestamptz) FROM PUBLIC`,
    );
    await db.query(PROJECT_DELTA_FUNCTION);
    await db.query(`DROP FUNCTION dashboard_refresh_tenant_views(uuid[], timestamptz)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(EARLIER_VIEWS_FUNCTION);
    await db.query(`REVOKE ALL ON FUNCTION dashboard_refresh_tenant_views(uuid[], timestamptz) FROM PUBLIC`);
    await db.query(EARLIER_PROJECT_DELTA_FUNCTION);
    await db.query(`DROP FUNCTION dashboard_refresh_tenant_lists(uuid[], uuid[], uuid[], timestamptz)`);
  }
}

/**
 * The three lists that name projects, as `DeclaredSeries1765443200000`'s tenants function writes them:
 * late milestones, overdue deliverables, KPIs (each a `coalesce((SELECT jsonb_agg(…` over one tenant `t`).
 */
function projectLists(): { late: string; overdue: string; kpis: string } {
  const start = TENANTS_FUNCTION.indexOf(
    'SELECT t.id,',
    TENANTS_FUNCTION.indexOf('INSERT INTO dashboard_tenant_view'),
  );
  const marker = 'coalesce((SELECT jsonb_agg(';
  const at: number[] = [];
  for (let i = TENANTS_FUNCTION.indexOf(marker, start); i >= 0 && at.length < 4;) {
    at.push(i);
    i = TENANTS_FUNCTION.indexOf(marker, i + 1);
  }
  const [late, overdue, kpis] = at.slice(0, 3).map((from, n) =>
    TENANTS_FUNCTION.slice(from, at[n + 1])
      .trim()
      .replace(/,$/, ''),
  );
  if (
    start < 0 ||
    at.length < 4 ||
    !late?.includes('FROM milestone m') ||
    !overdue?.includes('FROM deliverable d') ||
    !kpis?.includes('FROM kpi k')
  ) {
    throw new Error('the tenant view statement was not found');
  }
  return { late, overdue, kpis };
}

const LISTS = projectLists();

/** Each list read again for the tenants named for it; the others are left as they are. */
const LISTS_FUNCTION = `
CREATE FUNCTION dashboard_refresh_tenant_lists(p_late uuid[], p_overdue uuid[], p_kpis uuid[], p_now timestamptz)
RETURNS void LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
DECLARE
  v_today  date := (p_now AT TIME ZONE ${TZ})::date;
BEGIN
  IF p_late IS NOT NULL THEN
    UPDATE dashboard_tenant_view v SET late_milestones = (SELECT ${LISTS.late} FROM tenant t WHERE t.id = v.tenant_id)
     WHERE v.tenant_id = ANY (p_late);
  END IF;
  IF p_overdue IS NOT NULL THEN
    UPDATE dashboard_tenant_view v SET overdue_deliverables = (SELECT ${LISTS.overdue} FROM tenant t WHERE t.id = v.tenant_id)
     WHERE v.tenant_id = ANY (p_overdue);
  END IF;
  IF p_kpis IS NOT NULL THEN
    UPDATE dashboard_tenant_view v SET kpis = (SELECT ${LISTS.kpis} FROM tenant t WHERE t.id = v.tenant_id)
     WHERE v.tenant_id = ANY (p_kpis);
  END IF;
END
$fn$`;

const EARLIER_DECLARE = `  v_ids    uuid[];
BEGIN`;
const DECLARE = `  v_ids    uuid[];
  v_late    uuid[];
  v_overdue uuid[];
  v_kpis    uuid[];
BEGIN`;
const EARLIER_TAIL_START = '  -- Their lists that name projects (titles, statuses), read again where';

const TAIL = `  -- Their lists that name projects (titles, statuses): only a list where a changed project has an item
  -- (a late milestone, an overdue deliverable, a KPI) can change. Probed project by project through its
  -- indexes: a scalar sub-select with LIMIT 1 (an EXISTS under OR is planned as a hashed subplan over
  -- every tenant's milestones).
  SELECT array_agg(DISTINCT c.tenant_id) FILTER (WHERE s.late),
         array_agg(DISTINCT c.tenant_id) FILTER (WHERE s.overdue),
         array_agg(DISTINCT c.tenant_id) FILTER (WHERE s.kpis)
    INTO v_late, v_overdue, v_kpis
    FROM dash_changed_project c
   CROSS JOIN LATERAL (
     SELECT (SELECT 1 FROM milestone m WHERE m.tenant_id = c.tenant_id AND m.project_id = c.project_id
                AND m.done_date IS NULL AND m.due_date < v_today LIMIT 1) IS NOT NULL AS late,
            (SELECT 1 FROM deliverable d WHERE d.tenant_id = c.tenant_id AND d.project_id = c.project_id
                AND d.status IN ('planned', 'rejected') AND d.due_date < v_today LIMIT 1) IS NOT NULL AS overdue,
            (SELECT 1 FROM kpi k WHERE k.tenant_id = c.tenant_id AND k.project_id = c.project_id LIMIT 1) IS NOT NULL
              AS kpis) s;
  IF coalesce(v_late, v_overdue, v_kpis) IS NOT NULL THEN
    PERFORM dashboard_refresh_tenant_lists(v_late, v_overdue, v_kpis, p_now);
  END IF;
END
$fn$`;

/** `DashboardProjectDeltas1796654123000`'s function with its last step (the tenant's lists) replaced. */
function projectDeltaFunction(): string {
  const tail = EARLIER_PROJECT_DELTA_FUNCTION.indexOf(EARLIER_TAIL_START);
  if (tail < 0 || !EARLIER_PROJECT_DELTA_FUNCTION.includes(EARLIER_DECLARE)) {
    throw new Error('the project delta function was not found');
  }
  return EARLIER_PROJECT_DELTA_FUNCTION.slice(0, tail).replace(EARLIER_DECLARE, DECLARE) + TAIL;
}

export const PROJECT_DELTA_FUNCTION = projectDeltaFunction();
