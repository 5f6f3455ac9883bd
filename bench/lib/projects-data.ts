import type pg from 'pg';

export interface GeneratedNetwork {
  readonly institutes: readonly { id: string; managerEmail: string }[];
  readonly partners: readonly string[];
  readonly projects: number;
}

export const BENCH_PASSWORD = 'Bench-Password-2026';

/**
 * Fills a fresh, migrated database with a network the size of a national one after years of use:
 * `institutes` institutes (one manager each), 10 partners, and `projects` projects spread evenly over the
 * institutes, with priorities, regions, domains, a partner on one project in ten, and milestones and
 * deliverables (some late) on one project in five. Runs as a superuser (no RLS), set-based, in a few
 * statements; ids are UUID v7 in creation order like the application's.
 */
export async function generateNetwork(
  admin: pg.Client,
  options: { institutes: number; projects: number; passwordHash: string; log: (line: string) => void },
): Promise<GeneratedNetwork> {
  const step = async (what: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    const result = await admin.query(sql, params);
    options.log(
      `${what}: ${result.rowCount ?? 0} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  };
  // UUID v7 from a millisecond timestamp: 48 bits of time, version 7, random rest (variant from gen_random_uuid).
  await admin.query(`
    CREATE FUNCTION pg_temp.uuid7(ms bigint) RETURNS uuid LANGUAGE sql VOLATILE AS $$
      SELECT encode(set_byte(overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send(ms) FROM 3) FROM 1 FOR 6),
                             6, 112 + floor(random() * 16)::int), 'hex')::uuid
    $$`);
  const base = Date.now() - 3 * 365 * 86_400_000;

  await step(
    'root and tenants',
    `INSERT INTO tenant (id, kind, slug, legal_name, name_fr, name_ar, name_en, region_code, city, host_organisation)
     SELECT pg_temp.uuid7($1::bigint + i), CASE WHEN i = 0 THEN 'root' WHEN i <= $2 THEN 'institute' ELSE 'partner' END,
            CASE WHEN i = 0 THEN 'jazari-root' WHEN i <= $2 THEN 'institut-' || i ELSE 'partenaire-' || i END,
            'Tenant ' || i, 'Institut Jazari n° ' || i, 'معهد الجزري ' || i, 'Jazari Institute ' || i,
            'MA-' || lpad((i % 12 + 1)::text, 2, '0'), 'Ville ' || i, 'Université ' || i
       FROM generate_series(0, $2 + 10) AS i`,
    [base, options.institutes],
  );
  await step(
    'managers',
    `INSERT INTO app_user (id, email, display_name, password_hash)
     SELECT pg_temp.uuid7($1::bigint + i), 'manager' || i || '@bench.test', 'Manager ' || i, $2
       FROM generate_series(1, $3) AS i`,
    [base, options.passwordHash, options.institutes],
  );
  await step(
    'memberships',
    `INSERT INTO membership (tenant_id, user_id, role)
     SELECT t.id, u.id, 'institute_manager'
       FROM tenant t JOIN app_user u ON u.email = 'manager' || substring(t.slug FROM 10) || '@bench.test'
      WHERE t.kind = 'institute'`,
  );
  await admin.query(`
    CREATE TEMP TABLE bench_institute AS
      SELECT row_number() OVER (ORDER BY t.id) - 1 AS n, t.id, m.user_id AS manager, t.region_code
        FROM tenant t JOIN membership m ON m.tenant_id = t.id WHERE t.kind = 'institute'`);
  await admin.query(`
    CREATE TEMP TABLE bench_partner AS
      SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM tenant WHERE kind = 'partner'`);

  // Titles mix French (with accents) and Arabic, so the search index holds both.
  await step(
    'projects',
    `WITH words AS (
       SELECT ARRAY['Prédiction des récoltes', 'Détection précoce', 'Énergie solaire', 'Traduction automatique',
                    'Santé numérique', 'Irrigation intelligente', 'Éducation adaptative', 'Vision par ordinateur',
                    'Modèles de langue', 'Cybersécurité', 'Logistique portuaire', 'Qualité de l''eau',
                    'الذكاء الاصطناعي', 'معالجة اللغة العربية', 'الفلاحة الذكية', 'الطاقة المتجددة'] AS title,
              ARRAY['research', 'applied_rnd', 'prototype', 'startup_support', 'sme_adoption', 'training',
                    'public_service'] AS type,
              ARRAY['active', 'active', 'active', 'proposed', 'on_hold', 'completed', 'cancelled'] AS status
     )
     INSERT INTO project (tenant_id, id, type, title, summary, start_date, end_date, budget_mad, spent_mad,
                          lead_user_id, status, created_by, created_at, updated_at)
     SELECT i.id, pg_temp.uuid7($1::bigint + g * 90),
            w.type[1 + g % 7],
            w.title[1 + g % 16] || ' — ' || w.title[1 + (g / 16) % 16] || ' #' || g,
            'Projet ' || g || ' : ' || w.title[1 + (g / 7) % 16] || ' pour la région, avec des partenaires.',
            date '2024-01-01' + (g % 700), date '2024-01-01' + (g % 700) + 365 + g % 300,
            (100000 + (g % 97) * 25000)::numeric(16,2), ((g % 89) * 9000)::numeric(16,2),
            i.manager, w.status[1 + (g / 3) % 7], i.manager,
            to_timestamp(($1::bigint + g * 90) / 1000.0), to_timestamp(($1::bigint + g * 90) / 1000.0)
       FROM generate_series(1, $2) AS g
       JOIN bench_institute i ON i.n = g % $3
      CROSS JOIN words w`,
    [base, options.projects, options.institutes],
  );
  await step(
    'priorities',
    `INSERT INTO project_priority (tenant_id, project_id, priority_code)
     SELECT p.tenant_id, p.id, c.code
       FROM (SELECT tenant_id, id, row_number() OVER (ORDER BY id) AS g FROM project) p
       JOIN LATERAL (
         SELECT (ARRAY(SELECT code FROM national_priority ORDER BY code))[1 + p.g % 14] AS code
         UNION
         SELECT (ARRAY(SELECT code FROM national_priority WHERE parent_code IS NULL ORDER BY code))[1 + p.g % 8]
          WHERE p.g % 2 = 0
       ) c ON true`,
  );
  await step(
    'regions',
    `INSERT INTO project_region (tenant_id, project_id, region_code)
     SELECT p.tenant_id, p.id, i.region_code FROM project p JOIN bench_institute i ON i.id = p.tenant_id`,
  );
  await step(
    'domains',
    `INSERT INTO project_domain (tenant_id, project_id, domain_code)
     SELECT p.tenant_id, p.id, (ARRAY(SELECT code FROM thematic_domain ORDER BY code))[1 + abs(hashtext(p.id::text)) % 12]
       FROM project p`,
  );
  await step(
    'partners (one project in ten)',
    `INSERT INTO project_partner (tenant_id, project_id, partner_tenant_id)
     SELECT p.tenant_id, p.id, b.id
       FROM project p JOIN bench_partner b ON b.n = abs(hashtext(p.id::text)) % 10
      WHERE abs(hashtext(p.id::text || 'p')) % 10 = 0`,
  );
  await step(
    'milestones (one project in five, some late)',
    `INSERT INTO milestone (tenant_id, id, project_id, title, due_date, done_date)
     SELECT p.tenant_id, gen_random_uuid(), p.id, 'Jalon ' || k, p.start_date + 90 * k,
            CASE WHEN k = 1 THEN p.start_date + 80 ELSE NULL END
       FROM project p CROSS JOIN generate_series(1, 2) AS k
      WHERE abs(hashtext(p.id::text || 'm')) % 5 = 0`,
  );
  await step(
    'deliverables (one project in five)',
    `INSERT INTO deliverable (tenant_id, id, project_id, kind, title, due_date, status)
     SELECT p.tenant_id, gen_random_uuid(), p.id, 'technical_report', 'Rapport', p.start_date + 180,
            (ARRAY['planned', 'submitted', 'accepted', 'rejected'])[1 + abs(hashtext(p.id::text)) % 4]
       FROM project p
      WHERE abs(hashtext(p.id::text || 'd')) % 5 = 0`,
  );
  await step('analyze', `ANALYZE`);

  const institutes = await admin.query<{ id: string; email: string }>(
    `SELECT i.id, u.email FROM bench_institute i JOIN app_user u ON u.id = i.manager ORDER BY i.n`,
  );
  const partners = await admin.query<{ id: string }>(`SELECT id FROM bench_partner ORDER BY n`);
  return {
    institutes: institutes.rows.map((r) => ({ id: r.id, managerEmail: r.email })),
    partners: partners.rows.map((r) => r.id),
    projects: options.projects,
  };
}
