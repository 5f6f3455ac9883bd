import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { ReadReplica } from '@jazari/database';
import { Metrics } from '@jazari/telemetry';
import {
  createTenant,
  createUser,
  signIn,
  testConfig,
  waitFor,
  type SignedIn,
  type TestTenant,
  type TestUser,
} from '@jazari/testing';
import pg from 'pg';
import request from 'supertest';
import { provisionDatabase } from '../scripts/lib/local-postgres.js';
import { runMigrations } from '../scripts/lib/migrate.js';
import {
  configure,
  handToServer,
  initCluster,
  postgresBinDir,
  run,
  startCluster,
  stopCluster,
} from '../scripts/lib/pg-cluster.js';
import { freePort } from '../scripts/lib/ports.js';

/**
 * Issue 23, point 3: DATABASE_READ_URL. A primary and its streaming replica (hot standby, pg_basebackup
 * -R), both from Debian's binaries. The project export and the dashboards read there — shown by what a
 * client sees: while the replica's replay is paused, the export lacks a project the primary has — with
 * RLS enforced as on the primary; past DATABASE_READ_MAX_LAG_MS, and while the replica is down, they read
 * the primary, and no request fails.
 */
jest.setTimeout(150_000);

describe('a read replica for dashboards, reports and exports', () => {
  const binDir = postgresBinDir();
  const work = mkdtempSync(path.join(tmpdir(), 'jazari-read-replica-'));
  const primaryDir = path.join(work, 'primary');
  const replicaDir = path.join(work, 'replica');
  let primaryAdmin: pg.Client;
  let replicaAdmin: pg.Client;
  let replicaPort: number;
  let replicaAppUrl: string;
  /** Reads go to the replica however late it is (the bound is an hour). */
  let tolerant: NestFastifyApplication;
  /** Reads leave the replica once it lags a second. */
  let strict: NestFastifyApplication;
  let a: TestTenant;
  let b: TestTenant;
  let managerA: TestUser;
  let sA: SignedIn;
  let sB: SignedIn;
  const startedAt = performance.now();

  const get = (api: NestFastifyApplication, session: SignedIn, p: string) =>
    request(api.getHttpServer()).get(`/api/v1${p}`).set('authorization', `Bearer ${session.accessToken}`);
  const exported = async (api: NestFastifyApplication, session: SignedIn): Promise<string> => {
    const response = await get(api, session, '/projects/export.csv');
    expect(response.status).toBe(200);
    return response.text;
  };
  async function createProject(title: string): Promise<void> {
    const response = await request(tolerant.getHttpServer())
      .post('/api/v1/projects')
      .set('authorization', `Bearer ${sA.accessToken}`)
      .send({
        type: 'applied_rnd',
        title,
        summary: 'Lu sur la réplique',
        startDate: '2026-01-01',
        endDate: '2027-06-30',
        budgetMad: '1250000',
        leadUserId: managerA.id,
        priorityCodes: ['research_innovation.applied_research'],
        regionCodes: ['MA-06'],
        domainCodes: ['agriculture'],
      });
    expect(response.status).toBe(201);
  }
  /** `jazari_db_reads_total{server}` of one API: the reads it ran on the replica and on the primary. */
  const reads = async (api: NestFastifyApplication) => {
    const { values } = await api.get(Metrics).dbReads.get();
    const of = (server: string) => values.find((v) => v.labels.server === server)?.value ?? 0;
    return { replica: of('replica'), primary: of('primary') };
  };
  const replayed = async () =>
    (
      await replicaAdmin.query<{ caught_up: boolean }>(
        `SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS caught_up`,
        [(await primaryAdmin.query<{ lsn: string }>(`SELECT pg_current_wal_lsn()::text AS lsn`)).rows[0].lsn],
      )
    ).rows[0].caught_up;

  beforeAll(async () => {
    handToServer(work);
    initCluster(binDir, primaryDir);
    const primaryPort = await freePort();
    configure(primaryDir, {
      port: primaryPort,
      listen_addresses: '127.0.0.1',
      unix_socket_directories: work,
      wal_level: 'replica',
      max_wal_senders: 4,
      fsync: 'off',
    });
    startCluster(binDir, primaryDir, `${primaryDir}.log`);
    const superUrl = `postgres://postgres@127.0.0.1:${primaryPort}`;
    const provisioned = await provisionDatabase(`${superUrl}/postgres`, 'jazari');
    await runMigrations(
      testConfig({ DATABASE_URL: provisioned.appUrl, DATABASE_OWNER_URL: provisioned.ownerUrl }),
    );

    // The standby: a base backup with its recovery settings (-R), started on its own port.
    run(
      binDir,
      'pg_basebackup',
      ['-D', replicaDir, '-R', '-X', 'stream', '-c', 'fast', '-d', `${superUrl}/postgres`],
      {
        asServer: true,
      },
    );
    replicaPort = await freePort();
    configure(replicaDir, { port: replicaPort, hot_standby: 'on' });
    startCluster(binDir, replicaDir, `${replicaDir}.log`);
    const appUrl = new URL(provisioned.appUrl);
    appUrl.port = String(replicaPort);
    replicaAppUrl = appUrl.toString();

    primaryAdmin = new pg.Client({ connectionString: `${superUrl}/jazari` });
    await primaryAdmin.connect();
    replicaAdmin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${replicaPort}/jazari` });
    await replicaAdmin.connect();
    replicaAdmin.on('error', () => undefined); // stopped on purpose in the last test
    expect((await replicaAdmin.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r')).rows[0].r).toBe(
      true,
    );

    a = await createTenant(primaryAdmin, 'institute');
    b = await createTenant(primaryAdmin, 'institute');
    managerA = await createUser(primaryAdmin, [{ tenant: a, role: 'institute_manager' }]);
    const managerB = await createUser(primaryAdmin, [{ tenant: b, role: 'institute_manager' }]);
    const config = (bound: string) =>
      testConfig({
        DATABASE_URL: provisioned.appUrl,
        DATABASE_OWNER_URL: provisioned.ownerUrl,
        DATABASE_READ_URL: replicaAppUrl,
        DATABASE_READ_MAX_LAG_MS: bound,
      });
    tolerant = await createApi(config('3600000'));
    strict = await createApi(config('1000'));
    sA = await signIn(tolerant, managerA.email, managerA.password);
    sB = await signIn(tolerant, managerB.email, managerB.password);
    await createProject('Projet de A, répliqué');
    await waitFor('the replica to replay it', replayed, 20_000, 100);
  });

  afterAll(async () => {
    await tolerant?.close();
    await strict?.close();
    await replicaAdmin?.end().catch(() => undefined);
    await primaryAdmin?.end();
    stopCluster(binDir, replicaDir);
    stopCluster(binDir, primaryDir);
    rmSync(work, { recursive: true, force: true });
    process.stderr.write(
      `[read replica] whole file ${Math.round((performance.now() - startedAt) / 1000)} s\n`,
    );
  });

  it('serves the export and the dashboards from the replica: with replay paused, the export lags the primary', async () => {
    expect(await exported(tolerant, sA)).toContain('Projet de A, répliqué');
    expect((await get(tolerant, sA, `/dashboards/institutes/${a.id}`)).status).toBe(200);
    // The API's read pool is connected to the standby, under its own application name.
    const sessions = await replicaAdmin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name LIKE '%-read' AND usename = 'jazari_app'`,
    );
    expect(sessions.rows[0].n).toBeGreaterThan(0);

    await replicaAdmin.query('SELECT pg_wal_replay_pause()');
    await createProject('Projet de A, pas encore répliqué');
    // The primary has it (the list reads there); the export, read on the paused replica, does not.
    const listed = await get(tolerant, sA, '/projects?limit=100');
    expect((listed.body as { data: { title: string }[] }).data.map((p) => p.title)).toContain(
      'Projet de A, pas encore répliqué',
    );
    const stale = await exported(tolerant, sA);
    expect(stale).toContain('Projet de A, répliqué');
    expect(stale).not.toContain('Projet de A, pas encore répliqué');
    expect(await tolerant.get(ReadReplica).state()).toMatchObject({ usable: true, reason: 'ok' });
    expect((await reads(tolerant)).replica).toBeGreaterThanOrEqual(3);
  });

  it('reads the primary once the replica lags past DATABASE_READ_MAX_LAG_MS', async () => {
    // Still paused: the strict API (1 s bound) sees the lag grow past its bound and reads the primary.
    const fresh = await waitFor(
      'the strict API to read the primary',
      async () => {
        const text = await exported(strict, sA);
        return text.includes('Projet de A, pas encore répliqué') ? text : undefined;
      },
      20_000,
      250,
    );
    expect(fresh).toContain('Projet de A, répliqué');
    const lagging = await strict.get(ReadReplica).state();
    expect(lagging).toMatchObject({ usable: false, reason: 'lagging' });
    expect(lagging.lagMs).toBeGreaterThan(1000);
    // The tolerant API (an hour's bound) still reads the replica, which still lacks it.
    expect(await exported(tolerant, sA)).not.toContain('Projet de A, pas encore répliqué');
    process.stderr.write(
      `[read replica] replay paused: ${lagging.lagMs} ms behind, the strict API reads the primary\n`,
    );
    // Resumed and caught up: both read the replica again, and it has the project.
    await replicaAdmin.query('SELECT pg_wal_replay_resume()');
    await waitFor('the replica to catch up', replayed, 20_000, 100);
    await waitFor(
      'the strict API back on the replica',
      async () => (await strict.get(ReadReplica).state()).reason === 'ok',
      10_000,
      200,
    );
    expect(await exported(tolerant, sA)).toContain('Projet de A, pas encore répliqué');
  });

  it('enforces RLS on the replica: tenant B reads none of A’s rows there', async () => {
    expect((await strict.get(ReadReplica).state()).usable).toBe(true);
    const ofB = await exported(strict, sB);
    expect(ofB).not.toContain('Projet de A');
    expect((await get(strict, sB, `/dashboards/institutes/${a.id}`)).status).toBe(404);
    // On the standby itself, with the runtime role and B's tenant set as the read path sets it, no query
    // filter at all: RLS leaves none of A's projects; with A's, they are there.
    const client = new pg.Client({ connectionString: replicaAppUrl });
    await client.connect();
    try {
      const titles = async (tenantId: string) => {
        await client.query('BEGIN');
        await client.query(
          `SELECT set_config('app.tenant_id', $1, true), set_config('app.tenant_kind', 'institute', true)`,
          [tenantId],
        );
        const { rows } = await client.query<{ title: string }>('SELECT title FROM project');
        await client.query('COMMIT');
        return rows.map((r) => r.title);
      };
      expect(await titles(b.id)).toEqual([]);
      expect((await titles(a.id)).sort()).toEqual([
        'Projet de A, pas encore répliqué',
        'Projet de A, répliqué',
      ]);
    } finally {
      await client.end();
    }
  });

  it('reads the primary while the replica is down, and answers every request', async () => {
    stopCluster(binDir, replicaDir);
    const before = await reads(tolerant);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await get(tolerant, sA, '/projects/export.csv');
      statuses.push(response.status);
      expect(response.text).toContain('Projet de A, pas encore répliqué');
      statuses.push((await get(tolerant, sA, `/dashboards/institutes/${a.id}`)).status);
    }
    expect(statuses).toEqual(Array<number>(10).fill(200));
    const after = await reads(tolerant);
    expect(after.primary - before.primary).toBe(10);
    expect(after.replica).toBe(before.replica);
    process.stderr.write(
      `[read replica] tolerant API: ${after.replica} reads on the replica, ${after.primary} on the primary ` +
        `(the last 10 while the replica was down, all answered 200)\n`,
    );
    expect(await tolerant.get(ReadReplica).state()).toMatchObject({ usable: false, reason: 'unreachable' });
    // Back: reads return to it.
    startCluster(binDir, replicaDir, `${replicaDir}.log`);
    await waitFor(
      'the replica usable again',
      async () => (await tolerant.get(ReadReplica).state()).usable,
      20_000,
      250,
    );
    expect(await exported(tolerant, sA)).toContain('Projet de A, répliqué');
  });
});
