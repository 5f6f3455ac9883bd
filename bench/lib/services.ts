import { randomBytes } from 'node:crypto';
import { loadConfig, type AppConfig } from '@jazari/config';
import { createRedis, QUEUE_NAMES } from '@jazari/queue';
import { Queue } from 'bullmq';

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
    ...overrides,
  });
}

/**
 * Deletes every key under the benchmark's queue prefix: completed jobs are kept for a day
 * (`removeOnComplete`), which would leave a couple of thousand keys per run in a shared Redis.
 */
export async function removeQueues(config: AppConfig, extra: readonly string[] = []): Promise<void> {
  if (!config.redis.url) return;
  const connection = createRedis(config.redis.url, 'producer', 'jazari-bench-cleanup');
  try {
    for (const name of [...QUEUE_NAMES, ...extra]) {
      const queue = new Queue(name, { connection, prefix: config.redis.queuePrefix });
      await queue.obliterate({ force: true });
      await queue.close(); // a connection passed in is shared: closing the queue leaves it open
    }
  } finally {
    await connection.quit();
  }
}
