import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
// The file alone, not @jazari/api's index: that would load the whole API into this process.
import { API_NODE_FLAGS } from '../apps/api/src/node-flags.js';
import { ConfigError, loadConfig, type AppConfig } from '@jazari/config';
import { startEmbeddedPostgres, provisionDatabase, type LocalPostgres } from './lib/local-postgres.js';
import {
  RedisNotInstalledError,
  redisServerInstalled,
  startLocalRedis,
  type LocalRedis,
} from './lib/local-redis.js';
import { runMigrations } from './lib/migrate.js';
import { answers } from './lib/ports.js';
import { seedDemoNetwork } from './seed/index.js';
import { ensureWebBuild } from './lib/web-build.js';

/**
 * `npm start`: the whole platform for development, with one command. Starts an embedded PostgreSQL
 * when DATABASE_URL is unset and, when REDIS_URL is unset, a local redis-server if one is on PATH, else
 * runs the queues on PostgreSQL (docs/adr/0010-start-anywhere.md); data under DATA_DIR, kept across starts; migrates, seeds the demo network once, then runs the API and the worker as two
 * processes, as production does. Ctrl-C stops everything it started.
 */
const say = (line: string): void => void process.stdout.write(`jazari: ${line}\n`);
const started = performance.now();
const stoppers: (() => Promise<unknown>)[] = [];
const children: ChildProcess[] = [];
let stopping = false;

function startChild(name: 'api' | 'worker', env: NodeJS.ProcessEnv): ChildProcess {
  const entry = fileURLToPath(new URL(`../apps/${name}/src/main.js`, import.meta.url));
  const child = fork(entry, [], {
    env,
    execArgv: name === 'api' ? [...API_NODE_FLAGS] : ['--enable-source-maps'],
  });
  children.push(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} exited unexpectedly (${signal ?? `code ${code}`}); stopping`);
      void stop(1);
    }
  });
  stoppers.unshift(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  });
  return child;
}

async function waitReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${url} was not ready within ${timeoutMs / 1000} s`);
}

async function main(): Promise<void> {
  const base = loadConfig(process.env);
  if (base.env === 'production') {
    throw new Error(
      'npm start is the development launcher; in production run `npm run start:api` and `npm run start:worker`',
    );
  }
  const overrides: Record<string, string> = {};
  if (!base.database.url) {
    const postgres: LocalPostgres = await startEmbeddedPostgres(path.join(base.dataDir, 'postgres'), say, {
      port: base.embedded.postgresPort,
    });
    stoppers.unshift(() => postgres.stop());
    const database = await provisionDatabase(postgres.adminUrl, 'jazari');
    overrides.DATABASE_URL = database.appUrl;
    overrides.DATABASE_OWNER_URL = database.ownerUrl;
    say(`embedded PostgreSQL on ${new URL(postgres.adminUrl).host} (data in ${postgres.dataDir})`);
  }
  if (!base.redis.url && process.env.QUEUE_BACKEND !== 'postgres' && redisServerInstalled()) {
    if (base.embedded.redisPort !== undefined && (await answers('127.0.0.1', base.embedded.redisPort))) {
      throw new ConfigError([
        `EMBEDDED_REDIS_PORT=${base.embedded.redisPort} is taken by another process; choose another or unset it`,
      ]);
    }
    const redis: LocalRedis = await startLocalRedis(
      path.join(base.dataDir, 'redis'),
      true,
      base.embedded.redisPort,
    );
    stoppers.unshift(() => redis.stop());
    overrides.REDIS_URL = redis.url;
    say(`local redis-server on ${new URL(redis.url).host} (data in ${path.join(base.dataDir, 'redis')})`);
  } else if (!base.redis.url) {
    if (process.env.QUEUE_BACKEND === 'redis') throw new RedisNotInstalledError();
    overrides.QUEUE_BACKEND = 'postgres';
    say('no REDIS_URL and no redis-server on PATH: the queues run on PostgreSQL (BullMQ PostgreSQL backend)');
  }
  const env = { ...process.env, ...overrides };
  const config: AppConfig = loadConfig(env);

  const applied = await runMigrations(config);
  say(applied.length ? `migrations applied: ${applied.join(', ')}` : 'schema is up to date');
  if (config.seedDemo) {
    for (const line of await seedDemoNetwork(config)) say(line);
  }

  await ensureWebBuild(say);
  startChild('worker', env);
  startChild('api', env);
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  const url = `http://${host}:${config.port}`;
  await Promise.all([
    waitReady(`${url}/health/ready`, 180_000),
    waitReady(`http://${host}:${config.workerHealthPort}/health/ready`, 180_000),
  ]);
  say(`ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  say(`Jazari     ${config.publicUrl}/   (open it in your browser; the demo logins are in the README)`);
  say(`API        ${url}/api/v1`);
  say(`API docs   ${url}/api/docs   (OpenAPI document: ${url}/api/openapi.json)`);
  say(`health     ${url}/health/ready   (worker: http://${host}:${config.workerHealthPort}/health/ready)`);
  say('Ctrl-C stops everything');
}

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const stopOne of stoppers) {
    await stopOne().catch((error: unknown) => say(`while stopping: ${String(error)}`));
  }
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

main().catch(async (error: unknown) => {
  if (stopping) return; // Ctrl-C during start: stop() is already shutting everything down
  if (error instanceof ConfigError || error instanceof RedisNotInstalledError) {
    process.stderr.write(`jazari: ${error.message}\n`);
  } else {
    process.stderr.write(
      `jazari: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  await stop(1);
});
