import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TENANTS_FUNCTION } from './1765443200000-declared-series.js';

const TZ = `'Africa/Casablanca'`;

/**
 * A tenant's own roll-up rows follow a project change by delta (issue 22 point 3). Until now any change
 * to one of an institute's projects recomputed all of its rows (~150 ms for an institute of 1,000 projects
 * at national scale: its ~6,700 project × slice rows grouped four ways, its 48-month running series, its
 * beneficiary links), then the national rows moved by the difference of its whole old and new rows.
 *
 * - The project tables (`project`, `project_region`, `project_priority`, `project_beneficiary`,
 *   `beneficiary`) now mark the changed *projects* (`dashboard_dirty_project`), no longer their tenant.
 * - `dashboard_project_state`: each project as the roll-ups last counted it — its figures, the slices it
 *   counts in (regions and priorities, `'*'` included) and its beneficiaries — one row per project.
 * - A refresh subtracts the changed projects' stored state and adds their current one: the tenant's
 *   project rows, running series, beneficiary links (recounted for the companies those projects name) and
 *   the national rows move by that difference; the tenant's lists (late milestones…) are read again.
 *   Its cost follows the changed projects, not the tenant or the network.
 * - Any other change (conventions, resources, workshops, the tenant itself — e.g. its region) still
 *   recomputes that tenant's rows as before; a full refresh (first run, day change) rebuilds everything.
 *
 * The property test (test/dashboard-rollups.slow-spec.ts) compares the stored per-tenant and national rows
 * with a full recomputation after random series of changes.
 */
export class DashboardProjectDeltas1796654123000 implements MigrationInterface {
  name = 'DashboardProjectDeltas1796654123000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE dashboard_dirty_project (
        tenant_id  uuid        NOT NULL,
        project_id uuid        NOT NULL,
        xid        bigint      NOT NULL,
        marked_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_dashboard_dirty_project PRIMARY KEY (tenant_id, project_id, xid)
      )
    `);
    await db.query(`
      CREATE TABLE dashboard_project_state (
        tenant_id       uuid          NOT NULL,
        project_id      uuid          NOT NULL,
        status          text          NOT NULL,
        type            text          NOT NULL,
        budget_mad      numeric(16,2) NOT NULL,
        spent_mad       numeric(16,2) NOT NULL,
        start_date      date,
        end_date        date,
        region_keys     text[]        NOT NULL,
        priority_keys   text[]        NOT NULL,
        beneficiary_ids uuid[]        NOT NULL,
        CONSTRAINT pk_dashboard_project_state PRIMARY KEY (tenant_id, project_id)
      )
    `);
    // The refresh alone (the owner role) reads and writes them; the triggers write the marks.
    for (const table of ['dashboard_dirty_project', 'dashboard_project_state']) {
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await db.query(
        `CREATE POLICY dashboards_refresh ON ${table} TO CURRENT_USER USING (true) WITH CHECK (true)`,
      );
    }
    await db.query(MARK_FUNCTION);
    await db.query(`REVOKE ALL ON FUNCTION dashboard_mark_dirty_project() FROM PUBLIC`);
    for (const [table, select] of Object.entries(DIRTY_PROJECT)) {
      await dropTriggers(db, table);
      const arg = select.replace(/\s+/g, ' ').replace(/'/g, "''");
      await createTriggers(db, table, 'dashboard_mark_dirty_project', arg);
    }
    await db.query(STATE_FUNCTION);
    await db.query(VIEWS_FUNCTION);
    await db.query(PROJECT_DELTA_FUNCTION);
    await db.query(REFRESH_FUNCTION);
    for (const fn of [
      'dashboard_refresh_project_state(uuid[])',
      'dashboard_refresh_tenant_views(uuid[], timestamptz)',
      'dashboard_project_delta(timestamptz)',
    ]) {
      await db.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
    }
    // No project has a stored state yet: the next refresh is a full one, which stores them all.
    await db.query(`UPDATE dashboard_refresh_state SET day = NULL WHERE id = 1`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(EARLIER_REFRESH_FUNCTION);
    for (const [table, select] of Object.entries(EARLIER_DIRTY)) {
      await dropTriggers(db, table);
      const arg = select.replace(/\s+/g, ' ').replace(/'/g, "''");
      await createTriggers(db, table, 'dashboard_mark_dirty', arg);
    }
    await db.query(`DROP FUNCTION dashboard_project_delta(timestamptz)`);
    await db.query(`DROP FUNCTION dashboard_refresh_tenant_views(uuid[], timestamptz)`);
    await db.query(`DROP FUNCTION dashboard_refresh_project_state(uuid[])`);
    await db.query(`DROP FUNCTION dashboard_mark_dirty_project()`);
    await db.query(`DROP TABLE dashboard_project_state`);
    await db.query(`DROP TABLE dashboard_dirty_project`);
    await db.query(`UPDATE dashboard_refresh_state SET day = NULL WHERE id = 1`);
  }
}

async function dropTriggers(db: QueryRunner, table: string): Promise<void> {
  for (const trigger of ['dashboards_dirty_ins', 'dashboards_dirty_upd', 'dashboards_dirty_del']) {
    await db.query(`DROP TRIGGER IF EXISTS ${trigger} ON ${table}`);
  }
}

async function createTriggers(db: QueryRunner, table: string, fn: string, arg: string): Promise<void> {
  await db.query(
    `CREATE TRIGGER dashboards_dirty_ins AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION ${fn}('${arg}')`,
  );
  await db.query(
    `CREATE TRIGGER dashboards_dirty_upd AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION ${fn}('${arg}')`,
  );
  await db.query(
    `CREATE TRIGGER dashboards_dirty_del AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
     FOR EACH STATEMENT EXECUTE FUNCTION ${fn}('${arg}')`,
  );
}

/** The changed projects of each project table's transition rows: `(tenant, project)`. */
const DIRTY_PROJECT: Record<string, string> = {
  project: `SELECT tenant_id, id FROM %1$s`,
  project_region: `SELECT tenant_id, project_id FROM %1$s`,
  project_priority: `SELECT tenant_id, project_id FROM %1$s`,
  project_beneficiary: `SELECT tenant_id, project_id FROM %1$s`,
  beneficiary: `SELECT pb.tenant_id, pb.project_id FROM %1$s x JOIN project_beneficiary pb ON pb.beneficiary_id = x.id`,
};

/** `Dashboards1764921600000`'s tenant marks on the same tables, put back by `down`. */
const EARLIER_DIRTY: Record<string, string> = {
  project: `SELECT tenant_id FROM %1$s`,
  project_region: `SELECT tenant_id FROM %1$s`,
  project_priority: `SELECT tenant_id FROM %1$s`,
  project_beneficiary: `SELECT tenant_id FROM %1$s`,
  beneficiary: `SELECT pb.tenant_id FROM %1$s x JOIN project_beneficiary pb ON pb.beneficiary_id = x.id`,
};

const MARK_FUNCTION = `
CREATE FUNCTION dashboard_mark_dirty_project() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE 'INSERT INTO dashboard_dirty_project (tenant_id, project_id, xid) SELECT DISTINCT t, p, txid_current() FROM ('
      || format(TG_ARGV[0], 'new_rows') || ') AS d(t, p) WHERE t IS NOT NULL ON CONFLICT DO NOTHING';
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    EXECUTE 'INSERT INTO dashboard_dirty_project (tenant_id, project_id, xid) SELECT DISTINCT t, p, txid_current() FROM ('
      || format(TG_ARGV[0], 'old_rows') || ') AS d(t, p) WHERE t IS NOT NULL ON CONFLICT DO NOTHING';
  END IF;
  RETURN NULL;
END
$fn$`;

/**
 * Projects' current state (joined to the changed ones) — the same slices as \`dashboard_refresh_tenants\`'s
 * \`dash_slice\`: region '*' and each of its regions, × priority '*', each of its priorities and their pillars.
 */
const CURRENT_STATE = `
  SELECT p.tenant_id, p.id, p.status, p.type, p.budget_mad, p.spent_mad, p.start_date, p.end_date,
         ARRAY['*'] || coalesce((SELECT array_agg(pr.region_code ORDER BY pr.region_code) FROM project_region pr
                                  WHERE pr.tenant_id = p.tenant_id AND pr.project_id = p.id), '{}'),
         ARRAY['*'] || coalesce((SELECT array_agg(DISTINCT k.code ORDER BY k.code)
                                   FROM project_priority pp
                                   JOIN national_priority np ON np.code = pp.priority_code
                                  CROSS JOIN LATERAL (VALUES (np.code), (np.parent_code)) AS k (code)
                                  WHERE pp.tenant_id = p.tenant_id AND pp.project_id = p.id AND k.code IS NOT NULL), '{}'),
         coalesce((SELECT array_agg(pb.beneficiary_id ORDER BY pb.beneficiary_id) FROM project_beneficiary pb
                    WHERE pb.tenant_id = p.tenant_id AND pb.project_id = p.id), '{}')
    FROM project p`;

/**
 * After the tenants' rows were recomputed whole: their projects' state, stored for the next deltas. The
 * figures and slices come from \`dash_slice\`, the very rows \`dashboard_refresh_tenants\` just counted
 * (one snapshot), so a change committed meanwhile is in neither and its mark waits for the next refresh.
 */
const STATE_FUNCTION = `
CREATE OR REPLACE FUNCTION dashboard_refresh_project_state(p_ids uuid[]) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
  DELETE FROM dashboard_project_state WHERE tenant_id = ANY (p_ids);
  INSERT INTO dashboard_project_state (tenant_id, project_id, status, type, budget_mad, spent_mad, start_date,
                                       end_date, region_keys, priority_keys, beneficiary_ids)
  SELECT s.tenant_id, s.id, s.status, s.type, s.budget_mad, s.spent_mad, s.start_date, s.end_date,
         array_agg(DISTINCT s.region_key), array_agg(DISTINCT s.priority_key),
         coalesce((SELECT array_agg(pb.beneficiary_id) FROM project_beneficiary pb
                    WHERE pb.tenant_id = s.tenant_id AND pb.project_id = s.id), '{}')
    FROM dash_slice s
   GROUP BY s.tenant_id, s.id, s.status, s.type, s.budget_mad, s.spent_mad, s.start_date, s.end_date;
END
$fn$`;

/**
 * The tenants' lists that name projects (late milestones, overdue deliverables, KPIs, with the projects'
 * titles and statuses), read again; their workshops and pending signatures do not depend on projects.
 */
export const VIEWS_FUNCTION = `
CREATE OR REPLACE FUNCTION dashboard_refresh_tenant_views(p_ids uuid[], p_now timestamptz) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
DECLARE
  v_today  date := (p_now AT TIME ZONE ${TZ})::date;
BEGIN
  UPDATE dashboard_tenant_view v
     SET (late_milestones, overdue_deliverables, kpis) = (SELECT ${projectLists()} FROM tenant t WHERE t.id = v.tenant_id)
   WHERE v.tenant_id = ANY (p_ids);
END
$fn$`;

/**
 * The three project lists of \`DeclaredSeries1765443200000\`'s tenants function, as they are there: the
 * expressions between \`SELECT t.id,\` and the upcoming workshops' one.
 */
function projectLists(): string {
  const start = TENANTS_FUNCTION.indexOf(
    'SELECT t.id,',
    TENANTS_FUNCTION.indexOf('INSERT INTO dashboard_tenant_view'),
  );
  const end = TENANTS_FUNCTION.indexOf(
    "coalesce((SELECT jsonb_agg(jsonb_build_object('id', x.id, 'title', x.title, 'kind'",
    start,
  );
  if (start < 0 || end < 0) throw new Error('the tenant view statement was not found');
  return TENANTS_FUNCTION.slice(start + 'SELECT t.id,'.length, end)
    .trim()
    .replace(/,$/, '');
}

const RUNNING = `('active', 'on_hold', 'completed')`;
const KEY = `metric, region_key, priority_key, period, dim1, dim2`;
const DELTA_METRICS = `'project', 'project_status', 'project_type', 'projects_started', 'projects_active'`;

/**
 * The projects marked in \`dash_changed_project\` (tenant_id, project_id) move the roll-ups by the
 * difference between their stored state and their current one.
 */
export const PROJECT_DELTA_FUNCTION = `
CREATE OR REPLACE FUNCTION dashboard_project_delta(p_now timestamptz) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp
-- A few rows in unanalysed temporary tables against the large roll-up tables: probe their keys by index.
SET jit = off SET enable_hashjoin = off SET enable_mergejoin = off AS $fn$
DECLARE
  v_today  date := (p_now AT TIME ZONE ${TZ})::date;
  v_month  date := date_trunc('month', (p_now AT TIME ZONE ${TZ})::date)::date;
  v_oldest date := (date_trunc('month', (p_now AT TIME ZONE ${TZ})::date) - interval '47 months')::date;
  v_ids    uuid[];
BEGIN
  SELECT array_agg(DISTINCT tenant_id) INTO v_ids FROM dash_changed_project;

  -- Each changed project as counted (-1) and as it is now (+1).
  DROP TABLE IF EXISTS dash_project_move;
  CREATE TEMP TABLE dash_project_move ON COMMIT DROP AS
  SELECT -1 AS sign, s.tenant_id, s.project_id, s.status, s.type, s.budget_mad, s.spent_mad, s.start_date, s.end_date,
         s.region_keys, s.priority_keys, s.beneficiary_ids
    FROM dashboard_project_state s JOIN dash_changed_project c USING (tenant_id, project_id);
  DELETE FROM dashboard_project_state s USING dash_changed_project c
   WHERE s.tenant_id = c.tenant_id AND s.project_id = c.project_id;
  INSERT INTO dashboard_project_state (tenant_id, project_id, status, type, budget_mad, spent_mad, start_date,
                                       end_date, region_keys, priority_keys, beneficiary_ids)
  ${CURRENT_STATE} JOIN dash_changed_project c ON c.tenant_id = p.tenant_id AND c.project_id = p.id;
  INSERT INTO dash_project_move
  SELECT 1, s.tenant_id, s.project_id, s.status, s.type, s.budget_mad, s.spent_mad, s.start_date, s.end_date,
         s.region_keys, s.priority_keys, s.beneficiary_ids
    FROM dashboard_project_state s JOIN dash_changed_project c USING (tenant_id, project_id);

  -- The per-tenant rows' difference (n counts the projects or companies behind a row).
  DROP TABLE IF EXISTS dash_tenant_delta;
  CREATE TEMP TABLE dash_tenant_delta ON COMMIT DROP AS
  WITH slice AS (
    SELECT m.*, r.region_key, q.priority_key
      FROM dash_project_move m
     CROSS JOIN LATERAL unnest(m.region_keys) AS r (region_key)
     CROSS JOIN LATERAL unnest(m.priority_keys) AS q (priority_key)),
  running AS (
    SELECT sign, tenant_id, region_key, priority_key, gs::date AS m
      FROM slice
     CROSS JOIN LATERAL generate_series(greatest(date_trunc('month', start_date)::date, v_oldest),
                                        CASE WHEN end_date < v_month THEN date_trunc('month', end_date)::date ELSE v_month END,
                                        interval '1 month') AS gs
     WHERE status IN ${RUNNING} AND start_date IS NOT NULL AND start_date <= v_today
       AND (end_date IS NULL OR end_date >= v_oldest)),
  moves (tenant_id, metric, region_key, priority_key, period, dim1, dim2, n, a, b) AS (
    SELECT tenant_id, 'project', region_key, priority_key, '', '', '', sign, sign * budget_mad, sign * spent_mad FROM slice
    UNION ALL
    SELECT tenant_id, 'project_status', region_key, priority_key, '', status, '', sign, sign * budget_mad, sign * spent_mad FROM slice
    UNION ALL
    SELECT tenant_id, 'project_type', region_key, priority_key, '', type, '', sign, sign * budget_mad, sign * spent_mad FROM slice
    UNION ALL
    SELECT tenant_id, 'projects_started', region_key, priority_key, to_char(start_date, 'YYYY-MM'), '', '',
           sign, sign * budget_mad, 0
      FROM slice WHERE start_date IS NOT NULL
    UNION ALL
    SELECT tenant_id, 'projects_active', region_key, priority_key, to_char(m, 'YYYY-MM'), '', '', sign, 0, 0 FROM running)
  SELECT tenant_id, ${KEY}, sum(n)::bigint AS n, sum(a) AS a, sum(b) AS b, 0::numeric AS c
    FROM moves GROUP BY tenant_id, ${KEY};

  -- Beneficiary links: recounted for the (tenant, company) pairs the changed projects name, before or now.
  DROP TABLE IF EXISTS dash_pair;
  CREATE TEMP TABLE dash_pair ON COMMIT DROP AS
  SELECT DISTINCT tenant_id, b AS beneficiary_id FROM dash_project_move CROSS JOIN LATERAL unnest(beneficiary_ids) AS b;
  DROP TABLE IF EXISTS dash_link_move;
  CREATE TEMP TABLE dash_link_move (sign int, tenant_id uuid, beneficiary_id uuid, region_key text, priority_key text,
                                    size text, first_month date) ON COMMIT DROP;
  WITH gone AS (
    DELETE FROM dashboard_beneficiary_link l USING dash_pair k
     WHERE l.tenant_id = k.tenant_id AND l.beneficiary_id = k.beneficiary_id
    RETURNING l.tenant_id, l.beneficiary_id, l.region_key, l.priority_key, l.size, l.first_month)
  INSERT INTO dash_link_move SELECT -1, * FROM gone;
  WITH fresh AS (
    INSERT INTO dashboard_beneficiary_link (tenant_id, beneficiary_id, region_key, priority_key, size, first_month)
    SELECT pb.tenant_id, pb.beneficiary_id, r.region_key, q.priority_key, min(b.size),
           min(date_trunc('month', pb.started_on))::date
      FROM dash_pair k
      JOIN project_beneficiary pb ON pb.beneficiary_id = k.beneficiary_id AND pb.tenant_id = k.tenant_id
      JOIN dashboard_project_state s ON s.tenant_id = pb.tenant_id AND s.project_id = pb.project_id
      JOIN beneficiary b ON b.id = pb.beneficiary_id
     CROSS JOIN LATERAL unnest(s.region_keys) AS r (region_key)
     CROSS JOIN LATERAL unnest(s.priority_keys) AS q (priority_key)
     GROUP BY pb.tenant_id, pb.beneficiary_id, r.region_key, q.priority_key
    RETURNING tenant_id, beneficiary_id, region_key, priority_key, size, first_month)
  INSERT INTO dash_link_move SELECT 1, * FROM fresh;
  INSERT INTO dash_tenant_delta (tenant_id, ${KEY}, n, a, b, c)
  SELECT tenant_id, 'beneficiary', region_key, priority_key, '', '', '', sum(sign),
         coalesce(sum(sign) FILTER (WHERE size = 'startup'), 0),
         coalesce(sum(sign) FILTER (WHERE size IN ('micro', 'small', 'medium')), 0), 0
    FROM dash_link_move GROUP BY tenant_id, region_key, priority_key
  UNION ALL
  SELECT tenant_id, 'beneficiaries_first', region_key, priority_key, to_char(first_month, 'YYYY-MM'), '', '',
         sum(sign), 0, 0, 0
    FROM dash_link_move GROUP BY tenant_id, region_key, priority_key, first_month;

  -- Applied to the tenant's rows: a row whose count falls to zero goes, as a recomputation leaves it out.
  DROP TABLE IF EXISTS dash_tenant_applied;
  CREATE TEMP TABLE dash_tenant_applied ON COMMIT DROP AS
  SELECT d.*, coalesce(f.n, 0) AS old_n
    FROM dash_tenant_delta d
    LEFT JOIN dashboard_fact f
      ON f.tenant_id = d.tenant_id AND f.metric = d.metric AND f.region_key = d.region_key
     AND f.priority_key = d.priority_key AND f.period = d.period AND f.dim1 = d.dim1 AND f.dim2 = d.dim2
   WHERE d.n <> 0 OR d.a <> 0 OR d.b <> 0;
  INSERT INTO dashboard_fact AS f (tenant_id, ${KEY}, n, a, b, c)
  SELECT tenant_id, ${KEY}, n, a, b, c FROM dash_tenant_applied
  ON CONFLICT (tenant_id, metric, region_key, priority_key, period, dim1, dim2) DO UPDATE
     SET n = f.n + EXCLUDED.n, a = f.a + EXCLUDED.a, b = f.b + EXCLUDED.b, c = f.c + EXCLUDED.c;
  DELETE FROM dashboard_fact f USING dash_tenant_applied d
   WHERE f.tenant_id = d.tenant_id AND f.metric = d.metric AND f.region_key = d.region_key
     AND f.priority_key = d.priority_key AND f.period = d.period AND f.dim1 = d.dim1 AND f.dim2 = d.dim2
     AND f.n = 0;

  -- The national rows: the additive metrics move by the same difference; a row counts its tenants' rows.
  DROP TABLE IF EXISTS dash_delta;
  CREATE TEMP TABLE dash_delta ON COMMIT DROP AS
  SELECT ${KEY}, sum(n) AS n, sum(a) AS a, sum(b) AS b, sum(c) AS c,
         sum((old_n + n <> 0)::int - (old_n <> 0)::int) AS contributors
    FROM dash_tenant_applied WHERE metric IN (${DELTA_METRICS})
   GROUP BY ${KEY};

  -- The companies × slices those links name, summed again over every tenant's links.
  DROP TABLE IF EXISTS dash_company_slice;
  CREATE TEMP TABLE dash_company_slice ON COMMIT DROP AS
  SELECT DISTINCT beneficiary_id, region_key, priority_key FROM dash_link_move;
  DROP TABLE IF EXISTS dash_company_new;
  CREATE TEMP TABLE dash_company_new ON COMMIT DROP AS
  SELECT l.region_key, l.priority_key, l.beneficiary_id, bool_or(l.size = 'startup') AS startup,
         bool_or(l.size IN ('micro', 'small', 'medium')) AS sme, min(l.first_month) AS first_month
    FROM dash_company_slice k
    JOIN dashboard_beneficiary_link l
      ON l.beneficiary_id = k.beneficiary_id AND l.region_key = k.region_key AND l.priority_key = k.priority_key
   GROUP BY l.region_key, l.priority_key, l.beneficiary_id;
  WITH gone AS (
    DELETE FROM dashboard_national_beneficiary nb USING dash_company_slice k
     WHERE nb.beneficiary_id = k.beneficiary_id AND nb.region_key = k.region_key AND nb.priority_key = k.priority_key
    RETURNING nb.region_key, nb.priority_key, nb.startup, nb.sme, nb.first_month),
  moves AS (
    SELECT region_key, priority_key, startup, sme, first_month, -1 AS sign FROM gone
    UNION ALL
    SELECT region_key, priority_key, startup, sme, first_month, 1 FROM dash_company_new)
  INSERT INTO dash_delta (${KEY}, n, a, b, c, contributors)
  SELECT 'beneficiary', region_key, priority_key, '', '', '', sum(sign), sum(sign) FILTER (WHERE startup),
         sum(sign) FILTER (WHERE sme), 0, sum(sign)
    FROM moves GROUP BY region_key, priority_key
  UNION ALL
  SELECT 'beneficiaries_first', region_key, priority_key, to_char(first_month, 'YYYY-MM'), '', '', sum(sign), 0, 0, 0,
         sum(sign)
    FROM moves GROUP BY region_key, priority_key, first_month;
  INSERT INTO dashboard_national_beneficiary (region_key, priority_key, beneficiary_id, startup, sme, first_month)
  SELECT region_key, priority_key, beneficiary_id, startup, sme, first_month FROM dash_company_new;

  INSERT INTO dashboard_national_fact AS f (${KEY}, owner, n, a, b, c, contributors)
  SELECT ${KEY}, '', sum(n), coalesce(sum(a), 0), coalesce(sum(b), 0), coalesce(sum(c), 0), sum(contributors)
    FROM dash_delta GROUP BY ${KEY}
  HAVING sum(n) <> 0 OR coalesce(sum(a), 0) <> 0 OR coalesce(sum(b), 0) <> 0 OR coalesce(sum(c), 0) <> 0
      OR sum(contributors) <> 0
  ON CONFLICT (region_key, priority_key, metric, period, dim1, dim2, owner) DO UPDATE
     SET n = f.n + EXCLUDED.n, a = f.a + EXCLUDED.a, b = f.b + EXCLUDED.b, c = f.c + EXCLUDED.c,
         contributors = f.contributors + EXCLUDED.contributors;
  DELETE FROM dashboard_national_fact f
   USING (SELECT DISTINCT ${KEY} FROM dash_delta) d
   WHERE f.region_key = d.region_key AND f.priority_key = d.priority_key AND f.metric = d.metric
     AND f.period = d.period AND f.dim1 = d.dim1 AND f.dim2 = d.dim2 AND f.owner = '' AND f.contributors <= 0;

  -- Their lists that name projects (titles, statuses), read again where a changed project is in their
  -- scope: it has a late milestone, an overdue deliverable or a KPI (any other cannot change them).
  SELECT array_agg(DISTINCT c.tenant_id) INTO v_ids
    FROM dash_changed_project c
   WHERE EXISTS (SELECT 1 FROM milestone m WHERE m.tenant_id = c.tenant_id AND m.project_id = c.project_id
                    AND m.done_date IS NULL AND m.due_date < v_today)
      OR EXISTS (SELECT 1 FROM deliverable d WHERE d.tenant_id = c.tenant_id AND d.project_id = c.project_id
                    AND d.status IN ('planned', 'rejected') AND d.due_date < v_today)
      OR EXISTS (SELECT 1 FROM kpi k WHERE k.tenant_id = c.tenant_id AND k.project_id = c.project_id);
  IF v_ids IS NOT NULL THEN
    PERFORM dashboard_refresh_tenant_views(v_ids, p_now);
  END IF;
END
$fn$`;

const refreshFunction = (projects: boolean) => `
CREATE OR REPLACE FUNCTION dashboard_refresh(p_now timestamptz, p_full boolean)
RETURNS TABLE (tenants integer, full_refresh boolean, refreshed_at timestamptz, version bigint, root_id uuid)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
  v_today   date := (p_now AT TIME ZONE ${TZ})::date;
  v_full    boolean := p_full;
  v_ids     uuid[];
  v_changed integer := 0;
BEGIN
  -- Only a Root-kind scope (the worker's system job, or Root itself) may refresh.
  IF current_setting('app.tenant_kind', true) IS DISTINCT FROM 'root' THEN
    RAISE EXCEPTION 'dashboard_refresh runs in a Root-kind scope only' USING ERRCODE = '42501';
  END IF;
  -- One refresh at a time (every worker replica runs the schedule); the next one waits, then runs.
  PERFORM pg_advisory_xact_lock(hashtext('jazari.dashboard_refresh'));
  -- Figures that depend on the day (overdue, expiring within 90 days, late) are redone for every tenant
  -- when the network's day changes.
  IF (SELECT s.day FROM dashboard_refresh_state s WHERE s.id = 1) IS DISTINCT FROM v_today THEN
    v_full := true;
  END IF;
  IF v_full THEN
    DELETE FROM dashboard_dirty;${projects ? `\n    DELETE FROM dashboard_dirty_project;` : ''}
    SELECT array_agg(t.id) INTO v_ids FROM tenant t;
  ELSE
    WITH d AS (DELETE FROM dashboard_dirty RETURNING tenant_id)
    SELECT array_agg(DISTINCT d.tenant_id) INTO v_ids FROM d;${
      projects
        ? `
    -- The changed projects, taken now (a change committed later waits for the next refresh).
    DROP TABLE IF EXISTS dash_changed_project;
    CREATE TEMP TABLE dash_changed_project ON COMMIT DROP AS
    WITH d AS (DELETE FROM dashboard_dirty_project RETURNING tenant_id, project_id)
    SELECT DISTINCT d.tenant_id, d.project_id FROM d;`
        : ''
    }
  END IF;
  IF v_ids IS NOT NULL THEN
    IF NOT v_full THEN
      -- A change: the national rows move by the changed tenants' difference.
      PERFORM dashboard_national_delta_before(v_ids);
      PERFORM dashboard_refresh_tenants(v_ids, p_now);
      PERFORM dashboard_refresh_tenant_regions(v_ids);
      PERFORM dashboard_national_delta_after(v_ids);
    ELSE
      PERFORM dashboard_refresh_tenants(v_ids, p_now);
      PERFORM dashboard_refresh_tenant_regions(v_ids);
      PERFORM dashboard_refresh_national();
    END IF;${
      projects
        ? `
    PERFORM dashboard_refresh_project_state(v_ids);`
        : ''
    }
  END IF;${
    projects
      ? `
  IF NOT v_full THEN
    -- Changed projects of tenants not recomputed whole above: by delta, project by project.
    DELETE FROM dash_changed_project c WHERE c.tenant_id = ANY (coalesce(v_ids, '{}'));
    SELECT count(DISTINCT c.tenant_id) INTO v_changed FROM dash_changed_project c;
    IF v_changed > 0 THEN
      PERFORM dashboard_project_delta(p_now);
    END IF;
  END IF;`
      : ''
  }
  UPDATE dashboard_refresh_state s
     SET refreshed_at = p_now, day = v_today, tenants = coalesce(cardinality(v_ids), 0) + v_changed,
         full_at = CASE WHEN v_full THEN p_now ELSE s.full_at END,
         version = s.version + CASE WHEN v_ids IS NULL AND v_changed = 0 THEN 0 ELSE 1 END
   WHERE s.id = 1;
  RETURN QUERY SELECT coalesce(cardinality(v_ids), 0) + v_changed, v_full, p_now, s.version,
                      (SELECT t.id FROM tenant t WHERE t.kind = 'root')
                 FROM dashboard_refresh_state s WHERE s.id = 1;
END
$fn$`;

export const REFRESH_FUNCTION = refreshFunction(true);
const EARLIER_REFRESH_FUNCTION = refreshFunction(false);
