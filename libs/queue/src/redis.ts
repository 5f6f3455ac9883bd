import type { RedisTarget } from '@jazari/config';
import { Cluster, Redis, ReplyError, type ClusterOptions, type RedisOptions } from 'ioredis';

export type RedisPurpose = 'worker' | 'producer' | 'probe';

/** A connection to the configured Redis: one server or a Sentinel-found primary (Redis), or a Cluster. */
export type RedisClient = Redis | Cluster;

/**
 * The one place a Redis connection is made (queues, workers, the login throttle, readiness), from
 * REDIS_URL's target: one server, a primary found through Sentinels, or a Redis Cluster.
 *
 * Workers block on Redis and must keep retrying (BullMQ requires `maxRetriesPerRequest: null`);
 * producers and probes fail fast when Redis is down, so a request gets an error instead of hanging —
 * including during a Sentinel failover or a Cluster's slot migration, until the new primary answers.
 */
export function createRedis(
  target: RedisTarget,
  purpose: RedisPurpose,
  name = `jazari-${purpose}`,
): RedisClient {
  const perCommand: RedisOptions =
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
  // A primary demoted to a replica (a failover it missed while cut off) answers writes with READONLY:
  // reconnect (to the primary the Sentinels name now) and send the command again.
  const reconnectOnError = (error: Error): 2 | false => (error.message.startsWith('READONLY') ? 2 : false);
  let redis: RedisClient;
  switch (target.kind) {
    case 'standalone':
      redis = new Redis(target.url, { ...perCommand, reconnectOnError });
      break;
    case 'sentinel':
      redis = new Redis({
        ...perCommand,
        reconnectOnError,
        sentinels: target.sentinels.map(({ host, port }) => ({ host, port })),
        name: target.masterName,
        role: 'master',
        username: target.username,
        password: target.password,
        sentinelPassword: target.sentinelPassword,
        db: target.db,
        ...(target.tls ? { tls: {}, enableTLSForSentinelMode: true } : {}),
        // Not ioredis's failoverDetector: its +switch-master handler, arriving while the connection is
        // already retrying after the primary died, ends the connection for good ("Connection is closed.",
        // status `end`; seen in test/redis-failover.slow-spec.ts). A dead primary is noticed by the lost
        // connection, and a demoted live one by READONLY (reconnectOnError above).
        sentinelRetryStrategy: (times) => Math.min(times * 200, 2_000),
      });
      break;
    case 'cluster': {
      const options: ClusterOptions = {
        redisOptions: {
          ...perCommand,
          username: target.username,
          password: target.password,
          ...(target.tls ? { tls: {} } : {}),
        },
        // Producers fail fast while the cluster is unreachable; workers wait for it (as on one server).
        enableOfflineQueue: purpose === 'worker',
        // BullMQ takes a Cluster in status `connect` for connected, but between `connect` and `ready` (the
        // CLUSTER INFO ready check) a Cluster without an offline queue refuses every command ("Cluster
        // isn't ready"): a producer's Queue would fail its first INFO for good. Without the check it goes
        // to `ready` at once; readiness asks the prefix's own node anyway (RedisQueueConnection.ping).
        enableReadyCheck: purpose === 'worker',
        clusterRetryStrategy: (times) => Math.min(times * 200, 2_000),
      };
      redis = new Cluster(
        target.nodes.map(({ host, port }) => ({ host, port })),
        options,
      );
      break;
    }
  }
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
export async function whenConnected(redis: RedisClient, graceMs: number): Promise<void> {
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

/** Replies of a Redis that cannot serve writes right now: demoted, cluster down, loading, no primary. */
const UNAVAILABLE_REPLIES = /^(READONLY|CLUSTERDOWN|LOADING|MASTERDOWN|TRYAGAIN|TIMEOUT)\b/;

/**
 * Whether a Redis command failed because no primary could take it (lost connection, command timeout,
 * retries used up, a failover under way), as opposed to a reply about the command itself. Every error
 * ioredis raises that is not a server reply is a connection's; of the replies, only those above.
 */
export function isRedisUnavailable(error: unknown): boolean {
  if (error instanceof RedisUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  if (error instanceof (ReplyError as new () => Error)) return UNAVAILABLE_REPLIES.test(error.message);
  return true;
}
