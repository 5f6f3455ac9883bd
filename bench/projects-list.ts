import 'reflect-metadata';
import path from 'node:path';
import { beginTransactionSql, type DbContext } from '@jazari/database';
import { PasswordHasher } from '@jazari/identity';
import { idCursor } from '@jazari/http';
import { projectListStatement, type ProjectFilter } from '@jazari/projects';
import pg from 'pg';
import { startTestServices } from '../scripts/lib/test-services.js';
import { formatResults, load, type LoadResult } from './lib/load.js';
import { startChild, type Child } from './lib/processes.js';
import { BENCH_PASSWORD, generateNetwork } from './lib/projects-data.js';
import { goalMissed, productionSecrets, size, SMOKE } from './lib/smoke.js';

/**
 * `npm run bench:projects`: the project list over a national-scale network (1,000,000 projects across
 * 100 institutes by default; BENCH_PROJECTS, BENCH_INSTITUTES to change).
 *
 * 1. Plans: EXPLAIN ANALYZE of a filtered list's first page and of a deep cursor page (80% of the way
 *    through the institute's matching projects), run as the runtime role in the manager's tenant
 *    transaction; both must stay on indexes (no sequential scan of `project`).
 * 2. Throughput: the API (`GET /api/v1/projects?…`, a signed-in institute manager, full request path:
 *    JWT, access check, tenant transaction, the list statement, DTO mapping, JSON) against a bare Fastify +
 *    pg handler running the SAME statement in the same tenant transaction sent as ONE round trip, each in
 *    its own process with the same pool size, under the same concurrent load, in the same run. Target:
 *    API ≥ 1.0× bare (issue 22).
 */
const PROJECTS = size('BENCH_PROJECTS', 1_000_000, 2_000);
const INSTITUTES = size('BENCH_INSTITUTES', 100, 4);
const CONNECTIONS = size('BENCH_CONNECTIONS', 32, 4);
const SECONDS = size('BENCH_SECONDS', 15, 1);
const POOL = Number(process.env.BENCH_POOL_SIZE ?? 10);
const TARGET = 1.0;
const LIMIT = 50;
const FILTER = JSON.parse(
  process.env.BENCH_FILTER ?? '{"status":"active","priority":"research_innovation"}',
) as ProjectFilter;
const dist = path.dirname(new URL(import.meta.url).pathname);
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

const services = await startTestServices(
  { databaseUrl: process.env.TEST_DATABASE_URL, redisUrl: process.env.TEST_REDIS_URL },
  (line) => log(line),
);
const env = services.env;
const admin = new pg.Client({ connectionString: env.JAZARI_TEST_DATABASE_ADMIN_URL });
await admin.connect();
const children: Child[] = [];
let failed = false;
try {
  log(`generating ${PROJECTS} projects across ${INSTITUTES} institutes…`);
  const started = performance.now();
  const network = await generateNetwork(admin, {
    institutes: INSTITUTES,
    projects: PROJECTS,
    passwordHash: await new PasswordHasher().hash(BENCH_PASSWORD),
    log,
  });
  log(`generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);

  // One institute in the middle of the network (the eighth of the hundred; the last of a smoke run's few).
  const institute = network.institutes[Math.min(7, network.institutes.length - 1)];
  const manager = (
    await admin.query<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [institute.managerEmail])
  ).rows[0].id;
  const context: DbContext = { tenantId: institute.id, tenantKind: 'institute', userId: manager };
  const visibility = { kind: 'institute', tenantId: institute.id } as const;

  // The deep page starts 80% of the way through the institute's matching projects.
  const [countSql, countParams] = projectListStatement(visibility, FILTER, null, 1_000_000, false);
  const runtime = new pg.Client({ connectionString: env.JAZARI_TEST_DATABASE_URL });
  await runtime.connect();
  await runtime.query(beginTransactionSql(context));
  const matching = (await runtime.query<{ id: string }>(countSql, countParams)).rows;
  await runtime.query('ROLLBACK');
  const deepBefore = matching[Math.floor(matching.length * 0.8)].id;
  log(`institute ${institute.id}: ${matching.length} projects match ${JSON.stringify(FILTER)}`);

  const pages = {
    first: projectListStatement(visibility, FILTER, null, LIMIT + 1, false),
    deep: projectListStatement(visibility, FILTER, deepBefore, LIMIT + 1, false),
  };
  const plans: Record<string, string> = {};
  for (const [name, [sql, params]] of Object.entries(pages)) {
    await runtime.query(beginTransactionSql(context));
    const plan = await runtime.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    await runtime.query('ROLLBACK');
    plans[name] = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    const sequential = /Seq Scan on project(?!_)/.test(plans[name]);
    process.stdout.write(
      `\n### Plan: ${name} page${sequential ? ' — SEQUENTIAL SCAN OF project' : ''}\n\n\`\`\`\n${plans[name]}\n\`\`\`\n`,
    );
    if (sequential) failed = true;
  }
  await runtime.end();

  const api = await startChild(
    path.join(dist, '../apps/api/src/main.js'),
    {
      NODE_ENV: 'production',
      DATABASE_URL: env.JAZARI_TEST_DATABASE_URL,
      REDIS_URL: env.JAZARI_TEST_REDIS_URL,
      QUEUE_PREFIX: '{bench}',
      ...productionSecrets(),
      DATABASE_POOL_SIZE: String(POOL),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      THROTTLE_LOGIN_ATTEMPTS_PER_IP: '1000',
    },
    /listening on http:\/\/[^:]+:(\d+)/,
  );
  children.push(api);
  const login = await fetch(`http://127.0.0.1:${api.port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: institute.managerEmail, password: BENCH_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const query = new URLSearchParams({
    ...(FILTER as Record<string, string>),
    limit: String(LIMIT),
  }).toString();
  const apiUrls = {
    first: `http://127.0.0.1:${api.port}/api/v1/projects?${query}`,
    deep: `http://127.0.0.1:${api.port}/api/v1/projects?${query}&cursor=${idCursor.encode([deepBefore])}`,
  };
  for (const [name, url] of Object.entries(apiUrls)) {
    const response = await fetch(url, { headers: { authorization: `Bearer ${accessToken}` } });
    const body = (await response.json()) as { data: unknown[] };
    if (response.status !== 200 || body.data.length === 0) {
      throw new Error(`API ${name} page: ${response.status}, ${body.data?.length} rows`);
    }
  }

  const results: LoadResult[] = [];
  const ratios: string[] = [];
  const options = { connections: CONNECTIONS, seconds: SECONDS, warmUpSeconds: SMOKE ? 0 : 5 };
  for (const name of ['first', 'deep'] as const) {
    const [sql, params] = pages[name];
    const bare = await startChild(
      path.join(dist, 'bare-server.js'),
      {
        BENCH_DATABASE_URL: env.JAZARI_TEST_DATABASE_URL,
        BENCH_POOL_SIZE: String(POOL),
        BENCH_BEGIN: beginTransactionSql(context),
        BENCH_STATEMENT: sql,
        BENCH_PARAMS: JSON.stringify(params),
      },
      /^ready (\d+)/,
    );
    children.push(bare);
    const baseline = await load(
      `bare Fastify + pg, ${name} page`,
      `http://127.0.0.1:${bare.port}/bench`,
      options,
    );
    const ours = await load(`Jazari API, ${name} page`, apiUrls[name], {
      ...options,
      headers: { authorization: `Bearer ${accessToken}` },
    });
    await bare.stop();
    results.push(baseline, ours);
    const ratio = ours.rps / baseline.rps;
    ratios.push(`${name} page: ${ratio.toFixed(2)}× (target ≥ ${TARGET})`);
    if ((ratio < TARGET && goalMissed()) || ours.errors > 0 || ours.non2xx > 0) failed = true;
  }
  process.stdout.write(
    `\n### Throughput (${CONNECTIONS} connections, ${SECONDS} s after a ${options.warmUpSeconds} s warm-up, pool ${POOL} each)\n\n` +
      `${formatResults(results)}\n\nAPI / bare: ${ratios.join('; ')}\n`,
  );
} catch (error) {
  failed = true;
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
} finally {
  for (const child of children) await child.stop();
  await admin.end();
  await services.stop();
}
process.exitCode = failed ? 1 : 0;
