import { Redis, type RedisOptions } from 'ioredis';

export type RedisPurpose = 'worker' | 'producer' | 'probe';

/**
 * Workers block on Redis and must keep retrying (BullMQ requires `maxRetriesPerRequest: null`);
 * producers and probes fail fast when Redis is down, so a request gets an error instead of hanging.
 */
export function createRedis(url: string, purpose: RedisPurpose, name = `jazari-${purpose}`): Redis {
  const options: RedisOptions =
    purpose === 'worker'
      ? { maxRetriesPerRequest: null, enableReadyCheck: true, connectionName: name }
      : {
          maxRetriesPerRequest: 1,
          enableOfflineQueue: false,
          connectTimeout: 2_000,
          commandTimeout: 2_000,
          connectionName: name,
          retryStrategy: (times) => Math.min(times * 200, 2_000),
        };
  const redis = new Redis(url, options);
  // Connection errors are reported by readiness and by the calls that fail; without a listener ioredis
  // would print each reconnect attempt as an unhandled error.
  redis.on('error', () => undefined);
  return redis;
}

export class RedisUnavailableError extends Error {
  constructor(status: string) {
    super(`Redis is unavailable (connection ${status})`);
    this.name = 'RedisUnavailableError';
  }
}

/**
 * Resolves when a fail-fast connection can take commands. A connection still being made for the first
 * time gets `graceMs`; a lost one (`reconnecting`, closed) fails at once, so callers answer quickly
 * instead of queueing behind BullMQ's unbounded wait for a connection.
 */
export async function whenConnected(redis: Redis, graceMs: number): Promise<void> {
  if (redis.status === 'ready') return;
  if (redis.status !== 'wait' && redis.status !== 'connecting' && redis.status !== 'connect') {
    throw new RedisUnavailableError(redis.status);
  }
  if (redis.status === 'wait') void redis.connect().catch(() => undefined);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      reject(new RedisUnavailableError(`still ${redis.status} after ${graceMs} ms`));
    }, graceMs);
    const onReady = (): void => {
      clearTimeout(timer);
      resolve();
    };
    redis.once('ready', onReady);
  });
}
