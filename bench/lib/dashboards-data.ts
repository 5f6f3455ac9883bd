import type pg from 'pg';

/** Partners of the dashboards' network (the projects generator makes 10). */
const PARTNERS = 200;

/**
 * What the dashboards read beyond the projects of `generateNetwork`: 190 more partners, 20,000 companies
 * supported by one project in ten, conventions with two parties and two obligations each, workshops with
 * 20 registrations each, resources and allocations (`bench:dashboards`, `bench:web-dashboard`).
 */
export async function generateDashboardData(
  admin: pg.Client,
  options: { conventions: number; registrations: number; log: (line: string) => void },
): Promise<void> {
  const { log } = options;
  const CONVENTIONS = options.conventions;
  const REGISTRATIONS = options.registrations;
  const step = async (what: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    const result = await admin.query(sql, params);
    log(`${what}: ${result.rowCount ?? 0} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  await step(
    'more partners',
    `INSERT INTO tenant (id, kind, slug, legal_name, name_fr, name_ar, name_en, region_code)
     SELECT gen_random_uuid(), 'partner', 'bench-partner-' || i, 'Partner ' || i, 'Partenaire ' || i, 'شريك ' || i,
            'Partner ' || i, 'MA-' || lpad((i % 12 + 1)::text, 2, '0')
       FROM generate_series(1, $1) AS i`,
    [PARTNERS - 10],
  );
  await admin.query(`
    CREATE TEMP TABLE bench_owner AS
      SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM tenant WHERE kind IN ('root', 'institute')`);
  await admin.query(`
    CREATE TEMP TABLE bench_party AS
      SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM tenant WHERE kind = 'partner'`);
  await admin.query(`
    CREATE TEMP TABLE bench_user AS
      SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM app_user`);
  const users = Number((await admin.query(`SELECT count(*) AS n FROM bench_user`)).rows[0].n);
  const owners = Number((await admin.query(`SELECT count(*) AS n FROM bench_owner`)).rows[0].n);
  await step(
    'beneficiaries',
    `INSERT INTO beneficiary (id, ice, name, size, sector, region_code)
     SELECT gen_random_uuid(), lpad(i::text, 15, '0'), 'Entreprise ' || i,
            (ARRAY['startup', 'micro', 'small', 'medium'])[1 + i % 4],
            (ARRAY(SELECT code FROM thematic_domain ORDER BY code))[1 + i % 12], 'MA-' || lpad((i % 12 + 1)::text, 2, '0')
       FROM generate_series(1, 20000) AS i`,
  );
  await step(
    'supports (one project in ten)',
    `WITH b AS (SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM beneficiary)
     INSERT INTO project_beneficiary (tenant_id, project_id, beneficiary_id, support_kind, started_on)
     SELECT p.tenant_id, p.id, b.id, 'incubation', coalesce(p.start_date, date '2024-06-01')
       FROM project p JOIN b ON b.n = abs(hashtext(p.id::text || 'b')) % 20000
      WHERE abs(hashtext(p.id::text || 's')) % 10 = 0`,
  );
  await step(
    'conventions',
    `INSERT INTO convention (tenant_id, id, reference, ref_year, ref_seq, title, type, status, effective_date, expiry_date,
                             value_mad, created_by, activated_at)
     SELECT o.id, gen_random_uuid(), 'BENCH-' || g, 2026, g, 'Convention ' || g, 'partnership', s.status,
            date '2024-01-01' + g % 700, date '2024-01-01' + g % 700 + 365 + g % 500, 100000 + g % 1000 * 1000,
            (SELECT id FROM bench_user WHERE n = g % $3),
            CASE WHEN s.status IN ('active', 'expired', 'terminated') THEN timestamptz '2024-01-01' + (g % 700) * interval '1 day' END
       FROM generate_series(1, $1) AS g
       JOIN bench_owner o ON o.n = g % $2
      CROSS JOIN LATERAL (SELECT (ARRAY['active', 'active', 'active', 'active', 'active', 'out_for_signature',
                                        'draft', 'expired', 'expired', 'terminated'])[1 + g % 10] AS status) s`,
    [CONVENTIONS, owners, users],
  );
  await step(
    'convention parties',
    `INSERT INTO convention_party (tenant_id, convention_id, party_tenant_id, role_label, position)
     SELECT c.tenant_id, c.id, c.tenant_id, 'Porteur', 0 FROM convention c
     UNION ALL
     SELECT c.tenant_id, c.id, p.id, 'Partenaire', 1
       FROM convention c JOIN bench_party p ON p.n = c.ref_seq % $1`,
    [PARTNERS],
  );
  await step(
    'obligations (two per convention)',
    `INSERT INTO obligation (tenant_id, id, convention_id, description, responsible_tenant_id, due_date, status)
     SELECT c.tenant_id, gen_random_uuid(), c.id, 'Obligation ' || k,
            CASE WHEN k = 1 THEN p.party_tenant_id ELSE c.tenant_id END,
            date '2024-03-01' + (c.ref_seq * 7 + k * 90) % 900,
            (ARRAY['open', 'met', 'met', 'waived'])[1 + (c.ref_seq + k) % 4]
       FROM convention c
       JOIN convention_party p ON p.tenant_id = c.tenant_id AND p.convention_id = c.id AND p.position = 1
      CROSS JOIN generate_series(1, 2) AS k`,
  );
  const workshops = Math.ceil(REGISTRATIONS / 20);
  await step(
    'workshops',
    `INSERT INTO workshop (tenant_id, id, kind, title, starts_at, ends_at, venue, capacity, status, check_in_code)
     SELECT o.id, gen_random_uuid(),
            (ARRAY['workshop', 'seminar', 'co_design', 'training', 'steering_committee'])[1 + g % 5],
            'Atelier ' || g, timestamptz '2024-01-01 09:00Z' + (g * 7 % 1100) * interval '1 day',
            timestamptz '2024-01-01 12:00Z' + (g * 7 % 1100) * interval '1 day', 'Salle ' || g, 40,
            CASE WHEN timestamptz '2024-01-01 09:00Z' + (g * 7 % 1100) * interval '1 day' < now()
                 THEN (ARRAY['held', 'held', 'held', 'cancelled'])[1 + g % 4] ELSE 'published' END,
            'C' || g
       FROM generate_series(1, $1) AS g JOIN bench_owner o ON o.n = g % $2`,
    [workshops, owners],
  );
  await step(
    'registrations (20 per workshop)',
    `WITH w AS (SELECT row_number() OVER (ORDER BY id) AS g, tenant_id, id, status FROM workshop)
     INSERT INTO workshop_registration (tenant_id, id, workshop_id, user_id, registrant_tenant_id, status, queued_at,
                                        checked_in_at)
     SELECT w.tenant_id, gen_random_uuid(), w.id, u.id, w.tenant_id, 'registered', now(),
            CASE WHEN w.status = 'held' AND k % 5 <> 0 THEN now() END
       FROM w CROSS JOIN generate_series(1, 20) AS k
       JOIN bench_user u ON u.n = (w.g * 37 + k) % $1`,
    [users],
  );
  await step(
    'resources (two for one institute in ten)',
    `INSERT INTO resource (tenant_id, id, kind, name, unit, capacity, period, region_code)
     SELECT o.id, gen_random_uuid(), (ARRAY['compute', 'dataset'])[k], 'Ressource ' || o.n || '-' || k,
            (ARRAY['gpu_hour', 'TB'])[k], 1000 * k, 'month', 'MA-' || lpad((o.n % 12 + 1)::text, 2, '0')
       FROM bench_owner o CROSS JOIN generate_series(1, 2) AS k
      WHERE o.n % 10 = 0`,
  );
  await step(
    'allocations',
    `INSERT INTO resource_allocation (tenant_id, id, resource_id, requester_tenant_id, project_id, quantity_requested,
                                      quantity_approved, quantity_used, starts_on, ends_on, period_start, justification,
                                      terms_version, status)
     SELECT r.tenant_id, gen_random_uuid(), r.id, p.tenant_id, p.id, 100, 80, 30, date '2026-01-01', date '2026-12-31',
            date '2026-01-01', 'Bench', 1, (ARRAY['active', 'pending', 'approved'])[1 + abs(hashtext(r.id::text)) % 3]
       FROM resource r
       JOIN LATERAL (SELECT tenant_id, id FROM project WHERE tenant_id <> r.tenant_id LIMIT 1) p ON true`,
  );
  await step('analyze', `ANALYZE`);
}
