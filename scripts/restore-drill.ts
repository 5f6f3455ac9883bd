import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort } from './lib/ports.js';
import {
  configure,
  handToServer,
  postgresBinDir,
  run,
  startCluster,
  stopCluster,
  waitUntilPromoted,
} from './lib/pg-cluster.js';

/**
 * The restore drill (docs/deploy/postgresql.md#restore-drill): proves a backup restores and the restored
 * audit log verifies. Three commands, all with one installation's binaries (PG_BIN or --pg-bin; else the
 * newest /usr/lib/postgresql/<major>/bin):
 *
 *   backup  --source-url <superuser or REPLICATION role URL> --backup-dir <dir>
 *           pg_basebackup (plain format, WAL streamed alongside, fast checkpoint), then pg_verifybackup.
 *   restore --backup-dir <dir> --data-dir <new dir> [--wal-archive <dir>] [--target-time <ISO 8601>]
 *           [--verify-url <URL>] [--keep-running]
 *           copies the base backup into a fresh data directory, replays the archived WAL
 *           (restore_command) up to --target-time (point-in-time recovery) or to the archive's end, waits
 *           for promotion, then runs `audit-verify` against it: --verify-url with the restored cluster's
 *           host and port (its database and role are kept), postgres://postgres@…/jazari by default.
 *   drill   both, with the options of both: backup then restore.
 *
 * The restored cluster listens on 127.0.0.1 at a free port (--port to choose) and archives nothing, so
 * it never writes into the source's archive. It is stopped at the end unless --keep-running. The last line
 * printed is a JSON summary; the exit status is 1 when the audit log does not verify.
 */

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    'pg-bin': { type: 'string' },
    'source-url': { type: 'string' },
    'backup-dir': { type: 'string' },
    'data-dir': { type: 'string' },
    'wal-archive': { type: 'string' },
    'target-time': { type: 'string' },
    'verify-url': { type: 'string' },
    port: { type: 'string' },
    'keep-running': { type: 'boolean', default: false },
  },
});

function required(name: keyof typeof values): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new Error(`--${name} is required`);
  return value;
}

const binDir = postgresBinDir(values['pg-bin']);
const summary: Record<string, unknown> = { binaries: binDir };
const seconds = (started: number): number => Math.round((performance.now() - started) / 100) / 10;

function backup(): void {
  const started = performance.now();
  const dir = path.resolve(required('backup-dir'));
  if (existsSync(dir)) throw new Error(`${dir} exists: a base backup goes into a new directory`);
  run(binDir, 'pg_basebackup', [
    '--dbname',
    required('source-url'),
    '--pgdata',
    dir,
    '--format=plain',
    '--wal-method=stream',
    '--checkpoint=fast',
    '--no-password',
  ]);
  run(binDir, 'pg_verifybackup', ['--quiet', dir]);
  summary.backupDir = dir;
  summary.backupSeconds = seconds(started);
}

async function restore(): Promise<boolean> {
  const started = performance.now();
  const from = path.resolve(required('backup-dir'));
  const dataDir = path.resolve(required('data-dir'));
  if (existsSync(dataDir)) throw new Error(`${dataDir} exists: a restore goes into a fresh data directory`);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  cpSync(from, dataDir, { recursive: true });
  chmodSync(dataDir, 0o700);
  // The backup's manifest and label of its own WAL are not a server's files.
  rmSync(path.join(dataDir, 'backup_manifest'), { force: true });
  const port = values.port ? Number(values.port) : await freePort();
  const socketDir = path.join(path.dirname(dataDir), `.s-${port}`);
  mkdirSync(socketDir, { recursive: true });
  handToServer(socketDir);
  const archive = values['wal-archive'] ? path.resolve(values['wal-archive']) : undefined;
  const target = values['target-time'];
  if (target && !archive) throw new Error('--target-time needs --wal-archive (the WAL to replay up to it)');
  if (target && Number.isNaN(Date.parse(target))) throw new Error(`--target-time ${target} is not a time`);
  configure(dataDir, {
    port,
    listen_addresses: '127.0.0.1',
    unix_socket_directories: socketDir,
    archive_mode: 'off',
    ...(archive ? { restore_command: `cp '${archive}/%f' '%p'` } : {}),
    ...(target
      ? {
          // PostgreSQL reads `2026-12-07 13:43:04.153+00`, not ISO 8601's `T…Z`.
          recovery_target_time: new Date(target).toISOString().replace('T', ' ').replace('Z', '+00'),
          recovery_target_action: 'promote',
        }
      : {}),
  });
  // Targeted (or archive) recovery: replay the archive, then promote to a new timeline.
  if (archive) writeFileSync(path.join(dataDir, 'recovery.signal'), '');
  handToServer(dataDir);
  const logFile = `${dataDir}.log`;
  try {
    startCluster(binDir, dataDir, logFile);
  } catch (error) {
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').trim().split('\n').slice(-15) : [];
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${tail.join('\n')}`, {
      cause: error,
    });
  }
  try {
    const verifyUrl = new URL(values['verify-url'] ?? 'postgres://postgres@127.0.0.1/jazari');
    verifyUrl.hostname = '127.0.0.1';
    verifyUrl.port = String(port);
    await waitUntilPromoted(verifyUrl.toString(), 120_000);
    summary.restoredPort = port;
    summary.restoredDataDir = dataDir;
    summary.restoreSeconds = seconds(started);

    const verifyStarted = performance.now();
    const verifier = path.join(path.dirname(fileURLToPath(import.meta.url)), 'audit-verify.js');
    const verified = spawnSync(process.execPath, [verifier], {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'development',
        DATABASE_URL: verifyUrl.toString(),
        DATABASE_OWNER_URL: verifyUrl.toString(),
        LOG_LEVEL: 'silent',
        SEED_DEMO: 'false',
      },
    });
    process.stdout.write(verified.stdout);
    process.stderr.write(verified.stderr);
    summary.auditVerified = verified.status === 0;
    summary.auditSummary = verified.stdout.trim().split('\n').pop() ?? '';
    summary.verifySeconds = seconds(verifyStarted);
    return verified.status === 0;
  } finally {
    if (!values['keep-running']) stopCluster(binDir, dataDir);
  }
}

const command = positionals[0];
let ok = true;
try {
  if (command === 'backup') backup();
  else if (command === 'restore') ok = await restore();
  else if (command === 'drill') {
    backup();
    ok = await restore();
  } else
    throw new Error(
      'usage: restore-drill backup|restore|drill [options] (see the header of scripts/restore-drill.ts)',
    );
} catch (error) {
  process.stderr.write(`restore drill: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
process.stdout.write(`${JSON.stringify(summary)}\n`);
process.exitCode = ok ? 0 : 1;
