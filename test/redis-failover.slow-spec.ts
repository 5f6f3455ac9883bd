import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { uuidv7 } from '@jazari/database';
import { QUEUE_CONNECTION, QueueProducer, type QueueConnection } from '@jazari/queue';
import {
  idle,
  startMailSink,
  testConfig,
  testWorld,
  waitFor,
  type MailSink,
  type TestWorld,
} from '@jazari/testing';
import { Redis } from 'ioredis';
import request from 'supertest';
import {
  startRedisClusterSet,
  startRedisSentinelSet,
  type RedisClusterSet,
  type RedisSentinelSet,
} from '../scripts/lib/redis-ha.js';

/**
 * Issue 23, Redis that fails over. The API and the worker (in-process) reach Redis by URL only:
 *
 * - `redis+sentinel://…/jazari`: a primary, its replica and three Sentinels (local redis-server
 *   processes). Outbox events flow into notifications (in-app and e-mail to two people each) while the
 *   primary is SIGKILLed; the Sentinels promote the replica, every connection follows it. Readiness says
 *   "not ready" while no primary answers and "ok" after; sign-in fails closed (503) meanwhile, never 500;
 *   every notification is recorded and e-mailed exactly once (what the dead primary lost, the outbox
 *   publishes again); the login throttle counts on the new primary.
 * - `redis+cluster://…`: three masters. Queues, the login throttle and a job schedule work; every key of
 *   the hash-tagged prefix (queues and throttle counters) lives in one slot, so on one master.
 */
jest.setTimeout(180_000);

type Users = 'manager' | 'buyer';
type World = TestWorld<'lab' | 'acme', Users>;

const THROTTLE = {
  THROTTLE_LOGIN_FAILURES_PER_ACCOUNT: '3',
  // The sign-in probe below signs in every 150 ms: only the account's wrong passwords are counted here.
  THROTTLE_LOGIN_ATTEMPTS_PER_IP: '10000',
};

async function worldOn(redisUrl: string, smtp: MailSink, extra: Record<string, string> = {}): Promise<World> {
  return testWorld({
    config: testConfig({
      REDIS_URL: redisUrl,
      SMTP_URL: smtp.url,
      SMTP_TIMEOUT_MS: '2000',
      OUTBOX_POLL_INTERVAL_MS: '100',
      // A job the dead primary took with it is published again this soon (its event is not done).
      OUTBOX_REPUBLISH_AFTER_MS: '3000',
      // A job whose lock died with the primary is found stalled and run again this soon.
      QUEUE_LOCK_DURATION_MS: '4000',
      QUEUE_STALLED_INTERVAL_MS: '1000',
      ...THROTTLE,
      ...extra,
    }),
    tenants: { lab: 'institute', acme: 'partner' },
    users: {
      manager: { tenant: 'lab', role: 'institute_manager' },
      buyer: { tenant: 'acme', role: 'partner_admin', locale: 'ar' },
    },
    worker: true,
  });
}

/** A convention between the two tenants: what each `conventions.activated` event below is about. */
async function conventionOf(world: World): Promise<string> {
  const { body } = await world
    .as('manager')
    .post('/conventions', {
      title: 'Convention en bascule',
      type: 'partnership',
      parties: [
        { tenantId: world.tenants.lab.id, roleLabel: 'porteur' },
        { tenantId: world.tenants.acme.id, roleLabel: 'partenaire' },
      ],
    })
    .expect(201);
  return body.id as string;
}

/** Writes `count` events as the signing flow would: outbox rows of the convention's owner. */
async function emit(world: World, conventionId: string, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => uuidv7());
  await world.admin.query(
    `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload)
     SELECT $1, id, 'conventions.activated', 1, 'notifications', $3::jsonb FROM unnest($2::uuid[]) AS id`,
    [
      world.tenants.lab.id,
      ids,
      JSON.stringify({ conventionId, partyTenantIds: [world.tenants.lab.id, world.tenants.acme.id] }),
    ],
  );
  return ids;
}

function emailsOf(smtp: MailSink, ids: readonly string[]) {
  const wanted = new Set(ids);
  return smtp.received.filter((m) => wanted.has(/^<([0-9a-f-]{36})\./.exec(m.messageId)?.[1] ?? ''));
}

interface Effects {
  readonly events: number;
  readonly eventsDone: number;
  readonly republished: number;
  readonly inApp: number;
  readonly inbox: number;
  readonly inboxDistinct: number;
  readonly emailsRecorded: number;
  readonly emailsReceived: number;
  readonly emailsDistinct: number;
}

/** What the events did, counted in PostgreSQL and at the SMTP server. */
async function effectsOf(world: World, smtp: MailSink, ids: readonly string[]): Promise<Effects> {
  const { rows } = await world.admin.query<Omit<Effects, 'emailsReceived' | 'emailsDistinct'>>(
    `SELECT (SELECT count(*)::int FROM outbox_event WHERE id = ANY($1::uuid[])) AS events,
            (SELECT count(*)::int FROM outbox_event WHERE id = ANY($1::uuid[]) AND done_at IS NOT NULL) AS "eventsDone",
            (SELECT count(*)::int FROM outbox_event WHERE id = ANY($1::uuid[]) AND publish_count > 1) AS republished,
            (SELECT count(*)::int FROM notification_delivery
              WHERE event_id = ANY($1::uuid[]) AND channel = 'in_app' AND status = 'delivered') AS "inApp",
            (SELECT count(*)::int FROM notification_delivery
              WHERE event_id = ANY($1::uuid[]) AND channel = 'email' AND status = 'delivered') AS "emailsRecorded",
            (SELECT count(*)::int FROM notification WHERE event_id = ANY($1::uuid[])) AS inbox,
            (SELECT count(DISTINCT (event_id, user_id))::int FROM notification WHERE event_id = ANY($1::uuid[])) AS "inboxDistinct"`,
    [ids],
  );
  const emails = emailsOf(smtp, ids);
  return {
    ...rows[0],
    emailsReceived: emails.length,
    emailsDistinct: new Set(emails.map((m) => m.messageId)).size,
  };
}

/** Every event handled once per recipient and channel: nothing lost, nothing done twice. */
function expectExactlyOnce(effects: Effects, ids: readonly string[], people: number): void {
  const each = ids.length * people;
  expect(effects).toEqual({
    events: ids.length,
    eventsDone: ids.length,
    republished: effects.republished,
    inApp: each,
    inbox: each,
    inboxDistinct: each,
    emailsRecorded: each,
    emailsReceived: each,
    emailsDistinct: each,
  });
}

async function signInStatus(world: World, password: string): Promise<{ status: number; type?: string }> {
  const response = await request(world.api.getHttpServer())
    .post('/api/v1/auth/login')
    .send({ email: world.users.manager.email, password });
  return { status: response.status, type: (response.body as { type?: string }).type };
}

/** The account's wrong passwords reach the limit (3): the next attempt, even the right one, is 429. */
async function expectThrottleHolds(world: World): Promise<void> {
  for (let i = 0; i < 3; i++) expect((await signInStatus(world, 'not-the-password')).status).toBe(401);
  expect(await signInStatus(world, world.users.manager.password)).toEqual({
    status: 429,
    type: 'https://jazari.ma/problems/too-many-requests',
  });
}

describe('Redis that fails over', () => {
  let smtp: MailSink | undefined;
  let sentinel: RedisSentinelSet | undefined;
  let cluster: RedisClusterSet | undefined;
  let world: World | undefined;

  afterAll(async () => {
    await world?.close();
    await sentinel?.stop();
    await cluster?.stop();
    await smtp?.close();
  });

  it('Sentinel: the primary SIGKILLed under load — not ready while it lasts, then every notification once', async () => {
    smtp = await startMailSink();
    sentinel = await startRedisSentinelSet();
    world = await worldOn(sentinel.url, smtp);
    const w = world;
    const conventionId = await conventionOf(w);
    const people = 2;

    // Readiness and sign-in, probed throughout.
    const probes: { at: number; status: number; redis?: string; postgres?: string }[] = [];
    const signIns: { at: number; status: number; type?: string }[] = [];
    let probing = true;
    let lastError = '';
    const readiness = (async () => {
      while (probing) {
        const response = await request(w.api.getHttpServer()).get('/health/ready');
        const checks = (response.body as { checks?: Record<string, { status: string; error?: string }> })
          .checks;
        if (checks?.redis?.error) lastError = checks.redis.error;
        probes.push({
          at: Date.now(),
          status: response.status,
          redis: checks?.redis?.status,
          postgres: checks?.postgres?.status,
        });
        await sleep(100);
      }
    })();
    const signingIn = (async () => {
      while (probing) {
        signIns.push({ at: Date.now(), ...(await signInStatus(w, w.users.manager.password)) });
        await sleep(150);
      }
    })();

    // Events keep coming: 6 batches of 10, one every 200 ms.
    const ids: string[] = [];
    const emitting = (async () => {
      for (let batch = 0; batch < 6; batch++) {
        ids.push(...(await emit(w, conventionId, 10)));
        await sleep(200);
      }
    })();

    let failedOverTo: string;
    let failoverMs: number;
    let killedAt = 0;
    let emailsAtKill: number;
    try {
      await waitFor('the first notifications e-mailed', () => emailsOf(smtp!, ids).length >= 20, 60_000, 20);
      const before = await sentinel.currentPrimary();
      killedAt = Date.now();
      await sentinel.primary.stop('SIGKILL');
      emailsAtKill = emailsOf(smtp, ids).length;

      failedOverTo = await waitFor(
        'the Sentinels to promote the replica',
        async () => ((await sentinel!.currentPrimary()) !== before ? sentinel!.currentPrimary() : false),
        30_000,
        100,
      );
      failoverMs = Date.now() - killedAt;
      try {
        await waitFor(
          'readiness to recover',
          () => probes.some((p) => p.at > killedAt && p.status === 503) && probes.at(-1)?.status === 200,
          30_000,
          50,
        );
      } catch (error) {
        const producer = w.api.get<QueueConnection>(QUEUE_CONNECTION).redis!;
        process.stderr.write(
          `[redis-failover] producer ${producer.status}; last readiness error: ${lastError}; last probes ` +
            `${JSON.stringify(probes.slice(-3))}, sign-ins ${JSON.stringify(signIns.slice(-3))}\n`,
        );
        throw error;
      }
      await emitting;
      await waitFor(
        'every event handled',
        async () => (await effectsOf(w, smtp!, ids)).eventsDone === ids.length,
        90_000,
        200,
      );
      await idle(w.worker, { timeoutMs: 60_000 });
    } finally {
      probing = false;
      await Promise.all([readiness, signingIn]);
    }

    expect(failedOverTo).toBe(`127.0.0.1:${sentinel.replica.port}`);
    // Not ready exactly while no primary answered: Redis down, PostgreSQL up; ready before and after.
    const afterKill = probes.filter((p) => p.at > killedAt);
    const notReady = afterKill.filter((p) => p.status === 503);
    expect(notReady.length).toBeGreaterThan(0);
    expect(notReady.filter((p) => p.redis !== 'down' || p.postgres !== 'up')).toEqual([]);
    expect(probes.filter((p) => p.at < killedAt && p.status !== 200)).toEqual([]);
    const recovered = afterKill.findIndex(
      (p, i) => i > 0 && p.status === 200 && afterKill[i - 1].status === 503,
    );
    expect(recovered).toBeGreaterThan(0);
    expect(afterKill.slice(recovered).filter((p) => p.status !== 200)).toEqual([]);
    const outageMs = afterKill[recovered].at - killedAt;
    // Sign-in failed closed (503 sign-in-unavailable) or worked: never a 500, and works again after.
    expect(
      signIns.filter(
        (s) =>
          s.status !== 200 &&
          !(s.status === 503 && s.type === 'https://jazari.ma/problems/sign-in-unavailable'),
      ),
    ).toEqual([]);
    expect(signIns.at(-1)?.status).toBe(200);

    const effects = await effectsOf(w, smtp, ids);
    expectExactlyOnce(effects, ids, people);
    expect(emailsAtKill).toBeLessThan(ids.length * people);
    await expectThrottleHolds(w);

    process.stderr.write(
      `[redis-failover] sentinel: ${ids.length} events (${effects.republished} published again), ` +
        `${effects.inApp} in-app and ${effects.emailsReceived} e-mails (distinct ${effects.emailsDistinct}, ` +
        `${effects.emailsReceived - effects.emailsDistinct} twice; ${emailsAtKill} before the kill); ` +
        `failover to ${failedOverTo} seen after ${failoverMs} ms; not ready for ${outageMs} ms ` +
        `(${notReady.length} of ${probes.length} probes 503); sign-ins ${signIns.length}, ` +
        `${signIns.filter((s) => s.status === 503).length} answered 503\n`,
    );
    await world.close();
    world = undefined;
    await sentinel.stop();
    sentinel = undefined;
  });

  it('Cluster: queues, the login throttle and a schedule on three masters, every key of the prefix in one slot', async () => {
    smtp ??= await startMailSink();
    cluster = await startRedisClusterSet();
    // maintenance.reclaim runs at once when its scheduler is upserted, then every minute.
    world = await worldOn(cluster.url, smtp, { JOB_SCHEDULES: 'maintenance.reclaim' });
    const w = world;
    const prefix = w.config.redis.queuePrefix;

    const ready = await request(w.api.getHttpServer()).get('/health/ready').expect(200);
    expect(ready.body.checks.redis.status).toBe('up');

    const conventionId = await conventionOf(w);
    const ids = await emit(w, conventionId, 60);
    await waitFor(
      'every event handled',
      async () => (await effectsOf(w, smtp!, ids)).eventsDone === ids.length,
      60_000,
      100,
    );
    // Not the schedule's next run, delayed a minute.
    await idle(w.worker, { timeoutMs: 30_000, delayed: false });
    const effects = await effectsOf(w, smtp, ids);
    expectExactlyOnce(effects, ids, 2);

    await expectThrottleHolds(w);

    const maintenance = w.worker.get(QueueProducer).queue('maintenance');
    const scheduled = await waitFor(
      'a run of the maintenance.reclaim schedule',
      async () => {
        const done = await maintenance.getJobs(['completed']);
        return done.find((job) => job.name === 'maintenance.reclaim');
      },
      30_000,
      100,
    );
    expect(scheduled.finishedOn).toBeGreaterThan(0);
    expect((await maintenance.getJobSchedulers()).map((s) => s.key)).toEqual(['maintenance.reclaim']);

    // Every key of the prefix — queues, job schedulers, throttle counters — sits on one master.
    const keysPerNode: string[][] = [];
    for (const node of cluster.nodes) {
      const client = new Redis({ host: '127.0.0.1', port: node.port, lazyConnect: true });
      try {
        await client.connect();
        keysPerNode.push(await client.keys(`${prefix}*`));
      } finally {
        client.disconnect();
      }
    }
    const holding = keysPerNode.filter((keys) => keys.length > 0);
    expect(holding).toHaveLength(1);
    const keys = holding[0];
    expect(keys.some((k) => k.startsWith(`${prefix}:notifications:`))).toBe(true);
    expect(keys.some((k) => k.startsWith(`${prefix}:maintenance:repeat`))).toBe(true);
    expect(keys.some((k) => k.startsWith(`${prefix}:throttle:login-failures:`))).toBe(true);

    process.stderr.write(
      `[redis-failover] cluster: ${ids.length} events, ${effects.inApp} in-app and ${effects.emailsReceived} ` +
        `e-mails (distinct ${effects.emailsDistinct}); ${keys.length} keys of ${prefix} on one of ` +
        `${cluster.nodes.length} masters (${keysPerNode.map((k) => k.length).join('/')}); ` +
        `schedule maintenance.reclaim ran at ${new Date(scheduled.finishedOn!).toISOString()}\n`,
    );
  });
});
