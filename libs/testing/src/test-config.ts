import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type AppConfig } from '@jazari/config';

function required(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run the suites with \`npm test\` (test/global-setup.mjs sets it)`);
  return value;
}

/**
 * The services of this test file: its own database, cloned from the run's migrated template by
 * test/support/database-environment.mjs, and the run's Redis.
 */
export const testServices = {
  get databaseUrl(): string {
    return required('JAZARI_TEST_DATABASE_URL');
  },
  get ownerUrl(): string {
    return required('JAZARI_TEST_DATABASE_OWNER_URL');
  },
  /** A superuser on the test database: for assertions that must see past RLS. */
  get adminUrl(): string {
    return required('JAZARI_TEST_DATABASE_ADMIN_URL');
  },
  get redisUrl(): string {
    return required('JAZARI_TEST_REDIS_URL');
  },
};

/**
 * argon2id's cost in the test configuration (1 MiB, 1 pass: well under a millisecond, against tens of
 * milliseconds at the production cost), and of the users the factories create. A test that needs the
 * production cost (equal timing of unknown and wrong passwords) sets PASSWORD_HASH_* back.
 */
export const TEST_PASSWORD_HASH = { memoryKib: 1_024, timeCost: 1 } as const;

/**
 * A configuration for one suite: the file's database and the run's Redis, a queue prefix of its own so
 * suites running in parallel never see each other's jobs, and no job schedules.
 */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig(testEnv(overrides));
}

/** The environment behind `testConfig`: for a worker or API started as a child process. */
export function testEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: testServices.databaseUrl,
    DATABASE_OWNER_URL: testServices.ownerUrl,
    REDIS_URL: testServices.redisUrl,
    QUEUE_PREFIX: `{jazari-test-${randomBytes(6).toString('hex')}}`,
    OUTBOX_POLL_INTERVAL_MS: '250',
    // A worker booted by a suite fires no scheduled job unless the suite tests one (JOB_SCHEDULES: ids or all).
    JOB_SCHEDULES: 'none',
    DATABASE_POOL_SIZE: '4',
    PASSWORD_HASH_MEMORY_KIB: String(TEST_PASSWORD_HASH.memoryKib),
    PASSWORD_HASH_TIME_COST: String(TEST_PASSWORD_HASH.timeCost),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PORT: '0',
    WORKER_HEALTH_PORT: '0',
    // Uploaded files of a suite go to the system's temp directory, never the developer's .data.
    STORAGE_DIR: path.join(tmpdir(), `jazari-test-files-${process.pid}`),
    // Likewise the suite's generated keys (the evidence sealing key): a directory per suite.
    DATA_DIR: path.join(tmpdir(), `jazari-test-data-${process.pid}-${randomBytes(4).toString('hex')}`),
    ...overrides,
  };
}
