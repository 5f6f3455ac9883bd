import { describe, expect, it } from '@jest/globals';
import { ReplyError } from 'ioredis';
import { isRedisUnavailable, RedisUnavailableError } from './redis.js';

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
