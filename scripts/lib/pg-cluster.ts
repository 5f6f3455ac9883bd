import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

/**
 * PostgreSQL clusters driven with one installation's binaries (initdb, pg_ctl, pg_basebackup,
 * pg_verifybackup): the restore drill and its test. A backup is restored with the binaries that took it.
 */

/** PG_BIN, else the newest Debian/Ubuntu installation (`/usr/lib/postgresql/<major>/bin`) with pg_basebackup. */
export function postgresBinDir(given: string | undefined = process.env.PG_BIN): string {
  if (given) {
    if (!existsSync(path.join(given, 'pg_basebackup'))) throw new Error(`${given} has no pg_basebackup`);
    return given;
  }
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name) && existsSync(path.join(root, name, 'bin', 'pg_basebackup')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (majors.length === 0) {
    throw new Error('No PostgreSQL binaries with pg_basebackup: install postgresql, or set PG_BIN');
  }
  return path.join(root, majors[0], 'bin');
}

interface ServerUser {
  readonly uid: number;
  readonly gid: number;
}

/** PostgreSQL refuses to run as root: as root, servers and initdb run as the `postgres` system user. */
export function serverUser(): ServerUser | undefined {
  if (userInfo().uid !== 0) return undefined;
  const id = (flag: string): number => {
    const result = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error('Running as root needs a `postgres` system user');
    return Number(result.stdout);
  };
  return { uid: id('-u'), gid: id('-g') };
}

/** Gives `dir` (recursively) to the server user, when running as root. */
export function handToServer(dir: string): void {
  const user = serverUser();
  if (!user) return;
  const result = spawnSync('chown', ['-R', `${user.uid}:${user.gid}`, dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`chown ${dir}: ${result.stderr}`);
}

/** Runs one of the installation's programs, as the server user for those that must not run as root. */
export function run(
  binDir: string,
  program: string,
  args: readonly string[],
  options: { asServer?: boolean; env?: Record<string, string> } = {},
): SpawnSyncReturns<string> {
  const user = options.asServer ? serverUser() : undefined;
  const result = spawnSync(path.join(binDir, program), args, {
    encoding: 'utf8',
    cwd: '/',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', ...options.env },
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `${program} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`,
    );
  }
  return result;
}

/** Settings appended to a cluster's postgresql.auto.conf (they win over postgresql.conf). */
export function configure(dataDir: string, settings: Readonly<Record<string, string | number>>): void {
  const lines = Object.entries(settings).map(
    ([name, value]) => `${name} = '${String(value).replace(/'/g, "''")}'`,
  );
  appendFileSync(path.join(dataDir, 'postgresql.auto.conf'), `${lines.join('\n')}\n`);
}

/** A new cluster (superuser `postgres`, trust on loopback: for drills and tests, never production). */
export function initCluster(binDir: string, dataDir: string): void {
  run(
    binDir,
    'initdb',
    ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync'],
    { asServer: true },
  );
}

/** Starts a cluster and waits until it accepts connections. */
export function startCluster(binDir: string, dataDir: string, logFile: string, timeoutSeconds = 120): void {
  if (!existsSync(logFile)) {
    writeFileSync(logFile, '');
    handToServer(logFile);
  }
  run(binDir, 'pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', String(timeoutSeconds), 'start'], {
    asServer: true,
  });
}

export function stopCluster(binDir: string, dataDir: string): void {
  if (!existsSync(path.join(dataDir, 'postmaster.pid'))) return;
  run(binDir, 'pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop'], { asServer: true });
}

/** Polls `SELECT pg_is_in_recovery()` until the server is out of recovery (promoted). */
export async function waitUntilPromoted(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      const { rows } = await client.query<{ recovering: boolean }>(
        'SELECT pg_is_in_recovery() AS recovering',
      );
      if (!rows[0].recovering) return;
    } catch {
      // Still starting or replaying: try again.
    } finally {
      await client.end().catch(() => undefined);
    }
    if (Date.now() > deadline)
      throw new Error(`the restored cluster is still in recovery after ${timeoutMs} ms`);
    await sleep(200);
  }
}
