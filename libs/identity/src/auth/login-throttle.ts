import { createHash } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { ProblemException } from '@jazari/http';
import { REDIS_PRODUCER, RedisUnavailableError, whenConnected } from '@jazari/queue';
import type { Redis } from 'ioredis';

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

/**
 * Fixed-window counters in Redis, so every API replica counts the same attempts. Keys live under the
 * deployment's hash-tagged prefix; an account is keyed by a hash of its email, never the email itself.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS_PRODUCER) private readonly redis: Redis,
  ) {}

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
   * Without Redis there is no brute-force protection, so sign-in fails closed (503) rather than open.
   */
  private async ready(): Promise<Redis> {
    try {
      await whenConnected(this.redis, 2_000);
      return this.redis;
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
    const [count, ttl] = (await (
      await this.ready()
    ).eval(HIT, 1, key, this.settings.windowSeconds * 1000)) as [number, number];
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
    const redis = await this.ready();
    const [failures, ttl] = await Promise.all([redis.get(key), redis.pttl(key)]);
    if (Number(failures ?? 0) >= this.settings.loginFailuresPerAccount) {
      throw new TooManyRequests(Math.max(1, Math.ceil(ttl / 1000)));
    }
  }

  /** Counts a wrong password; answers true when this failure reaches the account's limit. */
  async loginFailed(email: string): Promise<boolean> {
    const [count] = (await (
      await this.ready()
    ).eval(HIT, 1, this.accountKey(email), this.settings.windowSeconds * 1000)) as [number, number];
    return count === this.settings.loginFailuresPerAccount;
  }

  async loginSucceeded(email: string): Promise<void> {
    await (await this.ready()).del(this.accountKey(email));
  }

  async beforeRefresh(ip: string): Promise<void> {
    await this.hit(this.key('refresh-ip', ip), this.settings.refreshAttemptsPerIp);
  }

  /** Once the token names its account: that account's refreshes, across all its sessions. */
  async refreshOf(userId: string): Promise<void> {
    await this.hit(this.key('refresh-account', userId), this.settings.refreshesPerAccount);
  }
}
