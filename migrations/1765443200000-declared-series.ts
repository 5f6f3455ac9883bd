import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  NATIONAL_FUNCTION as EARLIER_NATIONAL_FUNCTION,
  TENANTS_FUNCTION as EARLIER_TENANTS_FUNCTION,
} from './1764921600000-dashboards.js';

const TZ = `'Africa/Casablanca'`;

/**
 * The dashboards' monthly series mixed the figures carried over from before a tenant's records in
 * Jazari (`dashboard_history`, as the tenant declared them) with what Jazari recorded, without a marker:
 * the demo's series summed to 26 beneficiaries against 5 recorded (issue 16 point 13). The roll-ups now
 * keep the carried-over figures as metrics of their own (`declared_*`, summed nationally like the
 * others), never added to the recorded ones nor to the period's workshop figures; the API shows them as
 * each month's `declared`. The institute dashboard's KPI list also carries each KPI's direction (point
 * 10), so its percentage follows it.
 *
 * The two functions are the ones of `Dashboards1764921600000` with those changes; the next refresh
 * after this migration is a full one (the stored roll-ups were made the old way).
 */
export class DeclaredSeries1765443200000 implements MigrationInterface {
  name = 'DeclaredSeries1765443200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(TENANTS_FUNCTION);
    await db.query(NATIONAL_FUNCTION);
    await db.query(`UPDATE dashboard_refresh_state SET day = NULL WHERE id = 1`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [fn, definition] of [
      ['dashboard_refresh_tenants(uuid[], timestamptz)', EARLIER_TENANTS_FUNCTION],
      ['dashboard_refresh_national()', EARLIER_NATIONAL_FUNCTION],
    ] as const) {
      await db.query(`DROP FUNCTION ${fn}`);
      await db.query(definition);
      await db.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
    }
    await db.query(`UPDATE dashboard_refresh_state SET day = NULL WHERE id = 1`);
  }
}

/** The statuses in which a project counts as running for the monthly "active" series. */
const RUNNING = `('active', 'on_hold', 'completed')`;

export const TENANTS_FUNCTION = `
CREATE OR REPLACE FUNCTION dashboard_refresh_tenants(p_ids uuid[], p_now timestamptz) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
DECLARE
  v_today  date := (p_now AT TIME ZONE ${TZ})::date;
  v_month  date := date_trunc('month', (p_now AT TIME ZONE ${TZ})::date)::date;
  v_oldest date := (date_trunc('month', (p_now AT TIME ZONE ${TZ})::date) - interval '47 months')::date;
BEGIN
  DELETE FROM dashboard_fact WHERE tenant_id = ANY (p_ids);
  DELETE FROM dashboard_beneficiary_link WHERE tenant_id = ANY (p_ids);
  DELETE FROM dashboard_tenant_view WHERE tenant_id = ANY (p_ids);

  -- Every project once per slice: region '*' and each of its regions, × priority '*', each of its
  -- priorities and their pillars (a pillar matches its sub-priorities; a project counts once per key).
  DROP TABLE IF EXISTS dash_slice;
  CREATE TEMP TABLE dash_slice ON COMMIT DROP AS
  WITH p AS (
    SELECT tenant_id, id, status, type, budget_mad, spent_mad, start_date, end_date
      FROM project WHERE tenant_id = ANY (p_ids)),
  r AS (
    SELECT tenant_id, id AS project_id, '*'::text AS region_key FROM p
    UNION ALL
    SELECT tenant_id, project_id, region_code FROM project_region WHERE tenant_id = ANY (p_ids)),
  q AS (
    SELECT tenant_id, id AS project_id, '*'::text AS priority_key FROM p
    UNION
    SELECT pp.tenant_id, pp.project_id, k.code
      FROM project_priority pp
      JOIN national_priority np ON np.code = pp.priority_code
      CROSS JOIN LATERAL (VALUES (np.code), (np.parent_code)) AS k (code)
     WHERE pp.tenant_id = ANY (p_ids) AND k.code IS NOT NULL)
  SELECT p.*, r.region_key, q.priority_key
    FROM p
    JOIN r ON r.tenant_id = p.tenant_id AND r.project_id = p.id
    JOIN q ON q.tenant_id = p.tenant_id AND q.project_id = p.id;

  INSERT INTO dashboard_fact (tenant_id, metric, region_key, priority_key, period, dim1, dim2, n, a, b)
  SELECT tenant_id, 'project', region_key, priority_key, '', '', '', count(*), sum(budget_mad), sum(spent_mad)
    FROM dash_slice GROUP BY tenant_id, region_key, priority_key
  UNION ALL
  SELECT tenant_id, 'project_status', region_key, priority_key, '', status, '', count(*), sum(budget_mad), sum(spent_mad)
    FROM dash_slice GROUP BY tenant_id, region_key, priority_key, status
  UNION ALL
  SELECT tenant_id, 'project_type', region_key, priority_key, '', type, '', count(*), sum(budget_mad), sum(spent_mad)
    FROM dash_slice GROUP BY tenant_id, region_key, priority_key, type
  UNION ALL
  SELECT tenant_id, 'projects_started', region_key, priority_key, to_char(start_date, 'YYYY-MM'), '', '',
         count(*), sum(budget_mad), 0
    FROM dash_slice WHERE start_date IS NOT NULL
   GROUP BY tenant_id, region_key, priority_key, to_char(start_date, 'YYYY-MM');

  -- Running projects per month over the last 48 months: +1 from the month it starts, -1 after the
  -- month it ends, summed along the months (so the cost follows projects, not projects × months).
  INSERT INTO dashboard_fact (tenant_id, metric, region_key, priority_key, period, dim1, dim2, n)
  WITH running AS (
    SELECT * FROM dash_slice
     WHERE status IN ${RUNNING} AND start_date IS NOT NULL AND start_date <= v_today
       AND (end_date IS NULL OR end_date >= v_oldest)),
  e AS (
    SELECT tenant_id, region_key, priority_key, greatest(date_trunc('month', start_date)::date, v_oldest) AS m, 1 AS d
      FROM running
    UNION ALL
    SELECT tenant_id, region_key, priority_key, (date_trunc('month', end_date) + interval '1 month')::date, -1
      FROM running WHERE end_date < v_month),
  g AS (SELECT tenant_id, region_key, priority_key, m, sum(d) AS d FROM e GROUP BY 1, 2, 3, 4),
  s AS (SELECT DISTINCT tenant_id, region_key, priority_key FROM g),
  grid AS (
    SELECT s.tenant_id, s.region_key, s.priority_key, gs::date AS m
      FROM s CROSS JOIN generate_series(v_oldest, v_month, interval '1 month') AS gs),
  c AS (
    SELECT grid.tenant_id, grid.region_key, grid.priority_key, grid.m,
           sum(coalesce(g.d, 0)) OVER (PARTITION BY grid.tenant_id, grid.region_key, grid.priority_key ORDER BY grid.m) AS n
      FROM grid LEFT JOIN g USING (tenant_id, region_key, priority_key, m))
  SELECT tenant_id, 'projects_active', region_key, priority_key, to_char(m, 'YYYY-MM'), '', '', n
    FROM c WHERE n > 0;

  -- Beneficiaries: one row per (tenant, company, slice); distinct counts are taken from these.
  INSERT INTO dashboard_beneficiary_link (tenant_id, beneficiary_id, region_key, priority_key, size, first_month)
  SELECT s.tenant_id, pb.beneficiary_id, s.region_key, s.priority_key, min(b.size),
         min(date_trunc('month', pb.started_on))::date
    FROM dash_slice s
    JOIN project_beneficiary pb ON pb.tenant_id = s.tenant_id AND pb.project_id = s.id
    JOIN beneficiary b ON b.id = pb.beneficiary_id
   GROUP BY s.tenant_id, pb.beneficiary_id, s.region_key, s.priority_key;

  INSERT INTO dashboard_fact (tenant_id, metric, region_key, priority_key, period, dim1, dim2, n, a, b)
  SELECT tenant_id, 'beneficiary', region_key, priority_key, '', '', '', count(*),
         count(*) FILTER (WHERE size = 'startup'), count(*) FILTER (WHERE size IN ('micro', 'small', 'medium'))
    FROM dashboard_beneficiary_link WHERE tenant_id = ANY (p_ids)
   GROUP BY tenant_id, region_key, priority_key
  UNION ALL
  SELECT tenant_id, 'beneficiaries_first', region_key, priority_key, to_char(first_month, 'YYYY-MM'), '', '', count(*), 0, 0
    FROM dashboard_beneficiary_link WHERE tenant_id = ANY (p_ids)
   GROUP BY tenant_id, region_key, priority_key, first_month;

  -- Conventions, as their owner (national sums) and as a party (an institute's or a partner's own view).
  INSERT INTO dashboard_fact (tenant_id, metric, region_key, priority_key, period, dim1, dim2, n)
  WITH own AS (
    SELECT tenant_id AS holder, status, expiry_date, activated_at FROM convention WHERE tenant_id = ANY (p_ids)),
  party AS (
    SELECT cp.party_tenant_id AS holder, c.status, c.expiry_date, c.activated_at
      FROM convention_party cp JOIN convention c ON c.tenant_id = cp.tenant_id AND c.id = cp.convention_id
     WHERE cp.party_tenant_id = ANY (p_ids)),
  both_sides AS (SELECT '' AS side, * FROM own UNION ALL SELECT 'party_', * FROM party)
  SELECT holder, side || 'convention_status', '*', '*', '', status, '', count(*)
    FROM both_sides GROUP BY holder, side, status
  UNION ALL
  SELECT holder, side || 'convention_expiring', '*', '*', '', '', '', count(*)
    FROM both_sides WHERE status = 'active' AND expiry_date BETWEEN v_today AND v_today + 90
   GROUP BY holder, side
  UNION ALL
  SELECT holder, side || 'conventions_signed', '*', '*', to_char(activated_at AT TIME ZONE ${TZ}, 'YYYY-MM'), '', '', count(*)
    FROM both_sides WHERE activated_at IS NOT NULL
   GROUP BY holder, side, to_char(activated_at AT TIME ZONE ${TZ}, 'YYYY-MM');

  -- Obligations per responsible tenant: n total, a met, b overdue (open, past due), c waived.
  INSERT INTO dashboard_fact (tenant_id, metric, region_key, priority_key, period, dim1, dim2, n, a, b, c)
  WITH own AS (
    SELECT tenant_id AS holder, responsible_tenant_id, status, due_date FROM obligation WHERE tenant_id = ANY (p_ids)),
  party AS (
    SELECT cp.party_tenant_id AS holder, o.responsible_tenant_id, o.status, o.due_date
      FROM convention_party cp
      JOIN obligation o ON o.tenant_id = cp.tenant_id AND o.convention_id = cp.convention_id
     WHERE cp.party_tenant_id = ANY (p_ids)),
  both_sides AS (SELECT '' AS side, * FROM own UNION ALL SELECT 'party_', * FROM party)
  SELECT holder, side || 'obligation', '*', '*', '', responsible_tenant_id::text, '', count(*),
         count(*) FILTER (WHERE status = 'met'),
         count(*) FILTER (WHERE status = 'open' AND due_date < v_today),
         count(*) FILTER (WHERE status = 'waived')
    FROM both_sides GROUP BY holder, side, responsible_tenant_id;

  -- Resources: owned (capacity of those not retired; approved/active allocations and their use),
  -- received (allocations to the tenant), and requests waiting for a decision.
  INSERT INTO dashboard_fact (tenant_id, metric, region_key, priority_key, period, dim1, dim2, n, a, b, c)
  WITH al AS (
    SELECT tenant_id, resource_id, sum(quantity_approved) AS allocated, sum(quantity_used) AS used
      FROM resource_allocation
     WHERE tenant_id = ANY (p_ids) AND status IN ('approved', 'active')
     GROUP BY tenant_id, resource_id)
  SELECT r.tenant_id, 'resource', '*', '*', '', r.kind, r.unit, count(*), sum(r.capacity),
         coalesce(sum(al.allocated), 0), coalesce(sum(al.used), 0)
    FROM resource r LEFT JOIN al ON al.tenant_id = r.tenant_id AND al.resource_id = r.id
   WHERE r.tenant_id = ANY (p_ids) AND r.status <> 'retired'
   GROUP BY r.tenant_id, r.kind, r.unit
  UNION ALL
  SELECT a.requester_tenant_id, 'resource_received', '*', '*', '', r.kind, r.unit, count(*),
         sum(a.quantity_approved), sum(a.quantity_approved), sum(a.quantity_used)
    FROM resource_allocation a JOIN resource r ON r.tenant_id = a.tenant_id AND r.id = a.resource_id
   WHERE a.requester_tenant_id = ANY (p_ids) AND a.status IN ('approved', 'active')
   GROUP BY a.requester_tenant_id, r.kind, r.unit
  UNION ALL
  SELECT holder, 'resource_requests', '*', '*', '', '', '', 0, sum(incoming), sum(outgoing), 0
    FROM (SELECT tenant_id AS holder, 1 AS incoming, 0 AS outgoing FROM resource_allocation
           WHERE tenant_id = ANY (p_ids) AND status IN ('pending', 'awaiting_root')
          UNION ALL
          SELECT requester_tenant_id, 0, 1 FROM resource_allocation
           WHERE requester_tenant_id = ANY (p_ids) AND status IN ('pending', 'awaiting_root')) x
   GROUP BY holder;

  -- Workshops held (by month of their start, kind, organiser's region) and their checked-in attendees;
  -- and, per registrant tenant, the held workshops it attended.
  INSERT INTO dashboard_fact (tenant_id, metric, region_key, priority_key, period, dim1, dim2, n, a)
  WITH att AS (
    SELECT tenant_id, workshop_id, count(*) AS n FROM workshop_registration
     WHERE tenant_id = ANY (p_ids) AND checked_in_at IS NOT NULL GROUP BY tenant_id, workshop_id)
  SELECT w.tenant_id, 'workshop', '*', '*', to_char(w.starts_at AT TIME ZONE ${TZ}, 'YYYY-MM'), w.kind,
         coalesce(t.region_code, ''), count(*), coalesce(sum(att.n), 0)
    FROM workshop w
    JOIN tenant t ON t.id = w.tenant_id
    LEFT JOIN att ON att.tenant_id = w.tenant_id AND att.workshop_id = w.id
   WHERE w.tenant_id = ANY (p_ids) AND w.status = 'held'
   GROUP BY w.tenant_id, to_char(w.starts_at AT TIME ZONE ${TZ}, 'YYYY-MM'), w.kind, t.region_code
  UNION ALL
  SELECT r.registrant_tenant_id, 'workshop_attended', '*', '*', '', '', '', count(DISTINCT (r.tenant_id, r.workshop_id)), 0
    FROM workshop_registration r
    JOIN workshop w ON w.tenant_id = r.tenant_id AND w.id = r.workshop_id
   WHERE r.registrant_tenant_id = ANY (p_ids) AND r.checked_in_at IS NOT NULL AND w.status = 'held'
   GROUP BY r.registrant_tenant_id;

  -- Deliverables accepted (by month of acceptance), and how many on or before their due date.
  INSERT INTO dashboard_fact (tenant_id, metric, region_key, priority_key, period, dim1, dim2, n, a)
  SELECT tenant_id, 'deliverable', '*', '*',
         to_char(coalesce(reviewed_at, updated_at) AT TIME ZONE ${TZ}, 'YYYY-MM'), '', '', count(*),
         count(*) FILTER (WHERE (coalesce(reviewed_at, updated_at) AT TIME ZONE ${TZ})::date <= due_date)
    FROM deliverable WHERE tenant_id = ANY (p_ids) AND status = 'accepted'
   GROUP BY tenant_id, to_char(coalesce(reviewed_at, updated_at) AT TIME ZONE ${TZ}, 'YYYY-MM');

  -- Figures carried over from before the tenant's records (its earlier reporting, as declared): metrics
  -- of their own, never added to the recorded ones, so the series can tell them apart (issue 16).
  INSERT INTO dashboard_fact (tenant_id, metric, region_key, priority_key, period, dim1, dim2, n, a)
  SELECT h.tenant_id, x.metric, '*', '*', to_char(h.month, 'YYYY-MM'), '', '', x.n, x.a
    FROM dashboard_history h
   CROSS JOIN LATERAL (VALUES
     ('declared_projects_active', h.projects_active, 0::numeric),
     ('declared_projects_started', h.projects_started, h.budget_committed_mad),
     ('declared_conventions_signed', h.conventions_signed, 0),
     ('declared_party_conventions_signed', h.conventions_signed, 0),
     ('declared_workshops_held', h.workshops_held, 0),
     ('declared_beneficiaries', h.beneficiaries_supported, 0)) AS x (metric, n, a)
   WHERE h.tenant_id = ANY (p_ids) AND (x.n > 0 OR x.a > 0);

  -- The lists of the institute's and the partner's dashboards, at the refresh's moment.
  INSERT INTO dashboard_tenant_view (tenant_id, late_milestones, overdue_deliverables, kpis, upcoming_workshops,
                                     signatures_pending, refreshed_at)
  SELECT t.id,
    coalesce((SELECT jsonb_agg(jsonb_build_object('id', x.id, 'projectId', x.project_id, 'projectTitle', x.ptitle,
                'title', x.title, 'dueDate', x.due_date, 'daysLate', v_today - x.due_date) ORDER BY x.due_date, x.id)
              FROM (SELECT m.id, m.project_id, p.title AS ptitle, m.title, m.due_date
                      FROM milestone m JOIN project p ON p.tenant_id = m.tenant_id AND p.id = m.project_id
                     WHERE m.tenant_id = t.id AND m.done_date IS NULL AND m.due_date < v_today
                       AND p.status IN ('proposed', 'active', 'on_hold')
                     ORDER BY m.due_date, m.id LIMIT 50) x), '[]'),
    coalesce((SELECT jsonb_agg(jsonb_build_object('id', x.id, 'projectId', x.project_id, 'projectTitle', x.ptitle,
                'title', x.title, 'dueDate', x.due_date, 'daysLate', v_today - x.due_date) ORDER BY x.due_date, x.id)
              FROM (SELECT d.id, d.project_id, p.title AS ptitle, d.title, d.due_date
                      FROM deliverable d JOIN project p ON p.tenant_id = d.tenant_id AND p.id = d.project_id
                     WHERE d.tenant_id = t.id AND d.status IN ('planned', 'rejected') AND d.due_date < v_today
                       AND p.status IN ('proposed', 'active', 'on_hold')
                     ORDER BY d.due_date, d.id LIMIT 50) x), '[]'),
    coalesce((SELECT jsonb_agg(jsonb_build_object('projectId', x.project_id, 'projectTitle', x.ptitle, 'kpiId', x.id,
                'name', x.name, 'unit', x.unit, 'target', x.target, 'direction', x.direction, 'latest', x.latest)
                ORDER BY x.ptitle, x.name, x.id)
              FROM (SELECT k.id, k.project_id, p.title AS ptitle, k.name, k.unit, k.target::text AS target, k.direction,
                           (SELECT km.value::text FROM kpi_measurement km
                             WHERE km.tenant_id = k.tenant_id AND km.kpi_id = k.id
                             ORDER BY km.measured_on DESC, km.recorded_at DESC, km.id DESC LIMIT 1) AS latest
                      FROM kpi k JOIN project p ON p.tenant_id = k.tenant_id AND p.id = k.project_id
                     WHERE k.tenant_id = t.id AND p.status IN ('active', 'on_hold')
                     ORDER BY p.title, k.name, k.id LIMIT 100) x), '[]'),
    coalesce((SELECT jsonb_agg(jsonb_build_object('id', x.id, 'title', x.title, 'kind', x.kind, 'startsAt', x.starts_at,
                'registered', x.registered, 'capacity', x.capacity) ORDER BY x.starts_at, x.id)
              FROM (SELECT w.id, w.title, w.kind, w.starts_at, w.capacity,
                           (SELECT count(*) FROM workshop_registration r
                             WHERE r.tenant_id = w.tenant_id AND r.workshop_id = w.id AND r.status = 'registered') AS registered
                      FROM workshop w
                     WHERE w.status = 'published' AND w.starts_at >= p_now
                       AND (w.tenant_id = t.id
                            OR EXISTS (SELECT 1 FROM workshop_tenant wt WHERE wt.tenant_id = w.tenant_id
                                          AND wt.workshop_id = w.id AND wt.participant_tenant_id = t.id)
                            OR EXISTS (SELECT 1 FROM workshop_registration r WHERE r.tenant_id = w.tenant_id
                                          AND r.workshop_id = w.id AND r.registrant_tenant_id = t.id
                                          AND r.status = 'registered'))
                     ORDER BY w.starts_at, w.id LIMIT 20) x), '[]'),
    coalesce((SELECT jsonb_agg(jsonb_build_object('conventionId', x.id, 'reference', x.reference, 'title', x.title,
                'signers', x.signers) ORDER BY x.reference, x.id)
              FROM (SELECT c.id, c.reference, c.title, count(*) AS signers
                      FROM convention c
                      JOIN convention_signer s ON s.tenant_id = c.tenant_id AND s.convention_id = c.id
                     WHERE s.party_tenant_id = t.id AND s.status = 'pending' AND c.status = 'out_for_signature'
                     GROUP BY c.tenant_id, c.id, c.reference, c.title
                     ORDER BY c.reference, c.id LIMIT 50) x), '[]'),
    p_now
  FROM tenant t WHERE t.id = ANY (p_ids);
END
$fn$`;

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

const NATIONAL_FUNCTION = `
CREATE OR REPLACE FUNCTION dashboard_refresh_national() RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
  DELETE FROM dashboard_national_fact;
  INSERT INTO dashboard_national_fact (metric, region_key, priority_key, period, dim1, dim2, owner, n, a, b, c)
  SELECT metric, region_key, priority_key, period, dim1, dim2, '', sum(n), sum(a), sum(b), sum(c)
    FROM dashboard_fact WHERE metric IN (${ADDITIVE})
   GROUP BY metric, region_key, priority_key, period, dim1, dim2;
  INSERT INTO dashboard_national_fact (metric, region_key, priority_key, period, dim1, dim2, owner, n, a, b, c)
  SELECT 'resource', '*', '*', '', dim1, dim2, tenant_id::text, n, a, b, c FROM dashboard_fact WHERE metric = 'resource';
  INSERT INTO dashboard_national_fact (metric, region_key, priority_key, period, dim1, dim2, owner, n, a, b)
  SELECT 'beneficiary', region_key, priority_key, '', '', '', '', count(DISTINCT beneficiary_id),
         count(DISTINCT beneficiary_id) FILTER (WHERE size = 'startup'),
         count(DISTINCT beneficiary_id) FILTER (WHERE size IN ('micro', 'small', 'medium'))
    FROM dashboard_beneficiary_link GROUP BY region_key, priority_key;
  INSERT INTO dashboard_national_fact (metric, region_key, priority_key, period, dim1, dim2, owner, n)
  SELECT 'beneficiaries_first', region_key, priority_key, to_char(m, 'YYYY-MM'), '', '', '', count(*)
    FROM (SELECT region_key, priority_key, beneficiary_id, min(first_month) AS m
            FROM dashboard_beneficiary_link GROUP BY region_key, priority_key, beneficiary_id) x
   GROUP BY region_key, priority_key, m;
  INSERT INTO dashboard_national_fact (metric, region_key, priority_key, period, dim1, dim2, owner, n, a)
  SELECT 'network', '*', '*', '', '', '', '', count(*) FILTER (WHERE kind = 'institute'),
         count(*) FILTER (WHERE kind = 'partner')
    FROM tenant WHERE status = 'active';
END
$fn$`;
