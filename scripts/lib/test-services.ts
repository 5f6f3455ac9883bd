import { rmSync } from 'node:fs';
import path from 'node:path';
import { userInfo } from 'node:os';
import { loadConfig } from '@jazari/config';
import pg from 'pg';
import { dropDatabase, provisionDatabase, startEmbeddedPostgres } from './local-postgres.js';
import { startLocalRedis } from './local-redis.js';
import { runMigrations } from './migrate.js';
import { answers } from './ports.js';

/** What the test processes need to reach the services of one test run. */
export interface TestServices {
  readonly env: Record<string, string>;
  stop(): Promise<void>;
}

async function connects(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    const row = await client.query<{ rolsuper: boolean }>(
      'SELECT rolsuper FROM pg_roles WHERE rolname = current_user',
    );
    return row.rows[0]?.rolsuper === true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

/**
 * Drops the databases of test runs that were killed before their teardown (named after their start time;
 * a suite's clone of the run's template adds a suffix).
 */
async function dropStaleTestDatabases(adminUrl: string, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname ~ '^jazari_(test|seed|browser)_[0-9]+_[0-9]+(_[0-9a-f]+)?$'`,
    );
    for (const { datname } of rows) {
      const startedAt = Number(datname.split('_')[2]);
      if (Date.now() - startedAt < STALE_AFTER_MS) continue;
      log(`dropping ${datname}, left by a test run that did not finish`);
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

/**
 * PostgreSQL: TEST_DATABASE_URL (an administrator), else the server at 127.0.0.1:5432 if it answers,
 * else an embedded one. Each run migrates a fresh database once: the template that each test file clones
 * into a database of its own (test/support/database-environment.mjs). Redis: TEST_REDIS_URL, else
 * 127.0.0.1:6379 if it answers, else a spawned redis-server; suites isolate themselves by key prefix.
 */
export async function startTestServices(
  given: {
    databaseUrl?: string;
    redisUrl?: string;
    /** A database of this name instead of a fresh one (created if missing, migrated either way). */
    database?: string;
    /** Leave the database in place at `stop()` (a benchmark's generated network, reused by the next run). */
    keepDatabase?: boolean;
  },
  log: (line: string) => void,
): Promise<TestServices> {
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async (): Promise<void> => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => log(String(error)));
  };
  try {
    let adminUrl = given.databaseUrl;
    if (!adminUrl && (await answers('127.0.0.1', 5432))) {
      for (const user of ['postgres', userInfo().username]) {
        const candidate = `postgres://${user}@127.0.0.1:5432/postgres`;
        if (await connects(candidate)) {
          adminUrl = candidate;
          break;
        }
      }
    }
    if (!adminUrl) {
      const dir = path.resolve('.data', `test-postgres-${process.pid}`);
      log(`no PostgreSQL at 127.0.0.1:5432: starting an embedded one in ${dir}`);
      const embedded = await startEmbeddedPostgres(dir, log, {
        port: loadConfig(process.env).embedded.postgresPort,
      });
      cleanups.push(async () => {
        await embedded.stop();
        rmSync(embedded.dataDir, { recursive: true, force: true });
        rmSync(dir, { recursive: true, force: true });
      });
      adminUrl = embedded.adminUrl;
    }
    await dropStaleTestDatabases(adminUrl, log);
    const database = given.database ?? `jazari_test_${Date.now()}_${process.pid}`;
    const provisioned = await provisionDatabase(adminUrl, database);
    const admin = adminUrl;
    if (!given.keepDatabase && !given.database) cleanups.push(() => dropDatabase(admin, database));

    let redisUrl = given.redisUrl;
    if (!redisUrl && (await answers('127.0.0.1', 6379))) redisUrl = 'redis://127.0.0.1:6379';
    if (!redisUrl) {
      const redis = await startLocalRedis(
        path.resolve('.data', `test-redis-${process.pid}`),
        false,
        loadConfig(process.env).embedded.redisPort,
      );
      cleanups.push(() => redis.stop());
      redisUrl = redis.url;
    }

    const env = {
      JAZARI_TEST_DATABASE_URL: provisioned.appUrl,
      JAZARI_TEST_DATABASE_OWNER_URL: provisioned.ownerUrl,
      JAZARI_TEST_DATABASE_ADMIN_URL: (() => {
        const url = new URL(adminUrl);
        url.pathname = `/${database}`;
        return url.toString();
      })(),
      JAZARI_TEST_REDIS_URL: redisUrl,
      // The migrated database that each test file clones, and an administrator on the server to clone it.
      JAZARI_TEST_TEMPLATE_DATABASE: database,
      JAZARI_TEST_SERVER_URL: adminUrl,
    };
    await runMigrations(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: env.JAZARI_TEST_DATABASE_URL,
        DATABASE_OWNER_URL: env.JAZARI_TEST_DATABASE_OWNER_URL,
        REDIS_URL: redisUrl,
      }),
    );
    return { env, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
