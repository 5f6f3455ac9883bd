// @jazari-isolated-modules: this file defines a job of its own in the process-wide job catalogue, which
// every worker booted later in the same process would refuse for want of a handler (test/support/native-runtime.cjs).
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Injectable, Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { TransactionRunner, uuidv7, type TenantContext } from '@jazari/database';
import { OutboxRelay, OutboxService } from '@jazari/outbox';
import { defineJob, JobHandler, QueueProducer } from '@jazari/queue';
import {
  adminClient,
  createTenant,
  createUser,
  ensureRootTenant,
  idle,
  runtimeClient,
  signIn,
  testConfig,
  waitFor,
  type SignedIn,
} from '@jazari/testing';
import { createWorker } from '@jazari/worker';
import type pg from 'pg';
import request from 'supertest';

const testAlwaysFailsJob = defineJob<{ label: string }>('test.always_fails', {
  queue: 'maintenance',
  version: 1,
  attempts: 2,
  backoff: { type: 'fixed', delay: 50 },
});

let runs = 0;

@Injectable()
class AlwaysFailsHandler {
  @JobHandler(testAlwaysFailsJob)
  handle(): Promise<void> {
    runs += 1;
    return Promise.reject(new Error(`the probe fails (run ${runs})`));
  }
}
@Module({ providers: [AlwaysFailsHandler] })
class AlwaysFailsModule {}

interface FailedJobRow {
  queue: string;
  job_name: string;
  job_id: string;
  event_tenant_id: string | null;
  attempts: number;
  failed_reason: string;
  data: { eventId: string; tenantId: string; payload: { label: string } };
}

jest.setTimeout(30_000);

/** Issue 6, points 6–7: final failures copied to `failed_job`; queue depths for Root's operators. */
describe('operations: failed jobs and queue depths', () => {
  // The relay offers an event not done again after a second: a dismissed job must not come back.
  const config = testConfig({ OUTBOX_POLL_INTERVAL_MS: '100', OUTBOX_REPUBLISH_AFTER_MS: '1000' });
  const tenant: TenantContext = { tenantId: uuidv7(), tenantKind: 'institute', userId: null };
  let admin: pg.Client;
  let worker: NestFastifyApplication | undefined;
  let api: NestFastifyApplication;
  let rootAdmin: SignedIn;
  let analyst: SignedIn;
  let manager: SignedIn;
  let failedEventId: string;

  const get = (path: string, session: SignedIn) =>
    request(api.getHttpServer()).get(path).auth(session.accessToken, { type: 'bearer' });

  beforeAll(async () => {
    admin = await adminClient();
    const root = await ensureRootTenant(admin);
    const institute = await createTenant(admin, 'institute');
    const users = {
      root: await createUser(admin, [{ tenant: root, role: 'network_admin' }]),
      analyst: await createUser(admin, [{ tenant: root, role: 'ministry_analyst' }]),
      manager: await createUser(admin, [{ tenant: institute, role: 'institute_manager' }]),
    };
    worker = await createWorker(config, { handlers: [AlwaysFailsModule] });
    api = await createApi(config);
    rootAdmin = await signIn(api, users.root.email, users.root.password);
    analyst = await signIn(api, users.analyst.email, users.analyst.password);
    manager = await signIn(api, users.manager.email, users.manager.password);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await admin?.end();
  });

  it('copies a job that exhausted its attempts into failed_job once, and keeps it failed in BullMQ', async () => {
    failedEventId = await worker!
      .get(TransactionRunner)
      .run(tenant, (tx) => worker!.get(OutboxService).emit(tx, testAlwaysFailsJob, { label: 'doomed' }));
    const rows = async () =>
      (await admin.query<FailedJobRow>('SELECT * FROM failed_job WHERE job_id = $1', [failedEventId])).rows;
    await waitFor('the failed job to be copied', async () => (await rows()).length > 0, 10_000);
    // A retry (the first failure) is not a final failure: let the worker finish whatever it still runs,
    // so a second copy would have appeared.
    await idle(worker!);
    const copies = await rows();
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({
      queue: 'maintenance',
      job_name: 'test.always_fails',
      event_tenant_id: tenant.tenantId,
      attempts: 2,
      failed_reason: 'the probe fails (run 2)',
      data: { eventId: failedEventId, tenantId: tenant.tenantId, payload: { label: 'doomed' } },
    });
    expect(runs).toBe(2);
    expect(await worker!.get(QueueProducer).queue('maintenance').getJobState(failedEventId)).toBe('failed');
  });

  it('shows Root network admins the queues and the failed jobs; refuses other roles', async () => {
    // No worker from here on: a job added a minute ago stays waiting on `reports`.
    await worker!.close();
    worker = undefined;
    const reports = api.get(QueueProducer).queue('reports');
    const waiting = await reports.add('test.waiting_probe', {}, { timestamp: Date.now() - 60_000 });

    const queues = await get('/api/v1/operations/queues', rootAdmin).expect(200);
    const byName = Object.fromEntries(
      (queues.body as { data: { queue: string; oldestWaitingAgeSeconds: number | null }[] }).data.map((q) => [
        q.queue,
        q,
      ]),
    );
    expect(Object.keys(byName).sort()).toEqual(['maintenance', 'notifications', 'reports', 'webhooks']);
    expect(byName.maintenance).toMatchObject({ failed: 1, waiting: 0, active: 0 });
    expect(byName.reports).toMatchObject({ waiting: 1, failed: 0 });
    expect(byName.reports.oldestWaitingAgeSeconds).toBeGreaterThanOrEqual(59);
    expect(byName.webhooks).toMatchObject({ waiting: 0, oldestWaitingAgeSeconds: null });

    const page = await get('/api/v1/operations/failed-jobs?limit=200', rootAdmin).expect(200);
    const mine = (page.body as { data: { jobId: string }[] }).data.filter((j) => j.jobId === failedEventId);
    expect(mine).toEqual([
      expect.objectContaining({
        queue: 'maintenance',
        jobName: 'test.always_fails',
        tenantId: tenant.tenantId,
        attempts: 2,
        failedReason: 'the probe fails (run 2)',
      }),
    ]);
    // A bounded page with a cursor to the next, older one.
    const first = await get('/api/v1/operations/failed-jobs?limit=1', rootAdmin).expect(200);
    const firstBody = first.body as { data: { id: string }[]; nextCursor: string | null };
    expect(firstBody.data).toHaveLength(1);
    if (firstBody.nextCursor) {
      const next = await get(
        `/api/v1/operations/failed-jobs?limit=1&cursor=${firstBody.nextCursor}`,
        rootAdmin,
      ).expect(200);
      expect((next.body as { data: { id: string }[] }).data[0]?.id).not.toBe(firstBody.data[0].id);
    }
    await get('/api/v1/operations/failed-jobs?limit=500', rootAdmin).expect(400);

    for (const session of [manager, analyst]) {
      await get('/api/v1/operations/queues', session).expect(403);
      await get('/api/v1/operations/failed-jobs', session).expect(403);
    }

    // Readiness carries the same depths as details.
    const ready = await request(api.getHttpServer()).get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      queues: expect.arrayContaining([expect.objectContaining({ queue: 'reports', waiting: 1 })]),
    });
    await waiting.remove();
  });

  it("serves the operators' board page, which holds no data", async () => {
    const page = await request(api.getHttpServer()).get('/api/v1/operations/board').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<title>Jazari — queues</title>');
    expect(page.text).toContain("fetch(api + '/auth/login'");
    expect(page.text).not.toContain(failedEventId);
  });

  it("lists a queue's jobs by state for operators only", async () => {
    const failed = await get('/api/v1/operations/queues/maintenance/jobs?state=failed', rootAdmin).expect(
      200,
    );
    expect((failed.body as { data: { id: string; state: string }[] }).data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: failedEventId,
          name: 'test.always_fails',
          state: 'failed',
          attemptsMade: 2,
        }),
      ]),
    );
    await get('/api/v1/operations/queues/gossip/jobs', rootAdmin).expect(404);
    await get('/api/v1/operations/queues/maintenance/jobs?state=lost', rootAdmin).expect(400);
    await get('/api/v1/operations/queues/maintenance/jobs', manager).expect(403);
  });

  it('retries a failed job once (attempts reset), then dismisses its next failure for good', async () => {
    const post = (path: string, session: SignedIn) =>
      request(api.getHttpServer()).post(path).auth(session.accessToken, { type: 'bearer' });
    const copy = async () =>
      (
        await admin.query<{ id: string; resolution: string | null; resolved_by: string | null }>(
          'SELECT id, resolution, resolved_by FROM failed_job WHERE job_id = $1 ORDER BY id',
          [failedEventId],
        )
      ).rows;
    const [first] = await copy();
    const maintenance = api.get(QueueProducer).queue('maintenance');

    // Reading is not enough to act; another tenant's manager cannot either.
    await post(`/api/v1/operations/failed-jobs/${first.id}/retry`, analyst).expect(403);
    await post(`/api/v1/operations/failed-jobs/${first.id}/retry`, manager).expect(403);
    await post(`/api/v1/operations/failed-jobs/${uuidv7()}/retry`, rootAdmin).expect(404);
    expect((await copy())[0].resolution).toBeNull();

    const retried = await post(`/api/v1/operations/failed-jobs/${first.id}/retry`, rootAdmin).expect(200);
    expect(retried.body).toMatchObject({ id: first.id, resolved: { resolution: 'retried' } });
    expect(await maintenance.getJobState(failedEventId)).toBe('waiting');
    const again = await post(`/api/v1/operations/failed-jobs/${first.id}/retry`, rootAdmin).expect(409);
    expect(again.body.type).toMatch(/already-resolved$/);
    const audit = await admin.query(
      `SELECT action, data FROM audit_event WHERE target_id = $1 ORDER BY seq`,
      [first.id],
    );
    expect(audit.rows).toEqual([
      {
        action: 'operations.job_retried',
        data: expect.objectContaining({ jobId: failedEventId, outcome: 'retried' }),
      },
    ]);

    // A worker runs it again with fresh attempts: two more runs, and a second copy.
    const before = runs;
    worker = await createWorker(config, { handlers: [AlwaysFailsModule] });
    await waitFor('the second final failure', async () => (await copy()).length === 2, 10_000);
    expect(runs).toBe(before + 2);

    const second = (await copy())[1];
    const dismissed = await post(`/api/v1/operations/failed-jobs/${second.id}/dismiss`, rootAdmin).expect(
      200,
    );
    expect(dismissed.body).toMatchObject({ resolved: { resolution: 'dismissed' } });
    expect(await maintenance.getJobState(failedEventId)).toBe('unknown');
    const event = await admin.query(`SELECT done_at FROM outbox_event WHERE id = $1`, [failedEventId]);
    expect(event.rows[0].done_at).not.toBeNull();
    // The relay does not publish it again: even published an hour ago (due again, were it not done), a
    // whole relay pass leaves it, and the worker has nothing more to run.
    await admin.query(`UPDATE outbox_event SET published_at = now() - interval '1 hour' WHERE id = $1`, [
      failedEventId,
    ]);
    await worker.get(OutboxRelay).drain();
    await idle(worker);
    expect(runs).toBe(before + 2);
    expect(await maintenance.getJobState(failedEventId)).toBe('unknown');
    await worker.close();
    worker = undefined;
  });

  it('lets the runtime role read failed_job in a Root context only (RLS)', async () => {
    const runtime = await runtimeClient();
    try {
      const count = async () =>
        Number((await runtime.query<{ n: string }>('SELECT count(*) AS n FROM failed_job')).rows[0].n);
      expect(await count()).toBe(0);
      await runtime.query(`SELECT set_config('app.tenant_kind', 'institute', false)`);
      expect(await count()).toBe(0);
      await runtime.query(`SELECT set_config('app.tenant_kind', 'root', false)`);
      expect(await count()).toBeGreaterThanOrEqual(1);
    } finally {
      await runtime.end();
    }
  });
});
