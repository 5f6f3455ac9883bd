import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import {
  adminClient,
  createTenant,
  createUser,
  startMailSink,
  testEnv,
  waitFor,
  type MailSink,
  type TestTenant,
  type TestUser,
} from '@jazari/testing';
import autocannon from 'autocannon';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type pg from 'pg';
import { freePort } from '../scripts/lib/ports.js';

/**
 * Issue 23, point 1: two API and two worker processes behind a real HAProxy (Debian's package), under
 * steady load. One API and one worker are SIGKILLed, then started again. What a client observes: no
 * request fails but those in flight on the killed API (HAProxy's log says which), and, since HAProxy
 * replays a request whose replica died before answering (`retry-on empty-response`) and every POST carries
 * an Idempotency-Key, even those succeed; the login throttles hold across replicas (their counters are
 * in Redis); every job schedule runs once per period, not once per worker; every effect (an invitation's
 * e-mail) happens once.
 */
jest.setTimeout(150_000);

const WORKER_SCRIPT = path.resolve('dist/apps/worker/src/main.js');
const API_SCRIPT = path.resolve('dist/apps/api/src/main.js');
const LOGIN_FAILURES_PER_ACCOUNT = 3;
const LOGIN_ATTEMPTS_PER_IP = 4;

/** One line of HAProxy's log (our `log-format`): accepted at, server, status, termination state, retries. */
interface LbLine {
  readonly at: number;
  readonly server: string;
  readonly status: number;
  readonly termination: string;
  readonly retries: number;
  readonly method: string;
  readonly uri: string;
}

interface Posted {
  readonly email: string;
  readonly start: number;
  end: number;
  status: number;
  replayed: boolean;
}

function haproxyConfig(lbPort: number, statsPort: number, apiPorts: readonly number[]): string {
  return `global
  log stdout format raw local0 info
  maxconn 1024

defaults
  mode http
  log global
  log-format "LB %Ts%ms %b/%s %ST %tsc %rc %HM %HU"
  option forwardfor
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  # A request that did not reach a replica, or whose replica died before answering, goes to the other
  # one (POSTs carry an Idempotency-Key, so a replay never creates twice).
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response

frontend http
  bind 127.0.0.1:${lbPort}
  default_backend api

backend api
  balance roundrobin
  option httpchk GET /health/ready
  http-check expect status 200
  # A check answered late under load is not a dead replica: a dead one refuses the connection at once.
  timeout check 3s
  default-server inter 500ms fall 2 rise 2
${apiPorts.map((port, i) => `  server api${i + 1} 127.0.0.1:${port} check`).join('\n')}

frontend stats
  bind 127.0.0.1:${statsPort}
  stats enable
  stats uri /stats
`;
}

describe('two APIs and two workers behind HAProxy, one of each killed under load', () => {
  let admin: pg.Client;
  let smtp: MailSink;
  let env: Record<string, string>;
  let institute: TestTenant;
  let manager: TestUser;
  let target: TestUser;
  let token: string;
  let lbPort: number;
  let statsPort: number;
  let apiPorts: number[];
  let haproxy: ChildProcess;
  let haproxyDir: string | undefined;
  let connection: Redis;
  const queues: Queue[] = [];
  const lbLog: LbLine[] = [];
  const apis: ChildProcess[] = [];
  const workers: ChildProcess[] = [];
  const children = new Set<ChildProcess>();
  const lb = (p: string) => `http://127.0.0.1:${lbPort}${p}`;
  const direct = (i: number, p: string) => `http://127.0.0.1:${apiPorts[i]}${p}`;

  function spawnChild(script: string, extra: Record<string, string>, ready: string): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['--enable-source-maps', script], {
      env: { PATH: process.env.PATH ?? '', ...env, ...extra },
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

  const startApi = (i: number) => spawnChild(API_SCRIPT, { PORT: String(apiPorts[i]) }, 'API listening');
  const startWorker = () => spawnChild(WORKER_SCRIPT, {}, 'Worker running');

  async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await gone;
  }

  /** What HAProxy's stats page says of a server: UP, DOWN, or a transition such as "UP 1/2". */
  async function serverStatus(server: string): Promise<string> {
    const csv = await fetch(`http://127.0.0.1:${statsPort}/stats;csv`).then(
      (r) => r.text(),
      () => '', // HAProxy not listening yet
    );
    const row = csv.split('\n').find((line) => line.startsWith(`api,${server},`));
    return row?.split(',')[17] ?? 'absent';
  }

  async function login(url: string, email: string, password: string, ip: string): Promise<number> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ email, password }),
    });
    await response.arrayBuffer();
    return response.status;
  }

  beforeAll(async () => {
    if (spawnSync('haproxy', ['-v']).status !== 0) {
      throw new Error(
        'haproxy is not installed: `apt-get install -y haproxy` (.ci/run does it when missing)',
      );
    }
    smtp = await startMailSink();
    admin = await adminClient();
    institute = await createTenant(admin, 'institute');
    manager = await createUser(admin, [{ tenant: institute, role: 'institute_manager' }]);
    target = await createUser(admin, [{ tenant: institute, role: 'researcher' }]);
    [lbPort, statsPort, ...apiPorts] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
    env = testEnv({
      SMTP_URL: smtp.url,
      // Every schedule, and recurring reports ticking every second instead of once a month.
      JOB_SCHEDULES: 'all',
      REPORT_SCHEDULE_EVERY_MS: '1000',
      TRUST_PROXY: 'loopback',
      THROTTLE_LOGIN_FAILURES_PER_ACCOUNT: String(LOGIN_FAILURES_PER_ACCOUNT),
      THROTTLE_LOGIN_ATTEMPTS_PER_IP: String(LOGIN_ATTEMPTS_PER_IP),
      OUTBOX_POLL_INTERVAL_MS: '100',
      OUTBOX_REPUBLISH_AFTER_MS: '3000',
      // A dead worker's job is found in about 3 s; an e-mail it was sending is retried after 4 s.
      QUEUE_LOCK_DURATION_MS: '2000',
      QUEUE_STALLED_INTERVAL_MS: '1000',
      SMTP_TIMEOUT_MS: '2000',
      DATABASE_POOL_SIZE: '4',
    });
    const started = await Promise.all([startApi(0), startApi(1), startWorker(), startWorker()]);
    bootedAt = Date.now();
    apis.push(started[0], started[1]);
    workers.push(started[2], started[3]);

    haproxyDir = await mkdtemp(path.join(tmpdir(), 'jazari-haproxy-'));
    const config = path.join(haproxyDir, 'haproxy.cfg');
    await writeFile(config, haproxyConfig(lbPort, statsPort, apiPorts));
    haproxy = spawn('haproxy', ['-db', '-f', config], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.add(haproxy);
    createInterface({ input: haproxy.stdout! }).on('line', (line) => {
      const m = /^LB (\d+) \S+\/(\S+) (-?\d+) (\S+) \+?(\d+) (\S+) (\S+)/.exec(line);
      if (!m) return;
      lbLog.push({
        at: Number(m[1]),
        server: m[2],
        status: Number(m[3]),
        termination: m[4],
        retries: Number(m[5]),
        method: m[6],
        uri: m[7],
      });
    });
    await waitFor(
      'both APIs up behind HAProxy',
      async () => (await serverStatus('api1')) === 'UP' && (await serverStatus('api2')) === 'UP',
      20_000,
      200,
    );

    const signedIn = await fetch(lb('/api/v1/auth/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: manager.email, password: manager.password }),
    });
    expect(signedIn.status).toBe(200);
    token = ((await signedIn.json()) as { accessToken: string }).accessToken;
    const schedule = await fetch(lb('/api/v1/report-schedules'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ scope: 'institute', cadence: 'monthly', format: 'csv' }),
    });
    expect(schedule.status).toBe(201);

    connection = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null });
    for (const name of ['notifications', 'webhooks', 'reports', 'maintenance'])
      queues.push(new Queue(name, { connection, prefix: env.QUEUE_PREFIX }));
  });

  afterAll(async () => {
    for (const child of children) await kill(child, 'SIGKILL');
    await Promise.all(queues.map((q) => q.close()));
    connection?.disconnect();
    await admin?.end();
    await smtp?.close();
    if (haproxyDir) await rm(haproxyDir, { recursive: true, force: true });
  });

  /** When the first workers booted: the window the schedules are counted over. */
  let bootedAt = 0;
  let loadStartedAt = 0;
  let killedAt = 0;
  let backAt = 0;
  const posted: Posted[] = [];
  let reads = { total: 0, failed: 0, statuses: {} as Record<string, number> };

  it('serves every request under load while an API and a worker are killed and started again', async () => {
    loadStartedAt = Date.now();
    // Reads: autocannon, two keep-alive connections through HAProxy.
    const statuses: Record<string, number> = {};
    let readErrors = 0;
    let cannonEnded: () => void = () => undefined;
    const cannonDone = new Promise<void>((resolve) => (cannonEnded = resolve));
    const cannon = autocannon(
      {
        url: lb('/api/v1/me'),
        connections: 2,
        // Steady, not saturating: the restarted replica must boot on the same two cores.
        overallRate: 60,
        duration: 120,
        headers: { authorization: `Bearer ${token}` },
      },
      () => cannonEnded(),
    );
    cannon.on('response', (_client: unknown, status: number) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
    cannon.on('reqError', () => readErrors++);

    // Writes: two loops of invitations, each with an Idempotency-Key.
    let writing = true;
    let n = 0;
    const writer = async () => {
      while (writing) {
        const entry: Posted = {
          email: `load-${n++}-${randomUUID().slice(0, 8)}@replicas.test`,
          start: Date.now(),
          end: 0,
          status: 0,
          replayed: false,
        };
        posted.push(entry);
        try {
          const response = await fetch(lb('/api/v1/invitations'), {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${token}`,
              'idempotency-key': randomUUID(),
            },
            body: JSON.stringify({ email: entry.email, role: 'researcher' }),
          });
          await response.arrayBuffer();
          entry.status = response.status;
          entry.replayed = response.headers.has('idempotent-replayed');
        } catch {
          entry.status = -1;
        }
        entry.end = Date.now();
        await sleep(50);
      }
    };
    const writers = Promise.all([writer(), writer()]);

    await sleep(4_000); // steady load before the kill
    killedAt = Date.now();
    await Promise.all([kill(apis[0], 'SIGKILL'), kill(workers[0], 'SIGKILL')]);
    const restarted = Promise.all([startApi(0), startWorker()]);
    await waitFor(
      'HAProxy to take api1 out',
      async () => (await serverStatus('api1')).startsWith('DOWN'),
      10_000,
      100,
    );
    [apis[0], workers[0]] = await restarted;
    await waitFor('HAProxy to put api1 back', async () => (await serverStatus('api1')) === 'UP', 20_000, 100);
    backAt = Date.now();
    await sleep(3_000); // load on both again
    writing = false;
    cannon.stop();
    await Promise.all([writers, cannonDone]);

    const total = Object.values(statuses).reduce((a, b) => a + b, 0) + readErrors;
    reads = { total, failed: total - (statuses[200] ?? 0), statuses };
    const failedWrites = posted.filter((p) => p.status !== 201);
    // Requests HAProxy could not complete on the killed replica (in flight there, or sent on a connection
    // it had left) and sent again to the other one: its log counts the retries of each request.
    const replayed = lbLog.filter((l) => l.retries > 0);
    const failedAtLb = lbLog.filter((l) => l.status >= 500 || l.status < 0);
    process.stderr.write(
      `[replicas] load ${((backAt + 3_000 - loadStartedAt) / 1000).toFixed(1)} s; api1 out of the pool ` +
        `${((backAt - killedAt) / 1000).toFixed(1)} s; reads ${reads.total} (failed ${reads.failed}: ` +
        `${JSON.stringify(statuses)}, errors ${readErrors}); writes ${posted.length} (failed ${failedWrites.length}, ` +
        `answered from the idempotency record ${posted.filter((p) => p.replayed).length}); HAProxy: ` +
        `${lbLog.length} requests logged, ${failedAtLb.length} answered 5xx, ${replayed.length} cut on the ` +
        `killed replica and replayed on the other (${replayed.filter((l) => l.method === 'POST').length} POSTs)\n`,
    );
    expect(reads.total).toBeGreaterThan(100);
    expect(posted.length).toBeGreaterThan(10);
    // Both replicas served, before and after the kill.
    expect(lbLog.some((l) => l.server === 'api1' && l.at * 1 > 0)).toBe(true);
    expect(lbLog.some((l) => l.server === 'api2')).toBe(true);
    // No client saw a failure: what was in flight on the killed API was replayed on the other one.
    expect(reads.failed).toBe(0);
    expect(failedWrites).toEqual([]);
    expect(failedAtLb).toEqual([]);
  });

  it('holds the login throttles across replicas: the attempt after the limit is refused by the other one', async () => {
    const url = (i: number) => direct(i, '/api/v1/auth/login');
    // Per account: wrong passwords alternately on each replica, then the right one on the other.
    const perAccount: number[] = [];
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT; i++)
      perAccount.push(await login(url(i % 2), target.email, 'Wrong-Password-1', `203.0.113.${10 + i}`));
    perAccount.push(
      await login(url(LOGIN_FAILURES_PER_ACCOUNT % 2), target.email, target.password, '203.0.113.50'),
    );
    expect(perAccount).toEqual([...Array<number>(LOGIN_FAILURES_PER_ACCOUNT).fill(401), 429]);
    // Per address: unknown accounts from one address, alternately on each replica.
    const perIp: number[] = [];
    for (let i = 0; i <= LOGIN_ATTEMPTS_PER_IP; i++)
      perIp.push(await login(url(i % 2), `nobody-${i}@replicas.test`, 'Wrong-Password-1', '198.51.100.7'));
    expect(perIp).toEqual([...Array<number>(LOGIN_ATTEMPTS_PER_IP).fill(401), 429]);
    // Through HAProxy too (it appends the client's address; TRUST_PROXY=loopback trusts it).
    expect(await login(lb('/api/v1/auth/login'), 'nobody@replicas.test', 'x', '198.51.100.7')).toBe(429);
    process.stderr.write(
      `[replicas] login throttle: per account ${perAccount.join(' ')}, per address ${perIp.join(' ')}\n`,
    );
  });

  it('sends each invitation once: every e-mail delivered, none twice, no invitation created twice', async () => {
    const created = posted.filter((p) => p.status === 201).map((p) => p.email);
    const emails = posted.map((p) => p.email);
    const rows = async () =>
      (
        await admin.query<{
          email: string;
          event_id: string;
          done: boolean;
          delivered: number;
          attempts: number;
        }>(
          `SELECT i.email, o.id AS event_id, o.done_at IS NOT NULL AS done,
                  (SELECT count(*)::int FROM notification_delivery d
                    WHERE d.event_id = o.id AND d.channel = 'email' AND d.status = 'delivered') AS delivered,
                  (SELECT coalesce(sum(d.attempts), 0)::int FROM notification_delivery d
                    WHERE d.event_id = o.id AND d.channel = 'email') AS attempts
             FROM invitation i
             JOIN outbox_event o ON o.type = 'identity.invitation_created' AND o.payload ->> 'invitationId' = i.id::text
            WHERE i.tenant_id = $1 AND i.email = ANY($2)`,
          [institute.id, emails],
        )
      ).rows;
    const settled = await waitFor(
      'every invitation e-mailed',
      async () => {
        const r = await rows();
        return r.length >= created.length && r.every((x) => x.done && x.delivered >= 1) ? r : undefined;
      },
      60_000,
      250,
    );
    const invited = settled.map((r) => r.email);
    // Each created invitation exists once (a replayed POST made none twice), and nothing the client was
    // not told about.
    expect(new Set(invited).size).toBe(invited.length);
    expect([...invited].sort()).toEqual([...created].sort());
    // Each event: one e-mail delivery row, and the sink received its message, once.
    expect(settled.every((r) => r.delivered === 1)).toBe(true);
    const messages = new Map<string, number>();
    for (const mail of smtp.received) {
      const eventId = /^<([0-9a-f-]{36})\./.exec(mail.messageId)?.[1];
      if (eventId) messages.set(eventId, (messages.get(eventId) ?? 0) + 1);
    }
    const duplicates = [...messages.values()].reduce((a, n) => a + n - 1, 0);
    process.stderr.write(
      `[replicas] effects: ${settled.length} invitations, ${settled.length} e-mail deliveries in the database, ` +
        `${messages.size} distinct messages at the SMTP sink, ${duplicates} duplicates (e-mails attempted twice: ` +
        `${settled.filter((r) => r.attempts > 1).length})\n`,
    );
    // One message per e-mail. The one exception the design documents (docs/notifications.md, "the
    // at-least-once window"): a worker killed between claiming an e-mail and marking it delivered leaves
    // it `sending`, and the next claim sends it again, with the same Message-ID; the row then counts
    // that second attempt. So a message arrives twice only for a row with two attempts, never more
    // often than the row was attempted.
    for (const r of settled) {
      const received = messages.get(r.event_id) ?? 0;
      expect(received).toBeGreaterThanOrEqual(1);
      expect(received === 1 || received <= r.attempts).toBe(true);
    }
    expect(settled.filter((r) => r.attempts === 1).every((r) => messages.get(r.event_id) === 1)).toBe(true);
  });

  it('runs every job schedule once per period, not once per worker', async () => {
    const windowMs = Date.now() - bootedAt;
    const summary: string[] = [];
    for (const queue of queues) {
      for (const scheduler of await queue.getJobSchedulers(0, -1)) {
        const every = Number(scheduler.every);
        const jobs = (
          await queue.getJobs(['completed', 'failed', 'active', 'waiting', 'delayed'], 0, -1)
        ).filter((job) => job.repeatJobKey === scheduler.key);
        // A run's id is `repeat:<scheduler>:<period>`: one per period whoever takes it.
        const periods = jobs.map((job) => Number(String(job.id).split(':').pop()));
        const ran = periods.filter((at) => at <= Date.now());
        summary.push(`${scheduler.key} every ${every / 1000} s: ${ran.length} runs`);
        expect(new Set(periods).size).toBe(periods.length);
        // The first run at the first boot, then one per elapsed period, whatever the workers' boots.
        expect(ran.length).toBeLessThanOrEqual(Math.ceil(windowMs / every) + 1);
        expect(ran.length).toBeGreaterThanOrEqual(1);
      }
    }
    process.stderr.write(
      `[replicas] schedules over ${(windowMs / 1000).toFixed(0)} s: ${summary.join('; ')}\n`,
    );
    // Recurring reports ticking every second: one report for the period, however many ticks.
    const reports = await admin.query(
      `SELECT period_label FROM report WHERE tenant_id = $1 AND schedule_id IS NOT NULL`,
      [institute.id],
    );
    expect(reports.rowCount).toBe(1);
  });
});
