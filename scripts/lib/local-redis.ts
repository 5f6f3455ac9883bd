import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { answers, freePort } from './ports.js';

export interface LocalRedis {
  readonly url: string;
  readonly port: number;
  /** SIGTERM by default; SIGKILL to lose it abruptly (tests). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export class RedisNotInstalledError extends Error {
  constructor() {
    super(
      'redis-server was not found on PATH. Install it (Debian/Ubuntu: `sudo apt-get install redis-server`, ' +
        'macOS: `brew install redis`) or set REDIS_URL to a Redis you already run.',
    );
  }
}

export function redisServerInstalled(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Spawns `redis-server` on a free loopback port. `persistent` keeps an AOF (fsync every second) in
 * `dataDir`, as the platform wants in development; tests run without persistence.
 */
export async function startLocalRedis(
  dataDir: string,
  persistent: boolean,
  /** A fixed port (a test restarting Redis where its clients expect it); a free one by default. */
  fixedPort?: number,
): Promise<LocalRedis> {
  if (!redisServerInstalled()) throw new RedisNotInstalledError();
  const dir = path.resolve(dataDir);
  await mkdir(dir, { recursive: true });
  const port = fixedPort ?? (await freePort());
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--maxmemory-policy',
    'noeviction',
  ];
  args.push(...(persistent ? ['--appendonly', 'yes', '--appendfsync', 'everysec'] : ['--appendonly', 'no']));
  // Detached, so a Ctrl-C reaches the launcher first and Redis is stopped after the worker.
  const child: ChildProcess = spawn('redis-server', args, { stdio: 'ignore', detached: true });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  for (let i = 0; i < 100 && !(await answers('127.0.0.1', port)); i++) {
    if (exited) throw new Error(`redis-server exited at start (port ${port}, dir ${dir})`);
    await sleep(50);
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (exited) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill(signal);
      await gone;
    },
  };
}
