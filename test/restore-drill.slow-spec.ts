import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { AuditLog } from '@jazari/audit';
import { TransactionRunner, uuidv7 } from '@jazari/database';
import { createTenant, testConfig, waitFor, type TestTenant } from '@jazari/testing';
import pg from 'pg';
import { provisionDatabase } from '../scripts/lib/local-postgres.js';
import { runMigrations } from '../scripts/lib/migrate.js';
import {
  configure,
  handToServer,
  initCluster,
  postgresBinDir,
  startCluster,
  stopCluster,
} from '../scripts/lib/pg-cluster.js';
import { freePort } from '../scripts/lib/ports.js';

/**
 * Issue 23 point 5: the restore drill. A fresh cluster (the same binaries as the drill) archives its WAL;
 * the drill takes a base backup of it, the application writes more audit entries, and the drill restores
 * the backup into another fresh cluster, replaying the archive up to a point in time, and verifies the
 * audit chains there: entries written after the backup and before the target are restored, those after
 * the target are not, and every chain verifies.
 */
jest.setTimeout(120_000);

const execFileAsync = promisify(execFile);
const drill = (args: string[]) =>
  execFileAsync(process.execPath, [path.resolve('dist/scripts/restore-drill.js'), ...args], {
    encoding: 'utf8',
    timeout: 100_000,
  });

describe('restore drill: base backup + WAL into a fresh cluster, audit chains verified', () => {
  const binDir = postgresBinDir();
  const work = mkdtempSync(path.join(tmpdir(), 'jazari-restore-drill-'));
  const source = path.join(work, 'source');
  const archive = path.join(work, 'archive');
  const restored = path.join(work, 'restored');
  let sourceUrl: string;
  let ownerUrl: string;
  let admin: pg.Client;
  let api: NestFastifyApplication;
  let tenants: TestTenant[];
  const startedAt = performance.now();

  const record = async (label: string): Promise<void> => {
    for (const tenant of tenants) {
      await api
        .get(TransactionRunner)
        .run({ tenantId: tenant.id, tenantKind: 'institute', userId: null }, (tx) =>
          api.get(AuditLog).record(tx, null, {
            action: 'drill.recorded',
            targetType: 'drill',
            targetId: uuidv7(),
            data: { label },
          }),
        );
    }
  };

  beforeAll(async () => {
    handToServer(work);
    mkdirSync(archive);
    handToServer(archive);
    initCluster(binDir, source);
    const port = await freePort();
    configure(source, {
      port,
      listen_addresses: '127.0.0.1',
      unix_socket_directories: work,
      wal_level: 'replica',
      archive_mode: 'on',
      archive_command: `test ! -f '${archive}/%f' && cp '%p' '${archive}/%f'`,
      max_wal_senders: 4,
      // A test cluster: durability is not what is tested (the archive is).
      fsync: 'off',
    });
    startCluster(binDir, source, `${source}.log`);
    sourceUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const provisioned = await provisionDatabase(sourceUrl, 'jazari');
    ownerUrl = provisioned.ownerUrl;
    const config = testConfig({ DATABASE_URL: provisioned.appUrl, DATABASE_OWNER_URL: ownerUrl });
    await runMigrations(config);
    admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/jazari` });
    await admin.connect();
    tenants = [await createTenant(admin, 'institute'), await createTenant(admin, 'institute')];
    api = await createApi(config);
  });
  afterAll(async () => {
    await api?.close();
    await admin?.end();
    stopCluster(binDir, restored);
    stopCluster(binDir, source);
    rmSync(work, { recursive: true, force: true });
  });

  it('restores to a point in time and the audit chains verify there', async () => {
    await record('before the backup');
    await record('before the backup');
    const backedUp = await drill([
      'backup',
      '--source-url',
      sourceUrl,
      '--backup-dir',
      path.join(work, 'base'),
    ]);
    expect(JSON.parse(backedUp.stdout.trim().split('\n').pop() ?? '{}')).toMatchObject({
      backupSeconds: expect.any(Number),
    });

    await record('after the backup');
    await record('after the backup');
    await record('after the backup');
    // The target goes to the drill in milliseconds (toISOString): taken in the same millisecond as the last
    // commit, it would fall before that commit and leave it out of the restore.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const target = (await admin.query<{ t: Date }>('SELECT clock_timestamp() AS t')).rows[0].t;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await record('after the target');
    // Close the WAL segment so it is archived, and wait for the archiver to have copied it.
    const segment = (
      await admin.query<{ segment: string }>('SELECT pg_walfile_name(pg_switch_wal()) AS segment')
    ).rows[0].segment;
    await waitFor('the segment to be archived', () => readdirSync(archive).includes(segment), 30_000);

    const restoredRun = await drill([
      'restore',
      '--backup-dir',
      path.join(work, 'base'),
      '--data-dir',
      restored,
      '--wal-archive',
      archive,
      '--target-time',
      target.toISOString(),
      '--verify-url',
      ownerUrl,
      '--keep-running',
    ]);
    const lines = restoredRun.stdout.trim().split('\n');
    const summary = JSON.parse(lines.pop() ?? '{}') as Record<string, unknown>;
    expect(summary).toMatchObject({ auditVerified: true, restoreSeconds: expect.any(Number) });
    // One line per tenant's chain, each ok: two tenants, five entries each.
    for (const tenant of tenants) {
      expect(lines).toContain(`ok      tenant=${tenant.id} entries=5`);
    }
    expect(summary.auditSummary).toMatch(/chains valid/);

    // The restored cluster has what was committed up to the target, and nothing after it.
    const restoredAdmin = new pg.Client({
      connectionString: `postgres://postgres@127.0.0.1:${String(summary.restoredPort)}/jazari`,
    });
    await restoredAdmin.connect();
    try {
      const { rows } = await restoredAdmin.query<{ label: string; n: string }>(
        `SELECT data->>'label' AS label, count(*) AS n FROM audit_event
          WHERE action = 'drill.recorded' GROUP BY 1 ORDER BY 1`,
      );
      expect(rows).toEqual([
        { label: 'after the backup', n: '6' },
        { label: 'before the backup', n: '4' },
      ]);
      const source = await admin.query<{ n: string }>(
        `SELECT count(*) AS n FROM audit_event WHERE action = 'drill.recorded'`,
      );
      expect(source.rows[0].n).toBe('12');
      const recovering = await restoredAdmin.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r');
      expect(recovering.rows[0].r).toBe(false);
    } finally {
      await restoredAdmin.end();
    }
    process.stderr.write(
      `[restore drill] backup ${JSON.parse(backedUp.stdout.trim().split('\n').pop() ?? '{}').backupSeconds} s, ` +
        `restore ${String(summary.restoreSeconds)} s, verify ${String(summary.verifySeconds)} s, ` +
        `whole test ${Math.round((performance.now() - startedAt) / 1000)} s\n`,
    );
  });
});
