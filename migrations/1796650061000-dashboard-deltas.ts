import type { MigrationInterface, QueryRunner } from 'typeorm';

const TZ = `'Africa/Casablanca'`;

/**
 * The national roll-ups follow a tenant's change by delta (issue 22 point 3). Until now every refresh that
 * found a change summed all per-tenant rows again (about 3.3 s at 1,000,000 projects); now it subtracts the
 * changed tenants' old rows and adds their new ones, so its cost follows the change, not the network.
 *
 * - `dashboard_national_fact.contributors`: how many per-tenant rows (or, for beneficiaries, national
 *   links) a national row sums, so a row whose last contributor went is removed, exactly as a computation
 *   from scratch would leave it out.
 * - `dashboard_national_beneficiary`: per slice, the companies supported there network-wide (started-up or
 *   SME, first month of support): distinct counts cannot be subtracted, so the links of the companies a
 *   change touches are summed again for those companies only (an index on the links by company).
 * - `convention_region` per-tenant rows: a tenant's conventions by status under its region at the refresh,
 *   so the national dashboard has conventions by region (the map's measure) and a delta subtracts them under
 *   the region they were added with, even when the tenant has moved since.
 *
 * A full refresh (first run, day change, asked for) still computes everything from scratch; the property
 * test compares the delta path's rows with a from-scratch computation after random changes.
 */
export class DashboardDeltas1796650061000 implements MigrationInterface {
  name = 'DashboardDeltas1796650061000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE dashboard_national_fact ADD COLUMN contributors bigint NOT NULL DEFAULT 0`);
    await db.query(`
      CREATE TABLE dashboard_national_beneficiary (
        region_key     text    NOT NULL,
        priority_key   text    NOT NULL,
        beneficiary_id uuid    NOT NULL,
        startup        boolean NOT NULL,
        sme            boolean NOT NULL,
        first_month    date    NOT NULL,
        CONSTRAINT pk_dashboard_national_beneficiary PRIMARY KEY (region_key, priority_key, beneficiary_id)
      )
    `);
    // The refresh alone (the owner role) reads and writes it; nobody else has any right on it.
    await db.query(`ALTER TABLE dashboard_national_beneficiary ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE dashboard_national_beneficiary FORCE ROW LEVEL SECURITY`);
    await db.query(
      `CREATE POLICY dashboards_refresh ON dashboard_national_beneficiary TO CURRENT_USER USING (true) WITH CHECK (true)`,
    );
    await db.query(
      `CREATE INDEX ix_dashboard_beneficiary_link_company ON dashboard_beneficiary_link (beneficiary_id, region_key, priority_key)`,
    );
    await db.query(NETWORK_FUNCTION);
    await db.query(NATIONAL_FUNCTION);
    await db.query(REGIONS_FUNCTION);
    await db.query(DELTA_BEFORE_FUNCTION);
    await db.query(DELTA_AFTER_FUNCTION);
    await db.query(REFRESH_FUNCTION);
    for (const fn of [
      'dashboard_refresh_network()',
      'dashboard_refresh_tenant_regions(uuid[])',
      'dashboard_national_delta_before(uuid[])',
      'dashboard_national_delta_after(uuid[])',
    ]) {
      await db.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
    }
    // The stored rows were summed without contributors: the next refresh is a full one.
    await db.query(`UPDATE dashboard_refresh_state SET day = NULL WHERE id = 1`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(EARLIER_REFRESH_FUNCTION);
    await db.query(EARLIER_NATIONAL_FUNCTION);
    await db.query(`DROP FUNCTION dashboard_national_delta_after(uuid[])`);
    await db.query(`DROP FUNCTION dashboard_national_delta_before(uuid[])`);
    await db.query(`DROP FUNCTION dashboard_refresh_tenant_regions(uuid[])`);
    await db.query(`DROP FUNCTION dashboard_refresh_network()`);
    await db.query(`DROP INDEX ix_dashboard_beneficiary_link_company`);
    await db.query(`DROP TABLE dashboard_national_beneficiary`);
    await db.query(`ALTER TABLE dashboard_national_fact DROP COLUMN contributors`);
    await db.query(`DELETE FROM dashboard_fact WHERE metric = 'convention_region'`);
    await db.query(`UPDATE dashboard_refresh_state SET day = NULL WHERE id = 1`);
  }
}

/** Metrics that add up across tenants (the national rows are their sums). */
const ADDITIVE = [
  'project',
  'project_status',
  'project_type',
  'projects_started',
  'projects_active',
  'convention_status',
  'convention_expiring',
  'conventions_signed',
  'convention_region',
  'obligation',
  'workshop',
  'deliverable',
  'declared_projects_active',
  'declared_projects_started',
  'declared_conventions_signed',
  'declared_workshops_held',
  'declared_beneficiaries',
]
  .map((m) => `'${m}'`)
  .join(', ');

const KEY = `metric, region_key, priority_key, period, dim1, dim2`;
const CONFLICT = `(region_key, priority_key, metric, period, dim1, dim2, owner)`;

/** A full computation of the national rows from the per-tenant rows (first run, day change, `full`). */
const NATIONAL_FUNCTION = `
CREATE OR REPLACE FUNCTION dashboard_refresh_national() RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
  DELETE FROM dashboard_national_fact;
  DELETE FROM dashboard_national_beneficiary;
  INSERT INTO dashboard_national_fact (${KEY}, owner, n, a, b, c, contributors)
  SELECT ${KEY}, '', sum(n), sum(a), sum(b), sum(c), count(*)
    FROM dashboard_fact WHERE metric IN (${ADDITIVE})
   GROUP BY ${KEY};
  INSERT INTO dashboard_national_fact (${KEY}, owner, n, a, b, c, contributors)
  SELECT 'resource', '*', '*', '', dim1, dim2, tenant_id::text, n, a, b, c, 1 FROM dashboard_fact WHERE metric = 'resource';
  INSERT INTO dashboard_national_beneficiary (region_key, priority_key, beneficiary_id, startup, sme, first_month)
  SELECT region_key, priority_key, beneficiary_id, bool_or(size = 'startup'),
         bool_or(size IN ('micro', 'small', 'medium')), min(first_month)
    FROM dashboard_beneficiary_link GROUP BY region_key, priority_key, beneficiary_id;
  INSERT INTO dashboard_national_fact (${KEY}, owner, n, a, b, contributors)
  SELECT 'beneficiary', region_key, priority_key, '', '', '', '', count(*), count(*) FILTER (WHERE startup),
         count(*) FILTER (WHERE sme), count(*)
    FROM dashboard_national_beneficiary GROUP BY region_key, priority_key;
  INSERT INTO dashboard_national_fact (${KEY}, owner, n, contributors)
  SELECT 'beneficiaries_first', region_key, priority_key, to_char(first_month, 'YYYY-MM'), '', '', '', count(*), count(*)
    FROM dashboard_national_beneficiary GROUP BY region_key, priority_key, first_month;
  PERFORM dashboard_refresh_network();
END
$fn$`;

/** The per-tenant \`convention_region\` rows: its conventions by status, under its region at the refresh. */
const REGIONS_FUNCTION = `
CREATE OR REPLACE FUNCTION dashboard_refresh_tenant_regions(p_ids uuid[]) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
  INSERT INTO dashboard_fact (tenant_id, ${KEY}, n)
  SELECT f.tenant_id, 'convention_region', '*', '*', '', coalesce(t.region_code, ''), f.dim1, f.n
    FROM dashboard_fact f JOIN tenant t ON t.id = f.tenant_id
   WHERE f.tenant_id = ANY (p_ids) AND f.metric = 'convention_status';
END
$fn$`;

/**
 * Before the changed tenants' rows are recomputed: their additive rows summed (to subtract), and the
 * companies × slices their beneficiary links name (whose national links are summed again afterwards).
 */
const DELTA_BEFORE_FUNCTION = `
CREATE OR REPLACE FUNCTION dashboard_national_delta_before(p_ids uuid[]) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
  DROP TABLE IF EXISTS dash_old_fact;
  CREATE TEMP TABLE dash_old_fact ON COMMIT DROP AS
  SELECT ${KEY}, sum(n) AS n, sum(a) AS a, sum(b) AS b, sum(c) AS c, count(*) AS contributors
    FROM dashboard_fact WHERE tenant_id = ANY (p_ids) AND metric IN (${ADDITIVE})
   GROUP BY ${KEY};
  DROP TABLE IF EXISTS dash_company_slice;
  CREATE TEMP TABLE dash_company_slice ON COMMIT DROP AS
  SELECT DISTINCT beneficiary_id, region_key, priority_key
    FROM dashboard_beneficiary_link WHERE tenant_id = ANY (p_ids);
END
$fn$`;

/**
 * After: the national rows move by (new − old) of the changed tenants; a row left with no contributor
 * goes. Resources are kept per owner (replaced); the companies touched are summed again over every
 * tenant's links, and the beneficiary counts move by the difference of those national links.
 */
const DELTA_AFTER_FUNCTION = `
CREATE OR REPLACE FUNCTION dashboard_national_delta_after(p_ids uuid[]) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
  DROP TABLE IF EXISTS dash_delta;
  CREATE TEMP TABLE dash_delta ON COMMIT DROP AS
  WITH new AS (
    SELECT ${KEY}, sum(n) AS n, sum(a) AS a, sum(b) AS b, sum(c) AS c, count(*) AS contributors
      FROM dashboard_fact WHERE tenant_id = ANY (p_ids) AND metric IN (${ADDITIVE})
     GROUP BY ${KEY})
  SELECT ${KEY},
         coalesce(new.n, 0) - coalesce(o.n, 0) AS n, coalesce(new.a, 0) - coalesce(o.a, 0) AS a,
         coalesce(new.b, 0) - coalesce(o.b, 0) AS b, coalesce(new.c, 0) - coalesce(o.c, 0) AS c,
         coalesce(new.contributors, 0) - coalesce(o.contributors, 0) AS contributors
    FROM new FULL JOIN dash_old_fact o USING (${KEY});

  -- The changed tenants' beneficiary links, old and new, name the companies × slices to sum again.
  INSERT INTO dash_company_slice
  SELECT DISTINCT beneficiary_id, region_key, priority_key
    FROM dashboard_beneficiary_link WHERE tenant_id = ANY (p_ids);
  DROP TABLE IF EXISTS dash_company_new;
  CREATE TEMP TABLE dash_company_new ON COMMIT DROP AS
  SELECT l.region_key, l.priority_key, l.beneficiary_id, bool_or(l.size = 'startup') AS startup,
         bool_or(l.size IN ('micro', 'small', 'medium')) AS sme, min(l.first_month) AS first_month
    FROM (SELECT DISTINCT beneficiary_id, region_key, priority_key FROM dash_company_slice) k
    JOIN dashboard_beneficiary_link l
      ON l.beneficiary_id = k.beneficiary_id AND l.region_key = k.region_key AND l.priority_key = k.priority_key
   GROUP BY l.region_key, l.priority_key, l.beneficiary_id;
  WITH gone AS (
    DELETE FROM dashboard_national_beneficiary nb
     USING (SELECT DISTINCT beneficiary_id, region_key, priority_key FROM dash_company_slice) k
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
  ON CONFLICT ${CONFLICT} DO UPDATE
     SET n = f.n + EXCLUDED.n, a = f.a + EXCLUDED.a, b = f.b + EXCLUDED.b, c = f.c + EXCLUDED.c,
         contributors = f.contributors + EXCLUDED.contributors;
  DELETE FROM dashboard_national_fact f
   USING (SELECT DISTINCT ${KEY} FROM dash_delta) d
   WHERE f.region_key = d.region_key AND f.priority_key = d.priority_key AND f.metric = d.metric
     AND f.period = d.period AND f.dim1 = d.dim1 AND f.dim2 = d.dim2 AND f.owner = '' AND f.contributors <= 0;

  DELETE FROM dashboard_national_fact
   WHERE region_key = '*' AND priority_key = '*' AND metric = 'resource'
     AND owner = ANY (SELECT unnest(p_ids)::text);
  INSERT INTO dashboard_national_fact (${KEY}, owner, n, a, b, c, contributors)
  SELECT 'resource', '*', '*', '', dim1, dim2, tenant_id::text, n, a, b, c, 1
    FROM dashboard_fact WHERE tenant_id = ANY (p_ids) AND metric = 'resource';
  PERFORM dashboard_refresh_network();
END
$fn$`;

/** The network's counts (a thousand tenants: counted again each time). */
const NETWORK_FUNCTION = `
CREATE OR REPLACE FUNCTION dashboard_refresh_network() RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
  DELETE FROM dashboard_national_fact WHERE region_key = '*' AND priority_key = '*' AND metric = 'network';
  INSERT INTO dashboard_national_fact (${KEY}, owner, n, a, contributors)
  SELECT 'network', '*', '*', '', '', '', '', count(*) FILTER (WHERE kind = 'institute'),
         count(*) FILTER (WHERE kind = 'partner'), 1
    FROM tenant WHERE status = 'active';
END
$fn$`;

const refreshFunction = (delta: boolean) => `
CREATE OR REPLACE FUNCTION dashboard_refresh(p_now timestamptz, p_full boolean)
RETURNS TABLE (tenants integer, full_refresh boolean, refreshed_at timestamptz, version bigint, root_id uuid)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
  v_today date := (p_now AT TIME ZONE ${TZ})::date;
  v_full  boolean := p_full;
  v_ids   uuid[];
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
    DELETE FROM dashboard_dirty;
    SELECT array_agg(t.id) INTO v_ids FROM tenant t;
  ELSE
    WITH d AS (DELETE FROM dashboard_dirty RETURNING tenant_id)
    SELECT array_agg(DISTINCT d.tenant_id) INTO v_ids FROM d;
  END IF;
  IF v_ids IS NOT NULL THEN${
    delta
      ? `
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
    END IF;`
      : `
    PERFORM dashboard_refresh_tenants(v_ids, p_now);
    PERFORM dashboard_refresh_national();`
  }
  END IF;
  UPDATE dashboard_refresh_state s
     SET refreshed_at = p_now, day = v_today, tenants = coalesce(cardinality(v_ids), 0),
         full_at = CASE WHEN v_full THEN p_now ELSE s.full_at END,
         version = s.version + CASE WHEN v_ids IS NULL THEN 0 ELSE 1 END
   WHERE s.id = 1;
  RETURN QUERY SELECT coalesce(cardinality(v_ids), 0), v_full, p_now, s.version,
                      (SELECT t.id FROM tenant t WHERE t.kind = 'root')
                 FROM dashboard_refresh_state s WHERE s.id = 1;
END
$fn$`;

const REFRESH_FUNCTION = refreshFunction(true);
const EARLIER_REFRESH_FUNCTION = refreshFunction(false);

/** `DeclaredSeries1765443200000`'s national function, put back by \`down\`. */
const EARLIER_NATIONAL_FUNCTION = `
CREATE OR REPLACE FUNCTION dashboard_refresh_national() RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
  DELETE FROM dashboard_national_fact;
  INSERT INTO dashboard_national_fact (${KEY}, owner, n, a, b, c)
  SELECT ${KEY}, '', sum(n), sum(a), sum(b), sum(c)
    FROM dashboard_fact WHERE metric IN (${ADDITIVE.replace(`'convention_region', `, '')})
   GROUP BY ${KEY};
  INSERT INTO dashboard_national_fact (${KEY}, owner, n, a, b, c)
  SELECT 'resource', '*', '*', '', dim1, dim2, tenant_id::text, n, a, b, c FROM dashboard_fact WHERE metric = 'resource';
  INSERT INTO dashboard_national_fact (${KEY}, owner, n, a, b)
  SELECT 'beneficiary', region_key, priority_key, '', '', '', '', count(DISTINCT beneficiary_id),
         count(DISTINCT beneficiary_id) FILTER (WHERE size = 'startup'),
         count(DISTINCT beneficiary_id) FILTER (WHERE size IN ('micro', 'small', 'medium'))
    FROM dashboard_beneficiary_link GROUP BY region_key, priority_key;
  INSERT INTO dashboard_national_fact (${KEY}, owner, n)
  SELECT 'beneficiaries_first', region_key, priority_key, to_char(m, 'YYYY-MM'), '', '', '', count(*)
    FROM (SELECT region_key, priority_key, beneficiary_id, min(first_month) AS m
            FROM dashboard_beneficiary_link GROUP BY region_key, priority_key, beneficiary_id) x
   GROUP BY region_key, priority_key, m;
  INSERT INTO dashboard_national_fact (${KEY}, owner, n, a)
  SELECT 'network', '*', '*', '', '', '', '', count(*) FILTER (WHERE kind = 'institute'),
         count(*) FILTER (WHERE kind = 'partner')
    FROM tenant WHERE status = 'active';
END
$fn$`;
