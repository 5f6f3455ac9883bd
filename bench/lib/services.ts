import { randomBytes } from 'node:crypto';
import { loadConfig, type AppConfig } from '@jazari/config';
import { createQueueConnection, QUEUE_NAMES } from '@jazari/queue';

/** The configuration of an in-process benchmark app on the services `startTestServices` started. */
export function benchConfig(env: Record<string, string>, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: env.JAZARI_TEST_DATABASE_URL,
    DATABASE_OWNER_URL: env.JAZARI_TEST_DATABASE_OWNER_URL,
    REDIS_URL: env.JAZARI_TEST_REDIS_URL,
    // Keys of their own, so a concurrent test run or benchmark never takes these jobs.
    QUEUE_PREFIX: `{jazari-bench-${randomBytes(6).toString('hex')}}`,
    WORKER_HEALTH_PORT: '0',
    PORT: '0',
    // Poll interval, batch size and pool size stay at their defaults: the numbers are for those.
    // BENCH_QUEUE_BACKEND=postgres: the queues on BullMQ's PostgreSQL backend (docs/adr/0010-start-anywhere.md).
    ...(process.env.BENCH_QUEUE_BACKEND === 'postgres'
      ? { QUEUE_BACKEND: 'postgres', QUEUE_DATABASE_URL: env.JAZARI_TEST_DATABASE_OWNER_URL ?? '' }
      : {}),
    ...overrides,
  });
}

/**
 * Deletes every job under the benchmark's queue prefix: completed jobs are kept for a day
 * (`removeOnComplete`), which would leave a couple of thousand keys per run in a shared Redis.
 */
export async function removeQueues(config: AppConfig, extra: readonly string[] = []): Promise<void> {
  if (config.queue.backend === 'redis' && !config.redis.url) return;
  const connection = createQueueConnection(config);
  try {
    for (const name of [...QUEUE_NAMES, ...extra]) {
      const queue = connection.queue(name);
      await queue.obliterate({ force: true });
      await queue.close();
    }
  } finally {
    await connection.close();
  }
}
