// @jazari-isolated-modules: this file defines a job of its own in the process-wide job catalogue, which
// every worker booted later in the same process would refuse for want of a handler (test/support/native-runtime.cjs).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Injectable, Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { TransactionRunner, uuidv7, type TenantContext } from '@jazari/database';
import { OutboxService } from '@jazari/outbox';
import {
  allSchedules,
  defineJob,
  defineSystemJob,
  JobHandler,
  QUEUE_CONNECTION,
  QueueProducer,
  type JobEnvelope,
  type PayloadOf,
  type QueueConnection,
} from '@jazari/queue';
import {
  adminClient,
  createTenant,
  createUser,
  idle,
  testConfig,
  testServices,
  waitFor,
} from '@jazari/testing';
import { createWorker } from '@jazari/worker';
import type pg from 'pg';
import request from 'supertest';

const testPgProbeJob = defineJob<{ label: string; failTimes?: number; slowMs?: number }>('test.pg_probe', {
  queue: 'maintenance',
  version: 1,
  attempts: 3,
  backoff: { type: 'exponential', delay: 200 },
});

const testPgTickJob = defineSystemJob<Record<string, never>>('test.pg_tick', {
  queue: 'maintenance',
  version: 1,
  attempts: 1,
  backoff: { type: 'fixed', delay: 100 },
});

const handled: string[] = [];
let ticks = 0;
const attemptsSeen = new Map<string, number[]>();

@Injectable()
class PgProbeHandler {
  @JobHandler(testPgProbeJob)
  async handle(envelope: JobEnvelope<PayloadOf<typeof testPgProbeJob>>): Promise<void> {
    const { label, failTimes = 0, slowMs } = envelope.payload;
    const seen = attemptsSeen.get(label) ?? [];
    seen.push(Date.now());
    attemptsSeen.set(label, seen);
    if (seen.length <= failTimes) throw new Error(`the probe fails (run ${seen.length})`);
    if (slowMs) await new Promise((resolve) => setTimeout(resolve, slowMs));
    handled.push(label);
  }

  @JobHandler(testPgTickJob)
  tick(): Promise<void> {
    ticks += 1;
    return Promise.resolve();
  }
}
@Module({ providers: [PgProbeHandler] })
class PgProbeModule {}

const count = (label: string): number => handled.filter((l) => l === label).length;

/**
 * The queues on BullMQ's PostgreSQL backend (what `npm start` uses when there is no Redis): the outbox →
 * queue → worker path and every BullMQ feature Jazari relies on, against a real PostgreSQL, no Redis.
 */
describe('queues on PostgreSQL (no Redis)', () => {
  // The owner role may create the queue schema in the run's database; REDIS_URL points nowhere.
  const config = testConfig({
    QUEUE_BACKEND: 'postgres',
    QUEUE_DATABASE_URL: testServices.ownerUrl,
    REDIS_URL: 'redis://127.0.0.1:1',
    OUTBOX_POLL_INTERVAL_MS: '100',
    OUTBOX_REPUBLISH_AFTER_MS: '1000',
    THROTTLE_LOGIN_FAILURES_PER_ACCOUNT: '3',
    // This suite checks that the worker upserts every job scheduler.
    JOB_SCHEDULES: 'all',
  });
  const tenantId = uuidv7();
  const tenant: TenantContext = { tenantId, tenantKind: 'institute', userId: null };
  let worker: NestFastifyApplication | undefined;
  let admin: pg.Client;

  const emit = (label: string, extra: { failTimes?: number; slowMs?: number } = {}): Promise<string> =>
    worker!
      .get(TransactionRunner)
      .run(tenant, (tx) => worker!.get(OutboxService).emit(tx, testPgProbeJob, { label, ...extra }));
  const done = async (id: string) =>
    (await admin.query<{ done_at: Date | null }>('SELECT done_at FROM outbox_event WHERE id = $1', [id]))
      .rows[0]?.done_at;

  beforeAll(async () => {
    admin = await adminClient();
    worker = await createWorker(config, { handlers: [PgProbeModule] });
  });
  afterAll(async () => {
    await worker?.close();
    await admin.end();
  });

  it('runs on PostgreSQL, in a schema of its own', async () => {
    expect(worker!.get<QueueConnection>(QUEUE_CONNECTION).backend).toBe('postgres');
    const schema = config.redis.queuePrefix
      .replace(/[{}]/g, '')
      .replace(/[^a-z0-9_]/gi, '_')
      .toLowerCase();
    const { rows } = await admin.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [`bullmq_${schema}`]);
    expect(rows).toHaveLength(1);
  });

  it('relays an outbox event to the queue and the worker handles it once', async () => {
    const id = await emit('relayed');
    await waitFor('the event to be done', () => done(id), 20_000);
    expect(count('relayed')).toBe(1);
  });

  it('de-duplicates by jobId: the same event enqueued twice runs once', async () => {
    const eventId = uuidv7();
    const envelope: JobEnvelope<PayloadOf<typeof testPgProbeJob>> = {
      v: 1,
      eventId,
      tenantId,
      payload: { label: 'dedup', slowMs: 300 },
    };
    const producer = worker!.get(QueueProducer);
    await producer.enqueue(testPgProbeJob, envelope);
    await producer.enqueue(testPgProbeJob, envelope);
    const queue = producer.queue('maintenance');
    expect((await queue.getJob(eventId))?.id).toBe(eventId);
    await waitFor(
      'the job to complete',
      async () => (await queue.getJobState(eventId)) === 'completed',
      20_000,
    );
    await producer.enqueue(testPgProbeJob, envelope); // still kept as completed: a no-op
    // Nothing waiting or running (a second copy would be, until it ran): then the count is final.
    await idle(worker!, { delayed: false });
    expect(await queue.getJobState(eventId)).toBe('completed');
    expect(attemptsSeen.get('dedup')).toHaveLength(1);
  });

  it('replaces a finished job when the relay publishes its event again (republish)', async () => {
    const eventId = uuidv7();
    const envelope: JobEnvelope<PayloadOf<typeof testPgProbeJob>> = {
      v: 1,
      eventId,
      tenantId,
      payload: { label: 'again' },
    };
    const producer = worker!.get(QueueProducer);
    const queue = producer.queue('maintenance');
    await producer.enqueue(testPgProbeJob, envelope);
    await waitFor(
      'the job to complete',
      async () => (await queue.getJobState(eventId)) === 'completed',
      20_000,
    );
    const first = (await queue.getJob(eventId))!.timestamp;
    await producer.enqueueMany([{ name: 'test.pg_probe', envelope, republish: true }]);
    await waitFor(
      'a new job of the same id, completed',
      async () =>
        (await queue.getJobState(eventId)) === 'completed' &&
        (await queue.getJob(eventId))!.timestamp > first,
      20_000,
    );
    // The ledger kept the effect once.
    expect(count('again')).toBe(1);
  });

  it('retries with exponential backoff, then succeeds', async () => {
    const id = await emit('flaky', { failTimes: 2 });
    await waitFor('the flaky event to be done', () => done(id), 30_000);
    const times = attemptsSeen.get('flaky')!;
    expect(times).toHaveLength(3);
    // exponential, 200 ms: about 200 ms then 400 ms between attempts
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(180);
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(380);
    expect(count('flaky')).toBe(1);
  });

  it('copies a job that exhausted its attempts into failed_job and keeps it failed', async () => {
    const id = await emit('doomed', { failTimes: 99 });
    const rows = async () =>
      (
        await admin.query<{ attempts: number; failed_reason: string; queue: string }>(
          'SELECT attempts, failed_reason, queue FROM failed_job WHERE job_id = $1',
          [id],
        )
      ).rows;
    await waitFor('the failed job to be copied', async () => (await rows()).length > 0, 30_000);
    expect(await rows()).toEqual([
      { attempts: 3, failed_reason: 'the probe fails (run 3)', queue: 'maintenance' },
    ]);
    expect(await worker!.get(QueueProducer).queue('maintenance').getJobState(id)).toBe('failed');
  });

  it('holds the job schedulers the worker upserts, and a scheduler fires repeatedly', async () => {
    const producer = worker!.get(QueueProducer);
    const ids = new Set<string>();
    for (const queue of ['maintenance', 'notifications', 'webhooks', 'reports'] as const) {
      for (const s of await producer.queue(queue).getJobSchedulers(0, -1)) ids.add(s.key);
    }
    for (const schedule of allSchedules()) expect(ids).toContain(schedule.id);
    await producer
      .queue('maintenance')
      .upsertJobScheduler(
        'test-pg-every-300ms',
        { every: 300 },
        { name: 'test.pg_tick', data: { v: 1, system: true, payload: {} } },
      );
    try {
      await waitFor('two scheduled runs', () => Promise.resolve(ticks >= 2), 20_000);
    } finally {
      await producer.queue('maintenance').removeJobScheduler('test-pg-every-300ms');
    }
  });

  it('closes gracefully: a running job finishes before the worker stops', async () => {
    const id = await emit('slow', { slowMs: 1_500 });
    await waitFor('the slow job to start', () => attemptsSeen.has('slow'), 20_000);
    await worker!.close();
    worker = undefined;
    expect(count('slow')).toBe(1);
    expect(await done(id)).toBeTruthy();
  });

  it('throttles sign-in with counters in PostgreSQL, shared by two API instances', async () => {
    const [first, second] = [await createApi(config), await createApi(config)];
    try {
      expect(first.get<QueueConnection>(QUEUE_CONNECTION).backend).toBe('postgres');
      const institute = await createTenant(admin, 'institute');
      const user = await createUser(admin, [{ tenant: institute, role: 'researcher' }]);
      const attempt = (app: NestFastifyApplication, password = 'Wrong-Password-1') =>
        request(app.getHttpServer()).post('/api/v1/auth/login').send({ email: user.email, password });
      for (let i = 0; i < 3; i++) await attempt(i % 2 === 0 ? first : second).expect(401);
      const response = await attempt(second, user.password).expect(429);
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      const ready = await request(first.getHttpServer()).get('/health/ready').expect(200);
      expect(ready.body.checks).toMatchObject({ postgres: { status: 'up' }, queueStore: { status: 'up' } });
    } finally {
      await first.close();
      await second.close();
    }
  });
});
