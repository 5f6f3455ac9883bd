// @jazari-isolated-modules: this file defines a job of its own in the process-wide job catalogue, which
// every worker booted later in the same process would refuse for want of a handler (test/support/native-runtime.cjs).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { uuidv7 } from '@jazari/database';
import { defineJob, QueueProducer } from '@jazari/queue';
import { testConfig } from '@jazari/testing';
import request from 'supertest';
import { startLocalRedis, type LocalRedis } from '../scripts/lib/local-redis.js';

const testHealthProbeJob = defineJob<Record<string, never>>('test.health_probe', {
  queue: 'maintenance',
  version: 1,
  attempts: 1,
  backoff: { type: 'fixed', delay: 0 },
});

describe('health', () => {
  let redis: LocalRedis;
  let api: NestFastifyApplication;

  beforeAll(async () => {
    // A Redis of this suite's own, so stopping it disturbs no other suite.
    redis = await startLocalRedis(`.data/test-health-redis-${process.pid}`, false);
    api = await createApi(testConfig({ REDIS_URL: redis.url }));
  });
  afterAll(async () => {
    await api.close();
    await redis.stop();
  });

  it('is live and ready while PostgreSQL and Redis answer', async () => {
    expect((await request(api.getHttpServer()).get('/health/live')).status).toBe(200);
    const ready = await request(api.getHttpServer()).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      checks: { postgres: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('answers 503 problem+json naming Redis when Redis is down, and stays live', async () => {
    await redis.stop();
    const ready = await request(api.getHttpServer()).get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(ready.body).toMatchObject({
      type: 'https://jazari.ma/problems/not-ready',
      status: 503,
      detail: 'Unavailable: redis',
      checks: { postgres: { status: 'up' }, redis: { status: 'down' } },
    });
    expect((await request(api.getHttpServer()).get('/health/live')).status).toBe(200);
  });

  it('makes producers fail at once, not hang, while Redis is down', async () => {
    const started = Date.now();
    await expect(
      api
        .get(QueueProducer)
        .enqueue(testHealthProbeJob, { v: 1, eventId: uuidv7(), tenantId: uuidv7(), payload: {} }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
