import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { DashboardReader, NationalRenderingService } from '@jazari/dashboards';
import { TransactionRunner, type TenantContext } from '@jazari/database';
import { PasswordHasher } from '@jazari/identity';
import pg from 'pg';
import { startTestServices, type TestServices } from '../scripts/lib/test-services.js';
import { BENCH_PASSWORD, generateNetwork } from './lib/projects-data.js';
import { generateDashboardData } from './lib/dashboards-data.js';
import { benchConfig, removeQueues } from './lib/services.js';
import { goalMissed, size } from './lib/smoke.js';
import {
  DashboardFactsRepository,
  NATIONAL_SQL,
} from '../libs/dashboards/src/views/dashboard-facts.repository.js';
import { UNSLICED } from '../libs/dashboards/src/dashboard.figures.js';

/**
 * `npm run bench:dashboards`: the national dashboard over a national-scale network — 1,000 institutes,
 * 1,000,000 projects, 50,000 conventions, 200,000 workshop registrations by default (BENCH_INSTITUTES,
 * BENCH_PROJECTS, BENCH_CONVENTIONS, BENCH_REGISTRATIONS, BENCH_CALLS to scale).
 *
 * 1. Generates the network set-based (COPY-free INSERT … SELECT generate_series), with the dashboards'
 *    triggers on (so their cost on bulk writes is part of the generation time).
 * 2. Refreshes the roll-ups in full, then incrementally after one tenant's change (a project's status:
 *    moved by the project's delta); both timed, and the steps of an incremental refresh one by one.
 * 3. Times the national dashboard's server time: `DashboardReader.national({})` in-process in a Root
 *    transaction (what a request does after authentication), and the full request through the API
 *    (Fastify inject: JWT, access check, transaction, read, JSON), p50/p99 over BENCH_CALLS calls.
 *    Target: ≤ 5 ms p50, ≤ 20 ms p99, unfiltered and filtered by a region or a priority; and the
 *    incremental refresh after one tenant's change ≤ 100 ms (the national rows moved by delta).
 * 4. Times the same figures aggregated from the base tables in the same run (the owner role, no RLS).
 */
const INSTITUTES = size('BENCH_INSTITUTES', 1_000, 20);
const PROJECTS = size('BENCH_PROJECTS', 1_000_000, 2_000);
const CONVENTIONS = size('BENCH_CONVENTIONS', 50_000, 200);
const REGISTRATIONS = size('BENCH_REGISTRATIONS', 200_000, 500);
const CALLS = size('BENCH_CALLS', 2_000, 50);
const BASE_RUNS = size('BENCH_BASE_RUNS', 5, 1);
/**
 * BENCH_KEEP_DATABASE=1 leaves the generated database in place (its name is printed); BENCH_DATABASE=<name>
 * runs on that database instead (migrated, not generated again, no first full refresh: minutes saved at
 * national scale); BENCH_REFRESH_ONLY=1 stops after the refresh figures.
 */
const REUSED_DATABASE = process.env.BENCH_DATABASE || undefined;
const KEEP_DATABASE = process.env.BENCH_KEEP_DATABASE === '1';
const REFRESH_ONLY = process.env.BENCH_REFRESH_ONLY === '1';
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

function quantiles(samples: number[]): { p50: number; p99: number; mean: number } {
  const sorted = [...samples].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    p50: round(at(0.5)),
    p99: round(at(0.99)),
    mean: round(sorted.reduce((s, v) => s + v, 0) / sorted.length),
  };
}

/** The national dashboard's figures, aggregated from the base tables (what the roll-ups spare a request). */
const BASE_SQL = [
  `SELECT status, type, count(*), sum(budget_mad), sum(spent_mad) FROM project GROUP BY ROLLUP (status, type)`,
  `SELECT r.region_code, count(*) FROM project_region r GROUP BY 1`,
  `SELECT k.code, count(DISTINCT (pp.tenant_id, pp.project_id))
     FROM project_priority pp JOIN national_priority np ON np.code = pp.priority_code
    CROSS JOIN LATERAL (VALUES (np.code), (np.parent_code)) k(code) WHERE k.code IS NOT NULL GROUP BY 1`,
  `SELECT count(DISTINCT pb.beneficiary_id), count(DISTINCT pb.beneficiary_id) FILTER (WHERE b.size = 'startup')
     FROM project_beneficiary pb JOIN beneficiary b ON b.id = pb.beneficiary_id`,
  `SELECT np.code, pr.region_code, count(DISTINCT (p.tenant_id, p.id)), sum(p.budget_mad)
     FROM project p JOIN project_region pr ON pr.tenant_id = p.tenant_id AND pr.project_id = p.id
     JOIN project_priority pp ON pp.tenant_id = p.tenant_id AND pp.project_id = p.id
     JOIN national_priority np ON np.code = coalesce((SELECT parent_code FROM national_priority WHERE code = pp.priority_code), pp.priority_code)
    GROUP BY 1, 2`,
  `SELECT to_char(m, 'YYYY-MM'), count(*) FROM project p
     JOIN generate_series(date_trunc('month', now()) - interval '23 months', date_trunc('month', now()), interval '1 month') m
       ON p.start_date <= (m + interval '1 month - 1 day')::date AND coalesce(p.end_date, 'infinity') >= m::date
    WHERE p.status IN ('active', 'on_hold', 'completed') GROUP BY 1`,
  `SELECT status, count(*), count(*) FILTER (WHERE expiry_date BETWEEN current_date AND current_date + 90) FROM convention GROUP BY 1`,
  `SELECT responsible_tenant_id, count(*), count(*) FILTER (WHERE status = 'met'),
          count(*) FILTER (WHERE status = 'open' AND due_date < current_date) FROM obligation GROUP BY 1`,
  `SELECT r.tenant_id, r.kind, r.unit, sum(r.capacity), sum(a.quantity_approved), sum(a.quantity_used)
     FROM resource r LEFT JOIN resource_allocation a ON a.tenant_id = r.tenant_id AND a.resource_id = r.id
      AND a.status IN ('approved', 'active') GROUP BY 1, 2, 3`,
  `SELECT w.kind, t.region_code, count(DISTINCT (w.tenant_id, w.id)), count(r.id)
     FROM workshop w JOIN tenant t ON t.id = w.tenant_id
     LEFT JOIN workshop_registration r ON r.tenant_id = w.tenant_id AND r.workshop_id = w.id AND r.checked_in_at IS NOT NULL
    WHERE w.status = 'held' AND w.starts_at >= date_trunc('month', now()) - interval '23 months' GROUP BY 1, 2`,
  `SELECT count(*), count(*) FILTER (WHERE reviewed_at::date <= due_date) FROM deliverable WHERE status = 'accepted'`,
];

async function main(): Promise<void> {
  let services: TestServices | undefined;
  let admin: pg.Client | undefined;
  let api: NestFastifyApplication | undefined;
  let config: ReturnType<typeof benchConfig> | undefined;
  try {
    services = await startTestServices(
      {
        databaseUrl: process.env.TEST_DATABASE_URL,
        redisUrl: process.env.TEST_REDIS_URL,
        database: REUSED_DATABASE,
        keepDatabase: KEEP_DATABASE,
      },
      log,
    );
    if (KEEP_DATABASE) log(`keeping the database ${services.env.JAZARI_TEST_TEMPLATE_DATABASE}`);
    const env = services.env;
    admin = new pg.Client({ connectionString: env.JAZARI_TEST_DATABASE_ADMIN_URL });
    await admin.connect();

    const started = performance.now();
    const passwordHash = await new PasswordHasher().hash(BENCH_PASSWORD);
    if (REUSED_DATABASE) {
      log(`reusing the database ${REUSED_DATABASE}: not generated again`);
    } else {
      log(`generating ${INSTITUTES} institutes, ${PROJECTS} projects…`);
      await generateNetwork(admin, { institutes: INSTITUTES, projects: PROJECTS, passwordHash, log });
      await generateDashboardData(admin, { conventions: CONVENTIONS, registrations: REGISTRATIONS, log });
    }
    const generatedSeconds = (performance.now() - started) / 1000;
    log(`generated in ${generatedSeconds.toFixed(0)} s`);
    const counts = (
      await admin.query<Record<string, string>>(
        `SELECT (SELECT count(*) FROM tenant WHERE kind = 'institute') AS institutes,
                (SELECT count(*) FROM project) AS projects, (SELECT count(*) FROM convention) AS conventions,
                (SELECT count(*) FROM workshop_registration) AS registrations`,
      )
    ).rows[0];

    // The refresh, as the worker runs it: the runtime role, a Root-kind scope with no tenant.
    const runtime = new pg.Client({ connectionString: env.JAZARI_TEST_DATABASE_URL });
    await runtime.connect();
    const refresh = async (full: boolean) => {
      const t0 = performance.now();
      await runtime.query(
        `BEGIN; SELECT set_config('app.tenant_id', '', true), set_config('app.tenant_kind', 'root', true)`,
      );
      const { rows } = await runtime.query(`SELECT * FROM dashboard_refresh(now(), $1)`, [full]);
      await runtime.query('COMMIT');
      const ms = performance.now() - t0;
      return { seconds: Math.round(ms / 10) / 100, ms: Math.round(ms), tenants: rows[0].tenants as number };
    };
    const fullRefresh = REUSED_DATABASE ? await refresh(false) : await refresh(true);
    log(`full refresh: ${JSON.stringify(fullRefresh)}`);
    // One tenant's change: a project's status (the refresh moves the roll-ups by that project's delta).
    await admin.query(
      `UPDATE project SET status = 'active' WHERE id = (SELECT id FROM project WHERE status = 'proposed' LIMIT 1)`,
    );
    const incremental = await refresh(false);
    log(`incremental refresh (one tenant changed): ${JSON.stringify(incremental)}`);
    // A project in its tenant's lists (a late milestone and an overdue deliverable) leaves them: the
    // refresh reads those lists again (dashboard_refresh_tenant_lists).
    const listed = `SELECT p.tenant_id, p.id FROM project p
      WHERE p.status = 'proposed'
        AND EXISTS (SELECT 1 FROM milestone m WHERE m.tenant_id = p.tenant_id AND m.project_id = p.id
                       AND m.done_date IS NULL AND m.due_date < current_date)
        AND EXISTS (SELECT 1 FROM deliverable d WHERE d.tenant_id = p.tenant_id AND d.project_id = p.id
                       AND d.status IN ('planned', 'rejected') AND d.due_date < current_date)
      LIMIT 1`;
    await admin.query(`UPDATE project SET status = 'completed' WHERE id = (SELECT id FROM (${listed}) x)`);
    const incrementalListed = await refresh(false);
    log(`incremental refresh (a project in its tenant's lists): ${JSON.stringify(incrementalListed)}`);
    // The refreshes above run right after a full one, which deleted every mark the generation left
    // (millions at national scale) and read them all; a server's autovacuum removes those dead rows
    // shortly after (this cluster's CI configuration turns it off). The same change once they are gone:
    await admin.query(`VACUUM dashboard_dirty, dashboard_dirty_project`);
    await admin.query(
      `UPDATE project SET status = 'active' WHERE id = (SELECT id FROM project WHERE status = 'proposed' LIMIT 1)`,
    );
    const incrementalVacuumed = await refresh(false);
    log(`incremental refresh (marks vacuumed): ${JSON.stringify(incrementalVacuumed)}`);
    // Where an incremental refresh's time goes, timed step by step (rolled back): a project's change by
    // delta (what the refreshes above did) and its tenant's three project lists read again, and for
    // comparison a tenant recomputed whole (any other change).
    await admin.query('BEGIN');
    const project =
      (await admin.query<{ tenant_id: string; id: string }>(listed)).rows[0] ??
      (await admin.query<{ tenant_id: string; id: string }>(`SELECT tenant_id, id FROM project LIMIT 1`))
        .rows[0];
    const tenant = { id: project?.tenant_id };
    await admin.query(`UPDATE project SET status = 'completed' WHERE tenant_id = $1 AND id = $2`, [
      project?.tenant_id,
      project?.id,
    ]);
    const steps: Record<string, number> = {};
    for (const [name, sql, params] of [
      [
        'project delta',
        `CREATE TEMP TABLE dash_changed_project ON COMMIT DROP AS SELECT $1::uuid AS tenant_id, $2::uuid AS project_id`,
        [project?.tenant_id, project?.id],
      ],
      ['project delta', `SELECT dashboard_project_delta(now())`, []],
      [
        'project delta: its tenant lists (three, again)',
        `SELECT dashboard_refresh_tenant_lists($1::uuid[], $1::uuid[], $1::uuid[], now())`,
        [[tenant.id]],
      ],
      ['whole tenant: delta before', `SELECT dashboard_national_delta_before($1::uuid[])`, [[tenant.id]]],
      ['whole tenant: tenant rows', `SELECT dashboard_refresh_tenants($1::uuid[], now())`, [[tenant.id]]],
      ['whole tenant: tenant regions', `SELECT dashboard_refresh_tenant_regions($1::uuid[])`, [[tenant.id]]],
      ['whole tenant: delta after', `SELECT dashboard_national_delta_after($1::uuid[])`, [[tenant.id]]],
      ['whole tenant: project state', `SELECT dashboard_refresh_project_state($1::uuid[])`, [[tenant.id]]],
    ] as const) {
      const t0 = performance.now();
      await admin.query(sql, [...params]);
      steps[name] = (steps[name] ?? 0) + Math.round(performance.now() - t0);
    }
    await admin.query('ROLLBACK');
    log(`incremental refresh steps (ms): ${JSON.stringify(steps)}`);
    const idle = await refresh(false);
    log(`refresh with nothing to do: ${JSON.stringify(idle)}`);
    await runtime.end();
    if (REFRESH_ONLY) {
      const incrementalMs = Math.max(incremental.ms, incrementalListed.ms);
      console.log(
        `incremental refresh after one tenant's change ${incrementalMs} ms (goal 100; ${incremental.ms} ms for ` +
          `the first proposed project, ${incrementalListed.ms} ms for one in its tenant's lists, ` +
          `${incrementalVacuumed.ms} ms once the marks were vacuumed); steps ${JSON.stringify(steps)}`,
      );
      return;
    }
    const rollupRows = (
      await admin.query<{ tenant: string; national: string }>(
        `SELECT (SELECT count(*) FROM dashboard_fact) AS tenant, (SELECT count(*) FROM dashboard_national_fact) AS national`,
      )
    ).rows[0];

    // The read, in-process and through the API.
    config = benchConfig(env);
    api = await createApi(config);
    const root = (await admin.query<{ id: string }>(`SELECT id FROM tenant WHERE kind = 'root'`)).rows[0];
    // (A reused database has the analyst of the run that generated it.)
    const analyst =
      (await admin.query<{ id: string }>(`SELECT id FROM app_user WHERE email = 'analyst@bench.test'`))
        .rows[0] ??
      (
        await admin.query<{ id: string }>(
          `INSERT INTO app_user (id, email, display_name, password_hash)
           VALUES (gen_random_uuid(), 'analyst@bench.test', 'Analyst', $1) RETURNING id`,
          [passwordHash],
        )
      ).rows[0];
    await admin.query(
      `INSERT INTO membership (tenant_id, user_id, role) VALUES ($1, $2, 'ministry_analyst') ON CONFLICT DO NOTHING`,
      [root.id, analyst.id],
    );
    const reader = api.get(DashboardReader);
    const transactions = api.get(TransactionRunner);
    const context: TenantContext = { tenantId: root.id, tenantKind: 'root', userId: analyst.id };
    // What the worker's refresh does after the SQL refresh: render the unfiltered dashboard once.
    const version = Number(
      (await admin.query(`SELECT version FROM dashboard_refresh_state WHERE id = 1`)).rows[0].version,
    );
    const rendering = new NationalRenderingService(reader, new DashboardFactsRepository());
    await transactions.run(context, (tx) => rendering.render(tx, version));
    const sample = await transactions.run(context, (tx) => reader.national(tx, {}));
    log(
      `national: ${sample.projects.total} projects, ${sample.conventions.active} active conventions, ` +
        `${sample.workshops.participants} participants, ${JSON.stringify(sample).length} bytes ` +
        JSON.stringify(
          Object.fromEntries(Object.entries(sample).map(([k, v]) => [k, JSON.stringify(v).length])),
        ),
    );
    if (process.env.BENCH_EXPLAIN) {
      const month = new Date().toISOString().slice(0, 7);
      const plan = await admin.query(`EXPLAIN (ANALYZE, BUFFERS) ${NATIONAL_SQL}`, [
        '*',
        '*',
        '2000-01',
        month,
        UNSLICED,
      ]);
      process.stdout.write(plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n') + '\n');
      const t0 = performance.now();
      const { rows } = await admin.query(NATIONAL_SQL, ['*', '*', '2000-01', month, UNSLICED]);
      log(`raw statement ${(performance.now() - t0).toFixed(2)} ms, ${rows.length} rows`);
    }
    if (process.env.BENCH_EXPLAIN) {
      const month = new Date().toISOString().slice(0, 7);
      for (const [name, work] of [
        ['empty transaction', () => transactions.run(context, (tx) => tx.query('SELECT 1'))],
        [
          'rows statement',
          () =>
            transactions.run(context, (tx) => tx.query(NATIONAL_SQL, ['*', '*', '2024-12', month, UNSLICED])),
        ],
        ['national()', () => transactions.run(context, (tx) => reader.national(tx, {}))],
      ] as const) {
        const samples: number[] = [];
        for (let i = 0; i < 300; i++) {
          const t0 = performance.now();
          await work();
          samples.push(performance.now() - t0);
        }
        log(`${name}: ${JSON.stringify(quantiles(samples.slice(100)))}`);
      }
    }
    const inProcess: number[] = [];
    for (let i = 0; i < CALLS + 200; i++) {
      const t0 = performance.now();
      await transactions.run(context, (tx) => reader.national(tx, {}));
      if (i >= 200) inProcess.push(performance.now() - t0);
    }
    // A filtered dashboard: the stored rendering and the filtered slice's rows.
    const filtered: number[] = [];
    for (let i = 0; i < CALLS + 200; i++) {
      const t0 = performance.now();
      await transactions.run(context, (tx) => reader.national(tx, { region: 'MA-06' }));
      if (i >= 200) filtered.push(performance.now() - t0);
    }
    const filteredPriority: number[] = [];
    for (let i = 0; i < CALLS + 200; i++) {
      const t0 = performance.now();
      await transactions.run(context, (tx) => reader.national(tx, { priority: 'research_innovation' }));
      if (i >= 200) filteredPriority.push(performance.now() - t0);
    }
    const fastify = api.getHttpAdapter().getInstance();
    const login = await fastify.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'analyst@bench.test', password: BENCH_PASSWORD },
    });
    const token = login.json<{ accessToken: string }>().accessToken;
    const throughApi: number[] = [];
    for (let i = 0; i < CALLS + 200; i++) {
      const t0 = performance.now();
      const response = await fastify.inject({
        method: 'GET',
        url: '/api/v1/dashboards/national',
        headers: { authorization: `Bearer ${token}` },
      });
      if (response.statusCode !== 200)
        throw new Error(`national dashboard: ${response.statusCode} ${response.body}`);
      if (i >= 200) throughApi.push(performance.now() - t0);
    }

    // The same figures from the base tables (as the owner: no RLS in the way, the best case for them).
    const base: number[] = [];
    for (let i = 0; i < BASE_RUNS; i++) {
      const t0 = performance.now();
      for (const sql of BASE_SQL) await admin.query(sql);
      base.push(performance.now() - t0);
    }
    const read = quantiles(inProcess);
    const request = quantiles(throughApi);
    const aggregated = quantiles(base);
    const filteredRead = quantiles(filtered);
    const filteredPriorityRead = quantiles(filteredPriority);
    // Judged on the slower of the two changes right after the full refresh (marks not vacuumed).
    const incrementalMs = Math.max(incremental.ms, incrementalListed.ms);
    const result = {
      bench: 'dashboards',
      network: counts,
      generatedSeconds: Math.round(generatedSeconds),
      rollupRows,
      refresh: {
        full: fullRefresh,
        incremental,
        incrementalListed,
        incrementalVacuumed,
        idle,
        incrementalStepsMs: steps,
      },
      nationalReadMs: read,
      nationalRequestMs: request,
      nationalFilteredReadMs: filteredRead,
      nationalPriorityFilteredReadMs: filteredPriorityRead,
      baseTablesMs: aggregated,
      speedup: Math.round(aggregated.p50 / read.p50),
      target: {
        p50: 5,
        p99: 20,
        incrementalRefreshMs: 100,
        met:
          [read, filteredRead, filteredPriorityRead].every((q) => q.p50 <= 5 && q.p99 <= 20) &&
          incrementalMs <= 100,
      },
    };
    // The figures first (issue 22): the filtered read, then the refresh after one tenant's change.
    console.log(
      `filtered national dashboard (region=MA-06) p50 ${filteredRead.p50} ms, p99 ${filteredRead.p99} ms ` +
        `(goal 5 / 20); priority-filtered p50 ${filteredPriorityRead.p50} ms, p99 ${filteredPriorityRead.p99} ms; ` +
        `unfiltered p50 ${read.p50} ms, p99 ${read.p99} ms; incremental refresh after one tenant's change ` +
        `${incrementalMs} ms (goal 100; ${incremental.ms} ms for the first proposed project, ` +
        `${incrementalListed.ms} ms for one in its tenant's lists, ` +
        `${incrementalVacuumed.ms} ms once the marks were vacuumed)`,
    );
    console.log(JSON.stringify(result, null, 2));
    if (!result.target.met && goalMissed()) process.exitCode = 1;
  } finally {
    try {
      await api?.close();
      await admin?.end();
      if (config) await removeQueues(config);
    } finally {
      await services?.stop();
    }
  }
}

try {
  await main();
} catch (error) {
  console.error('dashboards benchmark failed:', error);
  process.exitCode = 1;
}
