import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { createRedis, whenConnected } from '@jazari/queue';
import { adminClient, createTenant, createUser, testConfig, type TestTenant } from '@jazari/testing';
import { Redis } from 'ioredis';
import type pg from 'pg';
import request from 'supertest';
import { startLocalRedis, type LocalRedis } from '../scripts/lib/local-redis.js';

/** Blocks this process's event loop, as a saturated machine or a long synchronous task does. */
function stall(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy: no timer, no socket is looked at meanwhile
  }
}

/**
 * The login throttle refuses sign-in (503 `sign-in-unavailable`) when Redis cannot count the attempt; it
 * must not refuse it because this process was too busy to read Redis's answer in time (an API under load:
 * test/tenant-isolation-pool.slow-spec.ts and auth.e2e at load 20 met it). The stall here is the real
 * event loop's, blocked right after the throttle's command went to a real Redis.
 */
describe('login throttle: Redis answers count, not the event loop’s lag', () => {
  let redis: LocalRedis;
  let api: NestFastifyApplication;
  let admin: pg.Client;
  let lab: TestTenant;

  beforeAll(async () => {
    // A Redis of this suite's own, so stopping it disturbs no other suite.
    redis = await startLocalRedis(`.data/test-throttle-lag-redis-${process.pid}`, false);
    api = await createApi(testConfig({ REDIS_URL: redis.url }));
    admin = await adminClient();
    lab = await createTenant(admin, 'institute');
  });
  afterAll(async () => {
    await api?.close();
    await admin?.end();
    await redis?.stop();
  });

  const signIn = async (email: string, password: string) =>
    request(api.getHttpServer()).post('/api/v1/auth/login').send({ email, password });

  it('signs a person in although the event loop stalled longer than the grace after the count was sent', async () => {
    const person = await createUser(admin, [{ tenant: lab, role: 'researcher' }]);
    expect((await signIn(person.email, person.password)).status).toBe(200);

    // The next throttle command (the sign-in's count of the client's attempts) is written to Redis, then
    // the loop stalls 3 s: Redis answered in microseconds, the answer waits in the socket.
    // Called with its own `this` below (apply), and put back after.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const sendCommand = Redis.prototype.sendCommand;
    let stalledFor = 0;
    Redis.prototype.sendCommand = function (this: Redis, ...args: Parameters<Redis['sendCommand']>) {
      const sent = sendCommand.apply(this, args);
      const [command] = args;
      if (
        !stalledFor &&
        command.name === 'eval' &&
        command.args.some((a) => String(a).includes(':throttle:login-ip:'))
      ) {
        const started = performance.now();
        stall(3_000);
        stalledFor = performance.now() - started;
      }
      return sent;
    };
    try {
      const answer = await signIn(person.email, person.password);
      expect(stalledFor).toBeGreaterThanOrEqual(3_000);
      expect({ status: answer.status, type: answer.body.type }).toEqual({ status: 200, type: undefined });
      expect(answer.body.accessToken).toEqual(expect.any(String));
    } finally {
      Redis.prototype.sendCommand = sendCommand;
    }
  });

  it('takes a first connect that completed while the loop stalled past the grace', async () => {
    const client = createRedis({ kind: 'standalone', url: redis.url }, 'probe', 'jazari-test-stall');
    try {
      expect(client.status).toBe('connecting');
      const ready = whenConnected(client, 1_000);
      stall(3_000);
      await expect(ready).resolves.toBeUndefined();
      expect(client.status).toBe('ready');
    } finally {
      client.disconnect();
    }
  });

  it('still refuses sign-in at once, 503, when Redis is down', async () => {
    const person = await createUser(admin, [{ tenant: lab, role: 'researcher' }]);
    await redis.stop();
    const started = performance.now();
    const answer = await signIn(person.email, person.password);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe('5');
    expect(answer.body).toMatchObject({
      type: 'https://jazari.ma/problems/sign-in-unavailable',
      status: 503,
    });
  });
});
