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
