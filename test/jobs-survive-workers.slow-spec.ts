import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { uuidv7 } from '@jazari/database';
import {
  adminClient,
  createTenant,
  createUser,
  signIn,
  startMailSink,
  testConfig,
  testEnv,
  waitFor,
  type MailSink,
  type TestTenant,
} from '@jazari/testing';
import type pg from 'pg';
import request from 'supertest';
import { startLocalRedis, type LocalRedis } from '../scripts/lib/local-redis.js';

/**
 * Issue 17, points 1 and 2, with real processes: a worker in a child process killed (SIGKILL) twice while
 * its handler runs — a webhook receiver holds the request until the kill — and the job still ends done,
 * without an operator; then SIGTERM with Redis down stops the worker, and the API, within the bound.
 */
jest.setTimeout(180_000);

const WORKER_SCRIPT = path.resolve('dist/apps/worker/src/main.js');
const API_SCRIPT = path.resolve('dist/apps/api/src/main.js');

interface Received {
  readonly eventId: string;
  readonly deliveryId: string;
  readonly idempotencyKey: string;
}

describe('a job survives the deaths of its workers', () => {
  let redis: LocalRedis;
  let smtp: MailSink;
  let receiver: http.Server;
  const received: Received[] = [];
  /** Requests the receiver holds without an answer (the worker is killed meanwhile). */
  let holdNext = 0;
  let admin: pg.Client;
  let api: NestFastifyApplication;
  let institute: TestTenant;
  let partner: TestTenant;
  let conventionId: string;
  let overrides: Record<string, string>;
  const children = new Set<ChildProcess>();

  function spawnChild(script: string, env: Record<string, string>, ready: string): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['--enable-source-maps', script], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.add(child);
    child.once('exit', () => children.delete(child));
    return new Promise<ChildProcess>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${script} did not start in 60 s`)), 60_000);
      createInterface({ input: child.stdout }).on('line', (line) => {
        if (line.includes(ready)) {
          clearTimeout(timer);
          resolve(child);
        }
      });
      child.once('exit', (code) => reject(new Error(`${script} exited with ${code} at start`)));
    });
  }

  const startWorker = (extra: Record<string, string> = {}) =>
    spawnChild(WORKER_SCRIPT, testEnv({ ...overrides, ...extra }), 'Worker running');

  async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<number> {
    const started = Date.now();
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill(signal);
      await gone;
    }
    return Date.now() - started;
  }

  /** One `conventions.activated` event: two e-mails, two inbox rows and one webhook delivery. */
  async function emit(): Promise<string> {
    const id = uuidv7();
    await admin.query(
      `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload)
       VALUES ($1, $2, 'conventions.activated', 1, 'notifications', $3::jsonb)`,
      [institute.id, id, JSON.stringify({ conventionId, partyTenantIds: [institute.id, partner.id] })],
    );
    return id;
  }

  async function deliveryOf(eventId: string) {
    const { rows } = await admin.query<{ id: string; status: string; attempts: number; event_done: boolean }>(
      `SELECT d.id, d.status, d.attempts,
              (SELECT bool_and(o.done_at IS NOT NULL) FROM outbox_event o
                WHERE o.type = 'webhooks.delivery_requested' AND o.payload ->> 'deliveryId' = d.id::text) AS event_done
         FROM webhook_delivery d WHERE d.event_id = $1`,
      [eventId],
    );
    return rows[0];
  }

  const hooksOf = (eventId: string) => received.filter((r) => r.eventId === eventId);

  async function failedJobs(): Promise<number> {
    const { rows } = await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM failed_job`);
    return rows[0].n;
  }

  /** The worker is killed twice, each time while the receiver holds its request; a third one finishes. */
  async function killTwiceMidRun(extra: Record<string, string>): Promise<string> {
    holdNext = 2;
    let worker = await startWorker(extra);
    const eventId = await emit();
    await waitFor('the first attempt at the receiver', () => hooksOf(eventId).length === 1, 60_000);
    await kill(worker, 'SIGKILL');
    worker = await startWorker(extra);
    await waitFor('the second attempt, on the next worker', () => hooksOf(eventId).length === 2, 60_000);
    await kill(worker, 'SIGKILL');
    worker = await startWorker(extra);
    await waitFor(
      'the delivery done and its event too',
      async () => {
        const delivery = await deliveryOf(eventId);
        return delivery?.status === 'delivered' && delivery.event_done;
      },
      90_000,
      100,
    );
    await waitFor(
      'the notification event done',
      async () =>
        (await admin.query(`SELECT 1 FROM outbox_event WHERE id = $1 AND done_at IS NOT NULL`, [eventId]))
          .rowCount === 1,
      30_000,
    );
    await kill(worker, 'SIGTERM');
    return eventId;
  }

  async function expectDeliveredOnceMore(eventId: string): Promise<void> {
    // Three requests (two cut short by the kills), all with the same event id and idempotency key.
    const hooks = hooksOf(eventId);
    expect(hooks).toHaveLength(3);
    expect(new Set(hooks.map((h) => h.idempotencyKey)).size).toBe(1);
    expect(new Set(hooks.map((h) => h.deliveryId)).size).toBe(1);
    expect((await deliveryOf(eventId))?.attempts).toBe(3);
    // The e-mails and inbox rows of the event: each once.
    const { rows } = await admin.query<{ channel: string; status: string; n: number }>(
      `SELECT channel, status, count(*)::int AS n FROM notification_delivery WHERE event_id = $1
        GROUP BY channel, status ORDER BY channel`,
      [eventId],
    );
    expect(rows).toEqual([
      { channel: 'email', status: 'delivered', n: 2 },
      { channel: 'in_app', status: 'delivered', n: 2 },
    ]);
    const mails = smtp.received.filter((m) => m.messageId.startsWith(`<${eventId}.`));
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(2);
  }

  beforeAll(async () => {
    redis = await startLocalRedis(await mkdtemp(path.join(tmpdir(), 'jazari-jobs-redis-')), false);
    smtp = await startMailSink();
    receiver = http.createServer((req, res) => {
      req.on('error', () => undefined);
      req.resume();
      req.on('end', () => {
        received.push({
          eventId: String(req.headers['jazari-event-id']),
          deliveryId: String(req.headers['jazari-delivery-id']),
          idempotencyKey: String(req.headers['idempotency-key']),
        });
        if (holdNext > 0) {
          holdNext--;
          return; // held: the worker is killed before any answer
        }
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const hookPort = (receiver.address() as AddressInfo).port;
    overrides = {
      // One prefix for every worker and the API of the file (testEnv draws a new one per call).
      QUEUE_PREFIX: testEnv().QUEUE_PREFIX,
      REDIS_URL: redis.url,
      SMTP_URL: smtp.url,
      OUTBOX_POLL_INTERVAL_MS: '100',
      OUTBOX_REPUBLISH_AFTER_MS: '3000',
      WEBHOOK_RETRY_BASE_MS: '200',
      WEBHOOK_TIMEOUT_MS: '60000',
      // A dead worker's job is found in about 3 s rather than the production 45 s.
      QUEUE_LOCK_DURATION_MS: '2000',
      QUEUE_STALLED_INTERVAL_MS: '1000',
      DATABASE_POOL_SIZE: '6',
    };
    admin = await adminClient();
    institute = await createTenant(admin, 'institute');
    partner = await createTenant(admin, 'partner');
    const people = [
      await createUser(admin, [{ tenant: institute, role: 'institute_manager' }]),
      await createUser(admin, [{ tenant: partner, role: 'partner_admin' }]),
    ];
    api = await createApi(testConfig(overrides));
    const manager = await signIn(api, people[0].email, people[0].password);
    const auth = { authorization: `Bearer ${manager.accessToken}` };
    const convention = await request(api.getHttpServer())
      .post('/api/v1/conventions')
      .set(auth)
      .send({
        title: 'Convention qui survit',
        type: 'partnership',
        parties: [
          { tenantId: institute.id, roleLabel: 'porteur' },
          { tenantId: partner.id, roleLabel: 'partenaire' },
        ],
      })
      .expect(201);
    conventionId = convention.body.id as string;
    await request(api.getHttpServer())
      .post('/api/v1/webhooks')
      .set(auth)
      .send({ url: `http://127.0.0.1:${hookPort}/hooks`, eventTypes: ['conventions.activated'] })
      .expect(201);
  });

  afterAll(async () => {
    for (const child of children) await kill(child, 'SIGKILL');
    await api?.close();
    await admin?.end();
    await smtp?.close();
    await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
    await redis?.stop('SIGKILL');
  });

  it('a job killed twice mid-run is processed to completion, and no failure is recorded', async () => {
    const eventId = await killTwiceMidRun({});
    await expectDeliveredOnceMore(eventId);
    expect(await failedJobs()).toBe(0);
  });

  it('a job BullMQ gives up on after its stalls (QUEUE_MAX_STALLED_COUNT=1) is published again by the relay', async () => {
    // BullMQ's own default: the second stall fails the job for good. The relay replaces that failed job.
    const eventId = await killTwiceMidRun({ QUEUE_MAX_STALLED_COUNT: '1' });
    await expectDeliveredOnceMore(eventId);
    expect(await failedJobs()).toBe(0);
  });

  it('SIGTERM with Redis down: the worker and the API exit within SHUTDOWN_TIMEOUT_MS', async () => {
    const bound = { SHUTDOWN_TIMEOUT_MS: '5000' };
    const worker = await startWorker(bound);
    const apiChild = await spawnChild(API_SCRIPT, testEnv({ ...overrides, ...bound }), 'API listening');
    // A job in flight at the outage: the receiver holds its request.
    holdNext = 1;
    const eventId = await emit();
    await waitFor('the request at the receiver', () => hooksOf(eventId).length === 1, 60_000);
    await redis.stop('SIGKILL');
    const [workerMs, apiMs] = await Promise.all([kill(worker, 'SIGTERM'), kill(apiChild, 'SIGTERM')]);
    process.stderr.write(`[shutdown] worker ${workerMs} ms, api ${apiMs} ms with Redis down\n`);
    expect(workerMs).toBeLessThan(5_000 + 1_500);
    expect(apiMs).toBeLessThan(5_000 + 1_500);
    // What the worker left is done by the next one, once Redis is back.
    redis = await startLocalRedis(
      await mkdtemp(path.join(tmpdir(), 'jazari-jobs-redis-')),
      false,
      redis.port,
    );
    const next = await startWorker();
    await waitFor(
      'the delivery done after the restart',
      async () => (await deliveryOf(eventId))?.status === 'delivered',
      90_000,
      100,
    );
    await kill(next, 'SIGTERM');
    expect(await failedJobs()).toBe(0);
  });
});
