import type { RedisTarget } from '@jazari/config';
import { Cluster, Redis, ReplyError, type ClusterOptions, type RedisOptions } from 'ioredis';

export type RedisPurpose = 'worker' | 'producer' | 'probe' | 'throttle';

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
  // The login throttle's connection has no command timeout of ioredis's: a timer started when the command
  // is written fires before the answer is read whenever the event loop stalls past it (a saturated
  // machine), so the throttle bounds its commands itself, counting only the time the process could have
  // read the answer (`withinGrace`).
  const perCommand: RedisOptions =
    purpose === 'worker'
      ? { maxRetriesPerRequest: null, enableReadyCheck: true, connectionName: name }
      : {
          maxRetriesPerRequest: 1,
          enableOfflineQueue: false,
          connectTimeout: 2_000,
          ...(purpose === 'throttle' ? {} : { commandTimeout: 2_000 }),
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

/** How often `withinGrace` looks at the clock; a stall counts as at most two of these. */
const GRACE_TICK_MS = 100;

/**
 * Settles as `work` does, or rejects with `expired()` once `graceMs` have passed **while the process could
 * have seen the answer**. A plain timer measures the event loop's lag too: on a saturated machine (or behind
 * a long synchronous task) the loop stalls, the answer sits unread in the socket, and when the loop comes
 * back the timers run before the socket is read, so the timer "expires" although the answer was there.
 * Here the grace is counted in ticks of GRACE_TICK_MS, each counting at most twice its length however
 * late it fires, and once it is used up the verdict waits one turn of the loop (`setImmediate` runs after
 * pending I/O), so an answer already received wins.
 */
export function withinGrace<T>(work: Promise<T>, graceMs: number, expired: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let counted = 0;
    let last = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const tick = (): void => {
      const now = performance.now();
      counted += Math.min(now - last, 2 * GRACE_TICK_MS);
      last = now;
      if (counted < graceMs) {
        timer = setTimeout(tick, Math.min(GRACE_TICK_MS, graceMs - counted));
        return;
      }
      setImmediate(() => {
        if (settled) return;
        settled = true;
        reject(expired());
      });
    };
    timer = setTimeout(tick, Math.min(GRACE_TICK_MS, graceMs));
    work.then(
      (value) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * Resolves when a fail-fast connection can take commands. A connection still being made for the first
 * time gets `graceMs` (`withinGrace`: time the process was stalled does not count); a lost one
 * (`reconnecting`, closed) fails at once, so callers answer quickly instead of queueing behind BullMQ's
 * unbounded wait for a connection.
 */
export async function whenConnected(redis: RedisClient, graceMs: number): Promise<void> {
  if (redis.status === 'ready') return;
  if (redis.status !== 'wait' && redis.status !== 'connecting' && redis.status !== 'connect') {
    throw new RedisUnavailableError(redis.status);
  }
  if (redis.status === 'wait') void redis.connect().catch(() => undefined);
  await whenReadyWithin(redis, graceMs);
}

/** Resolves at the connection's next `ready`, within `graceMs` of time the process was not stalled. */
export function whenReadyWithin(redis: RedisClient, graceMs: number): Promise<void> {
  let onReady: (() => void) | undefined;
  const ready = new Promise<void>((resolve) => {
    onReady = resolve;
    redis.once('ready', onReady);
  });
  return withinGrace(ready, graceMs, () => {
    redis.off('ready', onReady!);
    return new RedisUnavailableError(`still ${redis.status} after ${graceMs} ms`);
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
