import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { RedisNotInstalledError, redisServerInstalled } from './local-redis.js';
import { answers, freePort } from './ports.js';

/** One redis-server process on loopback (a data node or a Sentinel). */
export interface RedisProcess {
  readonly port: number;
  readonly alive: boolean;
  /** SIGTERM by default; SIGKILL to lose it abruptly. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** A primary, its replica and three Sentinels watching them (quorum 2), all on loopback. */
export interface RedisSentinelSet {
  /** `redis+sentinel://127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3/<masterName>`: what REDIS_URL takes. */
  readonly url: string;
  readonly masterName: string;
  readonly primary: RedisProcess;
  readonly replica: RedisProcess;
  readonly sentinels: readonly RedisProcess[];
  /** The primary the Sentinels name now (`host:port`), asked of a Sentinel still up. */
  currentPrimary(): Promise<string>;
  stop(): Promise<void>;
}

/** Three cluster-enabled masters sharing the 16,384 slots, on loopback. */
export interface RedisClusterSet {
  /** `redis+cluster://127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3`: what REDIS_URL takes. */
  readonly url: string;
  readonly nodes: readonly RedisProcess[];
  stop(): Promise<void>;
}

/** A redis-cli call (its output and errors as one text); never blocks the event loop the API runs on. */
function cli(port: number, ...args: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(
      'redis-cli',
      ['-h', '127.0.0.1', '-p', String(port), ...args],
      { encoding: 'utf8', timeout: 10_000 },
      (_error, stdout, stderr) => resolve(`${stdout}${stderr}`),
    );
  });
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`redis-ha: timed out waiting for ${what}`);
    await sleep(100);
  }
}

async function startProcess(args: string[], port: number): Promise<RedisProcess> {
  const child: ChildProcess = spawn('redis-server', args, { stdio: 'ignore' });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  for (let i = 0; i < 100 && !(await answers('127.0.0.1', port)); i++) {
    if (exited) throw new Error(`redis-server ${args.join(' ')} exited at start`);
    await sleep(50);
  }
  return {
    port,
    get alive() {
      return !exited;
    },
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (exited) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill(signal);
      await gone;
    },
  };
}

const dataNodeArgs = (port: number, dir: string): string[] => [
  '--port',
  String(port),
  '--bind',
  '127.0.0.1',
  '--dir',
  dir,
  '--save',
  '',
  '--appendonly',
  'no',
  '--maxmemory-policy',
  'noeviction',
];

/**
 * Starts a primary, a replica of it and three Sentinels (`redis-server <conf> --sentinel`), no
 * persistence. The Sentinels call the primary down after `downAfterMs` without an answer and fail over
 * to the replica; resolves once every Sentinel knows the replica and the two other Sentinels.
 */
export async function startRedisSentinelSet(
  options: { masterName?: string; downAfterMs?: number } = {},
): Promise<RedisSentinelSet> {
  if (!redisServerInstalled()) throw new RedisNotInstalledError();
  const masterName = options.masterName ?? 'jazari';
  const dir = await mkdtemp(path.join(tmpdir(), 'jazari-sentinel-'));
  const started: RedisProcess[] = [];
  try {
    const primaryPort = await freePort();
    const primary = await startProcess(dataNodeArgs(primaryPort, dir), primaryPort);
    started.push(primary);
    const replicaPort = await freePort();
    const replicaDir = path.join(dir, 'replica');
    await mkdir(replicaDir);
    const replica = await startProcess(
      [...dataNodeArgs(replicaPort, replicaDir), '--replicaof', '127.0.0.1', String(primaryPort)],
      replicaPort,
    );
    started.push(replica);
    await until('the replica in sync', async () =>
      /master_link_status:up/.test(await cli(replicaPort, 'INFO', 'replication')),
    );

    const sentinels: RedisProcess[] = [];
    for (let i = 0; i < 3; i++) {
      const port = await freePort();
      const sentinelDir = path.join(dir, `sentinel-${i}`);
      await mkdir(sentinelDir);
      // Sentinel rewrites its configuration file (what it learns of replicas, Sentinels, failovers).
      const conf = path.join(sentinelDir, 'sentinel.conf');
      await writeFile(
        conf,
        [
          `port ${port}`,
          'bind 127.0.0.1',
          `dir ${sentinelDir}`,
          `sentinel monitor ${masterName} 127.0.0.1 ${primaryPort} 2`,
          `sentinel down-after-milliseconds ${masterName} ${options.downAfterMs ?? 1_000}`,
          `sentinel failover-timeout ${masterName} 5000`,
          `sentinel parallel-syncs ${masterName} 1`,
          '',
        ].join('\n'),
      );
      const sentinel = await startProcess([conf, '--sentinel'], port);
      started.push(sentinel);
      sentinels.push(sentinel);
    }
    await until(
      'every Sentinel to know the replica and the other Sentinels',
      async () => {
        for (const sentinel of sentinels) {
          const master = await cli(sentinel.port, 'SENTINEL', 'MASTER', masterName);
          const field = (name: string) => new RegExp(`(?:^|\\n)${name}\\n(\\d+)`).exec(master)?.[1];
          if (field('num-slaves') !== '1' || field('num-other-sentinels') !== '2') return false;
        }
        return true;
      },
      30_000,
    );
    const stop = async (): Promise<void> => {
      for (const server of [...sentinels, replica, primary]) await server.stop('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    };
    return {
      url: `redis+sentinel://${sentinels.map((s) => `127.0.0.1:${s.port}`).join(',')}/${masterName}`,
      masterName,
      primary,
      replica,
      sentinels,
      currentPrimary: async () => {
        for (const sentinel of sentinels.filter((s) => s.alive)) {
          const [host, port] = (await cli(sentinel.port, 'SENTINEL', 'GET-MASTER-ADDR-BY-NAME', masterName))
            .trim()
            .split('\n');
          if (host && /^\d+$/.test(port ?? '')) return `${host}:${port}`;
        }
        throw new Error('no Sentinel answers');
      },
      stop,
    };
  } catch (error) {
    for (const server of started) await server.stop('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** A free port whose cluster bus port (port + 10000) is free too. */
async function clusterPort(): Promise<number> {
  for (;;) {
    const port = await freePort();
    if (port + 10_000 <= 65_535 && !(await answers('127.0.0.1', port + 10_000, 200))) return port;
  }
}

/**
 * Starts three cluster-enabled redis-server processes and joins them with `redis-cli --cluster create`
 * (no replicas); resolves once every node reports `cluster_state:ok`.
 */
export async function startRedisClusterSet(): Promise<RedisClusterSet> {
  if (!redisServerInstalled()) throw new RedisNotInstalledError();
  const dir = await mkdtemp(path.join(tmpdir(), 'jazari-cluster-'));
  const nodes: RedisProcess[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      const port = await clusterPort();
      const nodeDir = path.join(dir, String(port));
      await mkdir(nodeDir);
      nodes.push(
        await startProcess(
          [
            ...dataNodeArgs(port, nodeDir),
            '--cluster-enabled',
            'yes',
            '--cluster-config-file',
            path.join(nodeDir, 'nodes.conf'),
            '--cluster-node-timeout',
            '2000',
          ],
          port,
        ),
      );
    }
    const created = await new Promise<{ ok: boolean; output: string }>((resolve) => {
      execFile(
        'redis-cli',
        [
          '--cluster',
          'create',
          ...nodes.map((n) => `127.0.0.1:${n.port}`),
          '--cluster-replicas',
          '0',
          '--cluster-yes',
        ],
        { encoding: 'utf8', timeout: 30_000 },
        (error, stdout, stderr) => resolve({ ok: !error, output: `${stdout}${stderr}` }),
      );
    });
    if (!created.ok) throw new Error(`redis-cli --cluster create failed: ${created.output}`);
    await until('cluster_state:ok on every node', async () => {
      for (const node of nodes)
        if (!/cluster_state:ok/.test(await cli(node.port, 'CLUSTER', 'INFO'))) return false;
      return true;
    });
    return {
      url: `redis+cluster://${nodes.map((n) => `127.0.0.1:${n.port}`).join(',')}`,
      nodes,
      stop: async () => {
        for (const node of nodes) await node.stop('SIGKILL');
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    for (const node of nodes) await node.stop('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
