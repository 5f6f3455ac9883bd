import { describe, expect, it } from '@jest/globals';
import { loadConfig } from './config.js';
import { parseRedisUrl } from './redis-target.js';

describe('parseRedisUrl', () => {
  it('keeps a one-server URL as it is', () => {
    expect(parseRedisUrl('redis://cache:6379/2')).toEqual({
      kind: 'standalone',
      url: 'redis://cache:6379/2',
    });
    expect(parseRedisUrl('rediss://:secret@cache')).toEqual({
      kind: 'standalone',
      url: 'rediss://:secret@cache',
    });
  });

  it('reads the Sentinels, the primary’s name, the database and both passwords', () => {
    expect(
      parseRedisUrl(
        'redis+sentinel://app:p%40ss@10.0.0.1:26379,10.0.0.2,[::1]:26380/jazari/3?sentinelPassword=s%26cret',
      ),
    ).toEqual({
      kind: 'sentinel',
      sentinels: [
        { host: '10.0.0.1', port: 26379 },
        { host: '10.0.0.2', port: 26379 },
        { host: '::1', port: 26380 },
      ],
      masterName: 'jazari',
      username: 'app',
      password: 'p@ss',
      sentinelPassword: 's&cret',
      db: 3,
      tls: false,
    });
    expect(parseRedisUrl('rediss+sentinel://s1:1,s2:2/main')).toMatchObject({
      tls: true,
      db: 0,
      password: undefined,
    });
  });

  it('reads a Cluster’s seed nodes', () => {
    expect(parseRedisUrl('redis+cluster://:pw@n1:7000,n2:7001,n3')).toEqual({
      kind: 'cluster',
      nodes: [
        { host: 'n1', port: 7000 },
        { host: 'n2', port: 7001 },
        { host: 'n3', port: 6379 },
      ],
      username: undefined,
      password: 'pw',
      tls: false,
    });
  });

  it('says what is wrong with a URL it cannot use', () => {
    expect(() => parseRedisUrl('http://cache')).toThrow(
      'must be a redis:, rediss:, redis+sentinel: or redis+cluster: URL',
    );
    expect(() => parseRedisUrl('redis+sentinel://s1:26379,s2:26379')).toThrow('must name the primary');
    expect(() => parseRedisUrl('redis+sentinel://s1,s2/main/x')).toThrow('where the database number goes');
    expect(() => parseRedisUrl('redis+cluster://n1,n2/0')).toThrow('must not have a path');
    expect(() => parseRedisUrl('redis+cluster://n1:99999')).toThrow('not host:port');
    expect(() => parseRedisUrl('redis+cluster://n1?db=2')).toThrow('unknown parameters: db');
  });

  it('is what loadConfig gives every connection, and a bad one stops the process naming REDIS_URL', () => {
    expect(loadConfig({ REDIS_URL: 'redis+cluster://n1:7000' }).redis.target).toMatchObject({
      kind: 'cluster',
    });
    expect(loadConfig({ REDIS_URL: 'redis+sentinel://s1/main' }).queue.backend).toBe('redis');
    expect(() => loadConfig({ REDIS_URL: 'memcached://x' })).toThrow('REDIS_URL must be a redis:');
  });
});
