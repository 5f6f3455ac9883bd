import 'reflect-metadata';
import path from 'node:path';
import { beginTransactionSql, uuidv7 } from '@jazari/database';
import { PasswordHasher } from '@jazari/identity';
import pg from 'pg';
import { startTestServices } from '../scripts/lib/test-services.js';
import { formatResults, load } from './lib/load.js';
import { startChild } from './lib/processes.js';
import { goalMissed, productionSecrets, size, SMOKE } from './lib/smoke.js';

/**
 * `npm run bench:overhead`: what the API's request path costs over a bare Fastify + pg handler doing the
 * same query in the same tenant transaction (sent as one round trip): an authenticated `GET /members`
 * of one institute (50 members), under concurrent load.
 */
const CONNECTIONS = size('BENCH_CONNECTIONS', 32, 4);
const SECONDS = size('BENCH_SECONDS', 10, 1);
const POOL = Number(process.env.BENCH_POOL_SIZE ?? 10);
/** Issue 22: the API at least 0.7× a bare Fastify + pg server running the same statement. */
const GOAL = 0.7;
const dist = path.dirname(new URL(import.meta.url).pathname);

const services = await startTestServices(
  { databaseUrl: process.env.TEST_DATABASE_URL, redisUrl: process.env.TEST_REDIS_URL },
  (l) => process.stderr.write(`[services] ${l}\n`),
);
const env = services.env;
const admin = new pg.Client({ connectionString: env.JAZARI_TEST_DATABASE_ADMIN_URL });
await admin.connect();
const children: { stop(): Promise<void> }[] = [];
try {
  const tenantId = uuidv7();
  await admin.query(
    `INSERT INTO tenant (id, kind, slug, legal_name, name_fr, name_ar, name_en, region_code, city)
     VALUES ($1, 'institute', 'bench-institute', 'Bench', 'Bench', 'Bench', 'Bench', 'MA-01', 'Tanger')`,
    [tenantId],
  );
  const hash = await new PasswordHasher().hash('Bench-Password-2026');
  let managerId = '';
  for (let i = 0; i < 50; i++) {
    const id = uuidv7();
    if (i === 0) managerId = id;
    await admin.query(
      `INSERT INTO app_user (id, email, display_name, password_hash) VALUES ($1, $2, $3, $4)`,
      [id, `member${i}@bench.test`, `Member ${i}`, hash],
    );
    await admin.query(`INSERT INTO membership (tenant_id, user_id, role) VALUES ($1, $2, $3)`, [
      tenantId,
      id,
      i === 0 ? 'institute_manager' : 'researcher',
    ]);
  }

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
    },
    /listening on http:\/\/[^:]+:(\d+)/,
  );
  children.push(api);
  const login = await fetch(`http://127.0.0.1:${api.port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'member0@bench.test', password: 'Bench-Password-2026' }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };

  // The same statement MemberRepository.list runs, for the same page.
  const statement = `SELECT u.id, u.email, u.display_name, u.locale, m.role, m.created_at
       FROM membership m JOIN app_user u ON u.id = m.user_id
      WHERE m.tenant_id = $1 AND ($2::uuid IS NULL OR m.user_id > $2::uuid) ORDER BY m.user_id LIMIT $3`;
  const bare = await startChild(
    path.join(dist, 'bare-server.js'),
    {
      BENCH_DATABASE_URL: env.JAZARI_TEST_DATABASE_URL,
      BENCH_POOL_SIZE: String(POOL),
      BENCH_BEGIN: beginTransactionSql({ tenantId, tenantKind: 'institute', userId: managerId }),
      BENCH_STATEMENT: statement,
      BENCH_PARAMS: JSON.stringify([tenantId, null, 51]),
    },
    /^ready (\d+)/,
  );
  children.push(bare);

  const options = {
    connections: CONNECTIONS,
    seconds: SECONDS,
    warmUpSeconds: SMOKE ? 0 : 3,
    warmUpRequests: SMOKE ? 0 : 5_000,
  };
  const baseline = await load('bare Fastify + pg', `http://127.0.0.1:${bare.port}/bench`, {
    ...options,
    cpuMs: bare.cpuMs,
  });
  const ours = await load('Jazari API', `http://127.0.0.1:${api.port}/api/v1/members?limit=50`, {
    ...options,
    cpuMs: api.cpuMs,
    headers: { authorization: `Bearer ${accessToken}` },
  });
  const ratio = ours.rps / baseline.rps;
  process.stdout.write(
    `${formatResults([baseline, ours])}\n\nratio (API / bare): ${ratio.toFixed(2)} (goal ≥ ${GOAL})\n`,
  );
  if (ours.errors > 0 || ours.non2xx > 0 || baseline.errors > 0 || baseline.non2xx > 0) process.exitCode = 1;
  if (ratio < GOAL && goalMissed()) process.exitCode = 1;
} finally {
  for (const child of children) await child.stop();
  await admin.end();
  await services.stop();
}
