import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { loadConfig } from '@jazari/config';
import { previousPeriod, schedulerId } from '@jazari/reports';
import {
  adminClient,
  createTenant,
  createUser,
  ensureRootTenant,
  signIn,
  testEnv,
  waitFor,
  type SignedIn,
  type TestTenant,
} from '@jazari/testing';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type pg from 'pg';
import request from 'supertest';

/**
 * Issue 9, point 4: recurring reports. Two worker processes run the schedulers (ticks every second here,
 * REPORT_SCHEDULE_EVERY_MS, instead of the 1st of the month at 06:00): every tick of a period yields the
 * period's one report, never two; a tick delivered twice changes nothing; a removed schedule's scheduler
 * is gone; a worker's boot puts back schedulers Redis lost.
 */
jest.setTimeout(120_000);

const WORKER_SCRIPT = path.resolve('dist/apps/worker/src/main.js');

describe('recurring reports: one report per tick, whatever the number of workers', () => {
  let env: Record<string, string>;
  let api: NestFastifyApplication;
  let admin: pg.Client;
  let connection: Redis;
  let queue: Queue;
  let root: TestTenant;
  let institute: TestTenant;
  let otherInstitute: TestTenant;
  let s: Record<'analyst' | 'manager' | 'otherManager', SignedIn>;
  const workers: ChildProcess[] = [];

  const call = (session: SignedIn) => {
    const server = () => request(api.getHttpServer());
    const auth = { authorization: `Bearer ${session.accessToken}` };
    return {
      get: (p: string) => server().get(`/api/v1${p}`).set(auth),
      post: (p: string, body: object = {}) => server().post(`/api/v1${p}`).set(auth).send(body),
      delete: (p: string) => server().delete(`/api/v1${p}`).set(auth),
    };
  };

  async function startWorker(): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['--enable-source-maps', WORKER_SCRIPT], {
      env: { PATH: process.env.PATH ?? '', ...env },
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
    workers.push(child);
    return child;
  }

  async function stop(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await gone;
  }

  const reportsOf = async (scheduleId: string) =>
    (
      await admin.query<{ id: string; period_label: string; status: string }>(
        `SELECT id, period_label, status FROM report WHERE schedule_id = $1 ORDER BY id`,
        [scheduleId],
      )
    ).rows;

  const schedulerKeys = async () => (await queue.getJobSchedulers(0, -1)).map((s) => s.key);

  beforeAll(async () => {
    env = testEnv({ REPORT_SCHEDULE_EVERY_MS: '1000', DATABASE_POOL_SIZE: '6', JOB_SCHEDULES: 'all' });
    const config = loadConfig(env);
    admin = await adminClient();
    root = await ensureRootTenant(admin);
    institute = await createTenant(admin, 'institute');
    otherInstitute = await createTenant(admin, 'institute');
    const users = {
      analyst: await createUser(admin, [{ tenant: root, role: 'network_admin' }]),
      manager: await createUser(admin, [{ tenant: institute, role: 'institute_manager' }], { locale: 'ar' }),
      otherManager: await createUser(admin, [{ tenant: otherInstitute, role: 'institute_manager' }]),
    };
    api = await createApi(config);
    s = {
      analyst: await signIn(api, users.analyst.email, users.analyst.password),
      manager: await signIn(api, users.manager.email, users.manager.password),
      otherManager: await signIn(api, users.otherManager.email, users.otherManager.password),
    };
    connection = new Redis(config.redis.url!, { maxRetriesPerRequest: null });
    queue = new Queue('reports', { connection, prefix: config.redis.queuePrefix });
    await Promise.all([startWorker(), startWorker()]);
  });

  afterAll(async () => {
    await Promise.all(workers.map(stop));
    await queue?.close();
    connection?.disconnect();
    await api?.close();
    await admin?.end();
  });

  let national: { id: string };
  let monthly: { id: string };

  it('schedules a national quarterly report (Root) and an institute monthly one (its manager)', async () => {
    const created = await call(s.analyst).post('/report-schedules', {
      scope: 'national',
      cadence: 'quarterly',
      format: 'csv',
      locale: 'en',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      scope: 'national',
      cadence: 'quarterly',
      pattern: '0 6 1 1,4,7,10 *',
      timeZone: 'Africa/Casablanca',
    });
    national = created.body as { id: string };
    const own = await call(s.manager).post('/report-schedules', {
      scope: 'institute',
      cadence: 'monthly',
      format: 'xlsx',
    });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ scope: 'institute', tenantId: institute.id, locale: 'ar' });
    monthly = own.body as { id: string };

    // Not someone else's institute, not national for an institute, and not for a partner's member.
    const refused = [
      await call(s.manager).post('/report-schedules', {
        scope: 'national',
        cadence: 'quarterly',
        format: 'pdf',
      }),
      await call(s.otherManager).post('/report-schedules', {
        scope: 'institute',
        tenantId: institute.id,
        cadence: 'monthly',
        format: 'pdf',
      }),
      await call(s.manager).post('/report-schedules', {
        scope: 'institute',
        cadence: 'weekly',
        format: 'pdf',
      }),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 404, 400]);
    const listed = await call(s.otherManager).get('/report-schedules');
    expect(listed.status).toBe(200);
    expect((listed.body as { data: unknown[] }).data).toEqual([]);
    expect(
      ((await call(s.manager).get('/report-schedules')).body as { data: { id: string }[] }).data,
    ).toEqual([expect.objectContaining({ id: monthly.id })]);
  });

  it('keeps one job scheduler per schedule in Redis, and ticks produce one report per period, never two', async () => {
    await waitFor(
      'both schedulers',
      async () => {
        const keys = await schedulerKeys();
        return keys.includes(schedulerId(national.id)) && keys.includes(schedulerId(monthly.id));
      },
      20_000,
    );
    // One scheduler per schedule in PostgreSQL — ours, and any an earlier suite left in the shared
    // database (the workers bring every schedule in line, whoever created it).
    const inDatabase = (await admin.query<{ id: string }>(`SELECT id FROM report_schedule`)).rows;
    expect(inDatabase.map((r) => r.id)).toEqual(expect.arrayContaining([national.id, monthly.id]));
    expect((await schedulerKeys()).filter((k) => k.startsWith('report-schedule:')).sort()).toEqual(
      inDatabase.map((r) => schedulerId(r.id)).sort(),
    );
    // Several ticks of each schedule, taken by either worker.
    await waitFor(
      'five ticks of each schedule',
      async () => {
        const done = await queue.getJobs(['completed'], 0, -1);
        const ticks = (id: string) =>
          done.filter((j) => j.name === 'reports.schedule_tick' && j.data.payload.scheduleId === id).length;
        return ticks(national.id) >= 5 && ticks(monthly.id) >= 5;
      },
      30_000,
      200,
    );
    const now = new Date();
    const nationalReports = await reportsOf(national.id);
    const monthlyReports = await reportsOf(monthly.id);
    expect(nationalReports.map((r) => r.period_label)).toEqual([previousPeriod('quarterly', now).label]);
    expect(monthlyReports.map((r) => r.period_label)).toEqual([previousPeriod('monthly', now).label]);
    // Each is rendered like a requested one, in the schedule's tenant.
    const ready = await waitFor(
      'the scheduled reports ready',
      async () => {
        const [n] = await reportsOf(national.id);
        const [m] = await reportsOf(monthly.id);
        return n.status === 'ready' && m.status === 'ready' ? [n, m] : undefined;
      },
      30_000,
    );
    const seen = await call(s.manager).get(`/reports/${ready[1].id}`);
    expect(seen.body).toMatchObject({
      scheduleId: monthly.id,
      format: 'xlsx',
      locale: 'ar',
      status: 'ready',
    });
    expect((await call(s.otherManager).get(`/reports/${ready[1].id}`)).status).toBe(404);
  });

  it('does nothing more when a tick is delivered twice at once', async () => {
    const data = { v: 1, system: true, payload: { tenantId: root.id, scheduleId: national.id } };
    await Promise.all([
      queue.add('reports.schedule_tick', data, { jobId: `duplicate-a-${national.id}` }),
      queue.add('reports.schedule_tick', data, { jobId: `duplicate-b-${national.id}` }),
    ]);
    await waitFor(
      'the duplicated ticks done',
      async () => {
        const states = await Promise.all(
          ['a', 'b'].map((x) => queue.getJobState(`duplicate-${x}-${national.id}`)),
        );
        return states.every((state) => state === 'completed');
      },
      20_000,
    );
    expect(await reportsOf(national.id)).toHaveLength(1);
  });

  it('removes the scheduler of a removed schedule, and puts lost schedulers back when a worker boots', async () => {
    expect((await call(s.otherManager).delete(`/report-schedules/${monthly.id}`)).status).toBe(404);
    expect((await call(s.manager).delete(`/report-schedules/${monthly.id}`)).status).toBe(204);
    await waitFor(
      'the scheduler removed',
      async () => !(await schedulerKeys()).includes(schedulerId(monthly.id)),
      20_000,
    );
    // Its report stays.
    expect(await reportsOf(monthly.id)).toHaveLength(1);

    // Redis loses the national scheduler (restarted empty, say): a worker's boot puts it back.
    await Promise.all(workers.splice(0).map(stop));
    await queue.removeJobScheduler(schedulerId(national.id));
    expect(await schedulerKeys()).not.toContain(schedulerId(national.id));
    await startWorker();
    await waitFor(
      'the scheduler back',
      async () => (await schedulerKeys()).includes(schedulerId(national.id)),
      20_000,
    );
    expect(await reportsOf(national.id)).toHaveLength(1);
    expect((await call(s.analyst).delete(`/report-schedules/${national.id}`)).status).toBe(204);
  });
});
