import { createHash } from 'node:crypto';
import { HttpStatus, Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { ProblemException } from '@jazari/http';
import {
  createRedis,
  isRedisUnavailable,
  QUEUE_CONNECTION,
  queueSchema,
  RedisUnavailableError,
  whenReadyWithin,
  withinGrace,
  type QueueConnection,
  type RedisClient,
} from '@jazari/queue';
import type pg from 'pg';

// INCR and, on the first hit of a window, set its expiry; answers the count and the time left (ms).
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}
`;

export class TooManyRequests extends ProblemException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      HttpStatus.TOO_MANY_REQUESTS,
      'too-many-requests',
      'Too many attempts',
      `Try again in ${retryAfterSeconds} s.`,
      { retryAfter: retryAfterSeconds },
      { 'retry-after': String(retryAfterSeconds) },
    );
  }
}

/** Where the fixed-window counters live: Redis, or PostgreSQL when the queues run there. */
interface CounterStore {
  /** Counts one hit; answers the count and the time left in the window (ms). */
  hit(key: string, windowMs: number): Promise<[number, number]>;
  /** The count and the time left (ms) of a window, 0 and 0 when none is open. */
  read(key: string): Promise<[number, number]>;
  clear(key: string): Promise<void>;
  /** Resolves when the store can be asked; RedisUnavailableError when it cannot. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** The connection's first connect (the API just started, perhaps on a busy machine) gets this long. */
const FIRST_CONNECT_GRACE_MS = 10_000;

/**
 * How long a command on a ready connection may go unanswered before Redis counts as unavailable (a primary
 * that hangs without closing the connection). Measured by `withinGrace`: the time our own event loop was
 * stalled (a saturated machine) does not count, only the time Redis had to answer.
 */
const COMMAND_GRACE_MS = 2_000;

/**
 * Resolves once the connection is ready for the first time, whatever it goes through meanwhile (a connect
 * attempt that timed out on a starved machine leaves it `reconnecting`): a sign-in that arrives just after
 * start waits for it instead of being refused with 503.
 */
async function firstConnect(redis: RedisClient): Promise<void> {
  if (redis.status === 'ready') return;
  if (redis.status === 'end') throw new RedisUnavailableError(redis.status);
  if (redis.status === 'wait') void redis.connect().catch(() => undefined);
  await whenReadyWithin(redis, FIRST_CONNECT_GRACE_MS);
}

/**
 * Runs a command and says so when Redis is unreachable (a failover, a lost connection, no answer within
 * COMMAND_GRACE_MS). The fail-fast connection has no offline queue: before its first connect the command
 * waits for it (above); after, a lost connection answers at once (503), never queued behind a reconnect.
 */
async function unavailableAs<T>(counters: RedisCounters, command: () => Promise<T>): Promise<T> {
  try {
    await counters.ready();
    return await withinGrace(
      command(),
      COMMAND_GRACE_MS,
      () => new RedisUnavailableError(`no answer within ${COMMAND_GRACE_MS} ms`),
    );
  } catch (error) {
    if (isRedisUnavailable(error)) {
      throw new RedisUnavailableError(error instanceof Error ? error.message : String(error));
    }
    throw error;
  }
}

class RedisCounters implements CounterStore {
  private first: Promise<void> | undefined;

  constructor(private readonly redis: RedisClient) {}

  /**
   * Waits for the connection's first connect once; afterwards, nothing to wait for (a command on a lost
   * connection fails at once: no offline queue).
   */
  ready(): Promise<void> {
    this.first ??= firstConnect(this.redis).catch((error: unknown) => {
      this.first = undefined;
      throw error;
    });
    return this.first;
  }

  async hit(key: string, windowMs: number): Promise<[number, number]> {
    return (await unavailableAs(this, () => this.redis.eval(HIT, 1, key, windowMs))) as [number, number];
  }

  async read(key: string): Promise<[number, number]> {
    const [count, ttl] = await unavailableAs(this, () =>
      Promise.all([this.redis.get(key), this.redis.pttl(key)]),
    );
    return [Number(count ?? 0), ttl];
  }

  async clear(key: string): Promise<void> {
    await unavailableAs(this, () => this.redis.del(key));
  }

  async close(): Promise<void> {
    // QUIT waits for Redis; a Redis that is down would hold the shutdown: a second at most.
    await Promise.race([
      this.redis.quit().catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, 1_000).unref()),
    ]);
    this.redis.disconnect();
  }
}

/**
 * The same counters in a table of the queue schema (BullMQ's PostgreSQL backend, no Redis): one
 * statement per hit, atomic under concurrent API replicas; windows that ended are pruned now and then.
 */
class PostgresCounters implements CounterStore {
  private readonly table: string;
  private created: Promise<unknown> | undefined;

  constructor(
    private readonly pool: pg.Pool,
    schema: string,
    private readonly connection: QueueConnection,
  ) {
    this.table = `"${schema}".jazari_throttle`;
  }

  ready(): Promise<void> {
    return this.connection.whenReady(2_000);
  }

  /** The pool is the queue connection's, closed with it. */
  async close(): Promise<void> {}

  private async tableReady(): Promise<void> {
    this.created ??= this.pool
      .query(
        `CREATE SCHEMA IF NOT EXISTS "${this.table.split('"')[1]}";
              CREATE TABLE IF NOT EXISTS ${this.table} (
                key text PRIMARY KEY, count integer NOT NULL, expires_at timestamptz NOT NULL)`,
      )
      .catch((error: unknown) => {
        this.created = undefined;
        throw error;
      });
    await this.created;
  }

  async hit(key: string, windowMs: number): Promise<[number, number]> {
    await this.tableReady();
    if (Math.random() < 0.01) await this.pool.query(`DELETE FROM ${this.table} WHERE expires_at < now()`);
    const { rows } = await this.pool.query<{ count: number; ttl: string }>(
      `INSERT INTO ${this.table} AS t (key, count, expires_at)
       VALUES ($1, 1, now() + make_interval(secs => $2::float8 / 1000))
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN t.expires_at <= now() THEN 1 ELSE t.count + 1 END,
         expires_at = CASE WHEN t.expires_at <= now() THEN EXCLUDED.expires_at ELSE t.expires_at END
       RETURNING count, ceil(extract(epoch FROM expires_at - now()) * 1000) AS ttl`,
      [key, windowMs],
    );
    return [rows[0].count, Number(rows[0].ttl)];
  }

  async read(key: string): Promise<[number, number]> {
    await this.tableReady();
    const { rows } = await this.pool.query<{ count: number; ttl: string }>(
      `SELECT count, ceil(extract(epoch FROM expires_at - now()) * 1000) AS ttl
         FROM ${this.table} WHERE key = $1 AND expires_at > now()`,
      [key],
    );
    return rows[0] ? [rows[0].count, Number(rows[0].ttl)] : [0, 0];
  }

  async clear(key: string): Promise<void> {
    await this.tableReady();
    await this.pool.query(`DELETE FROM ${this.table} WHERE key = $1`, [key]);
  }
}

/**
 * Fixed-window counters in Redis (or, when the queues run on PostgreSQL, in a table next to them), so
 * every API replica counts the same attempts. Keys live under the
 * deployment's hash-tagged prefix; an account is keyed by a hash of its email, never the email itself.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(QUEUE_CONNECTION) connection: QueueConnection,
  ) {
    // A connection of its own on Redis, without ioredis's command timeout (libs/queue/src/redis.ts): the
    // producer's fires on event-loop lag, and a person must not be refused sign-in because this process
    // was slow to read Redis's answer.
    this.counters = connection.redis
      ? new RedisCounters(createRedis(config.redis.target!, 'throttle', 'jazari-throttle'))
      : new PostgresCounters(connection.pool!, queueSchema(config.redis.queuePrefix), connection);
  }

  private readonly counters: CounterStore;

  async onModuleDestroy(): Promise<void> {
    await this.counters.close();
  }

  private get settings(): AppConfig['auth']['throttle'] {
    return this.config.auth.throttle;
  }

  private key(kind: string, subject: string): string {
    return `${this.config.redis.queuePrefix}:throttle:${kind}:${subject}`;
  }

  private accountKey(email: string): string {
    return this.key('login-failures', createHash('sha256').update(email.toLowerCase()).digest('hex'));
  }

  /**
   * Without Redis there is no brute-force protection, so sign-in fails closed (503) rather than open —
   * whether Redis is down before the call or goes while it runs (a failover under way).
   */
  private async store<T>(operation: (counters: CounterStore) => Promise<T>): Promise<T> {
    try {
      await this.counters.ready();
      return await operation(this.counters);
    } catch (error) {
      if (!(error instanceof RedisUnavailableError)) throw error;
      throw new ProblemException(
        HttpStatus.SERVICE_UNAVAILABLE,
        'sign-in-unavailable',
        'Sign-in is unavailable for a moment',
        'Try again shortly.',
        {},
        { 'retry-after': '5' },
      );
    }
  }

  private async hit(key: string, limit: number): Promise<void> {
    const [count, ttl] = await this.store((c) => c.hit(key, this.settings.windowSeconds * 1000));
    if (count > limit) throw new TooManyRequests(Math.max(1, Math.ceil(ttl / 1000)));
  }

  /** Before a login is checked: the client's attempts, and the account's recent failures. */
  async beforeLogin(ip: string, email: string): Promise<void> {
    await this.hit(this.key('login-ip', ip), this.settings.loginAttemptsPerIp);
    await this.checkAccount(email);
  }

  /** Before any password check of an account (login, accepting an invitation, changing the password). */
  async checkAccount(email: string): Promise<void> {
    const key = this.accountKey(email);
    const [failures, ttl] = await this.store((c) => c.read(key));
    if (failures >= this.settings.loginFailuresPerAccount) {
      throw new TooManyRequests(Math.max(1, Math.ceil(ttl / 1000)));
    }
  }

  /** Counts a wrong password; answers true when this failure reaches the account's limit. */
  async loginFailed(email: string): Promise<boolean> {
    const [count] = await this.store((c) =>
      c.hit(this.accountKey(email), this.settings.windowSeconds * 1000),
    );
    return count === this.settings.loginFailuresPerAccount;
  }

  async loginSucceeded(email: string): Promise<void> {
    await this.store((c) => c.clear(this.accountKey(email)));
  }

  /**
   * Before a password-reset request is even looked at: the client's requests and the address's, in the
   * reset window, counted alike for a known and an unknown address (so a 429 tells nothing).
   */
  async beforePasswordResetRequest(ip: string, email: string): Promise<void> {
    const windowMs = this.settings.passwordResetWindowSeconds * 1000;
    await this.hitIn(this.key('password-reset-ip', ip), this.settings.passwordResetRequestsPerIp, windowMs);
    const account = createHash('sha256').update(email.toLowerCase()).digest('hex');
    await this.hitIn(
      this.key('password-reset-account', account),
      this.settings.passwordResetsPerAccount,
      windowMs,
    );
  }

  /** Before a reset link is checked or used: counted like login attempts from the client's address. */
  async beforePasswordResetUse(ip: string): Promise<void> {
    await this.hit(this.key('password-reset-use-ip', ip), this.settings.loginAttemptsPerIp);
  }

  private async hitIn(key: string, limit: number, windowMs: number): Promise<void> {
    const [count, ttl] = await this.store((c) => c.hit(key, windowMs));
    if (count > limit) throw new TooManyRequests(Math.max(1, Math.ceil(ttl / 1000)));
  }

  /**
   * Before a second-factor code is checked (sign-in, step-up, enrolment, turning it off): the client's
   * attempts, and the account's recent wrong codes, with the limits and window of passwords. Six digits
   * are guessed faster than a password, so wrong codes have a counter of their own.
   */
  async beforeSecondFactor(ip: string | null, userId: string): Promise<void> {
    if (ip) await this.hit(this.key('factor-ip', ip), this.settings.loginAttemptsPerIp);
    const [failures, ttl] = await this.store((c) => c.read(this.key('factor-failures', userId)));
    if (failures >= this.settings.loginFailuresPerAccount) {
      throw new TooManyRequests(Math.max(1, Math.ceil(ttl / 1000)));
    }
  }

  /** Counts a wrong code; answers true when this failure reaches the account's limit. */
  async secondFactorFailed(userId: string): Promise<boolean> {
    const [count] = await this.store((c) =>
      c.hit(this.key('factor-failures', userId), this.settings.windowSeconds * 1000),
    );
    return count === this.settings.loginFailuresPerAccount;
  }

  async secondFactorSucceeded(userId: string): Promise<void> {
    await this.store((c) => c.clear(this.key('factor-failures', userId)));
  }

  /** Starting an SSO sign-in and coming back from the provider: counted like login attempts. */
  async beforeSsoStep(ip: string): Promise<void> {
    await this.hit(this.key('sso-ip', ip), this.settings.loginAttemptsPerIp);
  }

  async beforeRefresh(ip: string): Promise<void> {
    await this.hit(this.key('refresh-ip', ip), this.settings.refreshAttemptsPerIp);
  }

  /** Once the token names its account: that account's refreshes, across all its sessions. */
  async refreshOf(userId: string): Promise<void> {
    await this.hit(this.key('refresh-account', userId), this.settings.refreshesPerAccount);
  }
}
