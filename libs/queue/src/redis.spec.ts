import { describe, expect, it } from '@jest/globals';
import { ReplyError } from 'ioredis';
import { isRedisUnavailable, RedisUnavailableError, withinGrace } from './redis.js';

const reply = (message: string): Error => new (ReplyError as new (message: string) => Error)(message);

describe('isRedisUnavailable', () => {
  it('takes a lost connection, a timeout or a failover under way for Redis being unavailable', () => {
    expect(isRedisUnavailable(new RedisUnavailableError('reconnecting'))).toBe(true);
    expect(isRedisUnavailable(new Error('Connection is closed.'))).toBe(true);
    expect(isRedisUnavailable(new Error('Command timed out'))).toBe(true);
    expect(isRedisUnavailable(reply("READONLY You can't write against a read only replica."))).toBe(true);
    expect(isRedisUnavailable(reply('CLUSTERDOWN The cluster is down'))).toBe(true);
    expect(isRedisUnavailable(reply('LOADING Redis is loading the dataset in memory'))).toBe(true);
  });

  it('leaves a reply about the command itself, and what is not an error, to the caller', () => {
    expect(isRedisUnavailable(reply("ERR wrong number of arguments for 'get' command"))).toBe(false);
    expect(isRedisUnavailable(reply('NOSCRIPT No matching script'))).toBe(false);
    expect(isRedisUnavailable('READONLY')).toBe(false);
  });
});

describe('withinGrace', () => {
  const stall = (ms: number): void => {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // the event loop is blocked: no timer fires meanwhile
    }
  };

  it('rejects with the given error when the answer never comes', async () => {
    const started = performance.now();
    await expect(
      withinGrace(new Promise(() => undefined), 300, () => new Error('no answer')),
    ).rejects.toThrow('no answer');
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('does not count a stalled event loop against the grace', async () => {
    // The answer comes 1.5 s after the call; the loop stalls 1.2 s at once. A plain 1 s timer would have
    // expired (1.5 s of wall time); here the stall counts as 0.2 s, so 0.7 s of the grace were used.
    const answer = new Promise((resolve) => setTimeout(() => resolve('answered'), 1_500));
    const waited = withinGrace(answer, 1_000, () => new Error('expired'));
    stall(1_200);
    await expect(waited).resolves.toBe('answered');
  });

  it('passes the work’s own failure through', async () => {
    await expect(
      withinGrace(Promise.reject(new Error('READONLY')), 1_000, () => new Error('x')),
    ).rejects.toThrow('READONLY');
  });
});
