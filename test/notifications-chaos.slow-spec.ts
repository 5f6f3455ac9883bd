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
  type TestUser,
} from '@jazari/testing';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type pg from 'pg';
import request from 'supertest';
import { startLocalRedis, type LocalRedis } from '../scripts/lib/local-redis.js';

/**
 * Issue 6, delivery guarantees. A worker in a child process (so it can be killed), its own Redis (so it
 * can be lost), a real SMTP server and a webhook receiver on loopback. Each event (`conventions.activated`
 * of a convention between two tenants) reaches two admins in-app and by e-mail, and one webhook endpoint.
 *
 * - SIGTERM during load: the worker finishes what it runs and stops; its successor does the rest — no
 *   delivery twice at all.
 * - 1,000 events, the worker SIGKILLed once and Redis killed and restarted empty once: every event is
 *   delivered to every recipient on every channel, each ledger row and inbox row once. What reached the
 *   SMTP server or the receiver twice can only be what was in flight at the SIGKILL (sent, not yet marked
 *   delivered: the documented at-least-once window), and carries the same Message-ID / event id.
 */
jest.setTimeout(360_000);

const WORKER_SCRIPT = path.resolve('dist/apps/worker/src/main.js');
/** The child worker's pool gives it a concurrency of 4: at most 4 jobs in flight when it is killed. */
const WORKER_POOL = 10;
const CONCURRENCY = 4;

interface Hook {
  readonly eventId: string;
  readonly deliveryId: string;
}

describe('notifications under failure: exactly once per recipient and channel', () => {
  let redis: LocalRedis;
  let redisDir: string;
  let smtp: MailSink;
  let receiver: http.Server;
  const hooks: Hook[] = [];
  let admin: pg.Client;
  let api: NestFastifyApplication;
  let institute: TestTenant;
  let partner: TestTenant;
  let people: TestUser[];
  let conventionId: string;
  let workerEnv: Record<string, string>;
  let worker: ChildProcess | undefined;

  async function startWorker(): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['--enable-source-maps', WORKER_SCRIPT], {
      env: { PATH: process.env.PATH ?? '', ...workerEnv },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the worker did not start in 60 s')), 60_000);
      createInterface({ input: child.stdout }).on('line', (line) => {
        if (line.includes('Worker running')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => reject(new Error(`the worker exited with ${code} at start`)));
    });
    child.stdout.resume();
    return child;
  }

  async function stopWorker(signal: NodeJS.Signals): Promise<void> {
    const child = worker;
    worker = undefined;
    if (!child || child.exitCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await gone;
  }

  /** Emits `count` events as the signing flow would: outbox rows of the convention's owner. */
  async function emit(count: number): Promise<string[]> {
    const ids = Array.from({ length: count }, () => uuidv7());
    const payload = JSON.stringify({ conventionId, partyTenantIds: [institute.id, partner.id] });
    for (let i = 0; i < ids.length; i += 100) {
      await admin.query(
        `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload)
         SELECT $1, id, 'conventions.activated', 1, 'notifications', $3::jsonb FROM unnest($2::uuid[]) AS id`,
        [institute.id, ids.slice(i, i + 100), payload],
      );
    }
    return ids;
  }

  const emailsOf = (ids: readonly string[]) => {
    const wanted = new Set(ids);
    return smtp.received.filter((m) => wanted.has(/^<([0-9a-f-]{36})\./.exec(m.messageId)?.[1] ?? ''));
  };
  const hooksOf = (ids: readonly string[]) => {
    const wanted = new Set(ids);
    return hooks.filter((h) => wanted.has(h.eventId));
  };

  /** Everything the events asked for is done: events and their webhook deliveries handled. */
  async function settled(ids: readonly string[]): Promise<void> {
    await waitFor(
      'every event and webhook delivery handled',
      async () => {
        const { rows } = await admin.query<{ events: number; deliveries: number }>(
          `SELECT (SELECT count(*)::int FROM outbox_event WHERE id = ANY($1::uuid[]) AND done_at IS NULL) AS events,
                  (SELECT count(*)::int FROM webhook_delivery WHERE event_id = ANY($1::uuid[]) AND status = 'delivered') AS deliveries`,
          [ids],
        );
        return rows[0].events === 0 && rows[0].deliveries === ids.length;
      },
      240_000,
      250,
    );
  }

  /** The ledger and the inbox: each (event, channel, recipient) exactly once, all delivered. */
  async function expectRecordedOnce(ids: readonly string[]): Promise<void> {
    const { rows } = await admin.query<{ channel: string; status: string; n: number }>(
      `SELECT channel, status, count(*)::int AS n FROM notification_delivery
        WHERE event_id = ANY($1::uuid[]) GROUP BY channel, status ORDER BY channel, status`,
      [ids],
    );
    expect(rows).toEqual([
      { channel: 'email', status: 'delivered', n: ids.length * people.length },
      { channel: 'in_app', status: 'delivered', n: ids.length * people.length },
    ]);
    const inbox = await admin.query<{ n: number; distinct: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT (event_id, user_id))::int AS distinct
         FROM notification WHERE event_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(inbox.rows[0]).toEqual({ n: ids.length * people.length, distinct: ids.length * people.length });
    const deliveries = await admin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM webhook_delivery WHERE event_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(deliveries.rows[0].n).toBe(ids.length);
  }

  beforeAll(async () => {
    redisDir = await mkdtemp(path.join(tmpdir(), 'jazari-chaos-redis-'));
    redis = await startLocalRedis(redisDir, false);
    smtp = await startMailSink();
    receiver = http.createServer((req, res) => {
      // A worker SIGKILLed mid-request resets the connection: not an error of the receiver's.
      req.on('error', () => undefined);
      req.resume();
      req.on('end', () => {
        hooks.push({
          eventId: String(req.headers['jazari-event-id']),
          deliveryId: String(req.headers['jazari-delivery-id']),
        });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const hookPort = (receiver.address() as AddressInfo).port;

    const overrides = {
      REDIS_URL: redis.url,
      SMTP_URL: smtp.url,
      SMTP_TIMEOUT_MS: '1000',
      OUTBOX_POLL_INTERVAL_MS: '100',
      OUTBOX_REPUBLISH_AFTER_MS: '3000',
      WEBHOOK_RETRY_BASE_MS: '200',
    };
    // Every schedule, as in production: the suite checks they come back after Redis loses them.
    workerEnv = testEnv({ ...overrides, DATABASE_POOL_SIZE: String(WORKER_POOL), JOB_SCHEDULES: 'all' });
    admin = await adminClient();
    institute = await createTenant(admin, 'institute');
    partner = await createTenant(admin, 'partner');
    people = [
      await createUser(admin, [{ tenant: institute, role: 'institute_manager' }], { locale: 'fr' }),
      await createUser(admin, [{ tenant: partner, role: 'partner_admin' }], { locale: 'ar' }),
    ];
    api = await createApi(testConfig(overrides));
    const manager = await signIn(api, people[0].email, people[0].password);
    const auth = { authorization: `Bearer ${manager.accessToken}` };
    const convention = await request(api.getHttpServer())
      .post('/api/v1/conventions')
      .set(auth)
      .send({
        title: 'Convention sous contrainte',
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
    await stopWorker('SIGKILL');
    await api?.close();
    await admin?.end();
    await smtp?.close();
    await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
    await redis?.stop();
  });

  it('SIGTERM during load: running jobs finish, the next worker does the rest, nothing twice', async () => {
    worker = await startWorker();
    const ids = await emit(200);
    await waitFor('a third of the e-mails', () => emailsOf(ids).length >= 130, 60_000, 20);
    await stopWorker('SIGTERM');
    const atStop = emailsOf(ids).length;
    worker = await startWorker();
    await settled(ids);
    await expectRecordedOnce(ids);
    const emails = emailsOf(ids);
    expect(atStop).toBeLessThan(ids.length * people.length);
    expect(new Set(emails.map((m) => m.messageId)).size).toBe(ids.length * people.length);
    expect(emails).toHaveLength(ids.length * people.length); // zero duplicates
    const received = hooksOf(ids);
    expect(new Set(received.map((h) => h.eventId)).size).toBe(ids.length);
    expect(received).toHaveLength(ids.length); // zero duplicates
    await stopWorker('SIGTERM');
  });

  it('1,000 events through a SIGKILLed worker and a Redis restarted empty: every delivery, once', async () => {
    worker = await startWorker();
    const ids = await emit(1_000);
    const expected = ids.length * people.length;

    await waitFor('a quarter of the e-mails', () => emailsOf(ids).length >= expected / 4, 120_000, 10);
    await stopWorker('SIGKILL');
    worker = await startWorker();

    await waitFor(
      'three fifths of the e-mails',
      () => emailsOf(ids).length >= (expected * 3) / 5,
      180_000,
      20,
    );
    // Redis dies with every queued job and comes back empty where the worker expects it.
    await redis.stop('SIGKILL');
    redis = await startLocalRedis(redisDir, false, redis.port);

    await settled(ids);
    await expectRecordedOnce(ids);

    const emails = emailsOf(ids);
    const distinctEmails = new Set(emails.map((m) => m.messageId)).size;
    const received = hooksOf(ids);
    const distinctHooks = new Set(received.map((h) => h.eventId)).size;
    process.stderr.write(
      `[chaos] e-mails received ${emails.length} (distinct ${distinctEmails} of ${expected}); ` +
        `webhooks received ${received.length} (distinct events ${distinctHooks} of ${ids.length})\n`,
    );
    expect(distinctEmails).toBe(expected);
    expect(distinctHooks).toBe(ids.length);
    // Only a send in flight at the SIGKILL can arrive twice: at most one per job the worker was running.
    expect(emails.length - distinctEmails).toBeLessThanOrEqual(CONCURRENCY);
    expect(received.length - distinctHooks).toBeLessThanOrEqual(CONCURRENCY);

    // The scheduled sweeps Redis lost with everything else are back (upserted again on reconnection).
    const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    const maintenance = new Queue('maintenance', { connection, prefix: workerEnv.QUEUE_PREFIX });
    try {
      const ids = (await maintenance.getJobSchedulers()).map((s) => s.key).sort();
      expect(ids).toEqual(
        expect.arrayContaining(['conventions.sweep', 'maintenance.prune', 'notifications.digest']),
      );
    } finally {
      await maintenance.close();
      connection.disconnect();
    }
  });
});
