import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
// The file alone, not @jazari/api's index: that would load the whole API into this process.
import { API_NODE_FLAGS } from '../../apps/api/src/node-flags.js';

export interface Child {
  readonly process: ChildProcess;
  readonly port: number;
  /** CPU time the process has used so far (user + system), in ms; undefined where /proc is not there. */
  cpuMs(this: void): number | undefined;
  stop(): Promise<void>;
}

/** Linux's clock ticks per second (`getconf CLK_TCK`), 100 on every architecture Node.js runs on. */
const CLOCK_TICKS = 100;

/** User + system CPU time of a process, from /proc/<pid>/stat (fields 14 and 15), in ms. */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/**
 * Starts a Node.js entry point in a child process (so the server under load has a core to itself, apart
 * from the load generator) and waits until it prints the port it listens on.
 */
export async function startChild(
  script: string,
  env: Record<string, string>,
  portFrom: RegExp,
  timeoutMs = 60_000,
): Promise<Child> {
  // BENCH_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, to profile the servers under load.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
  // Every server runs with the flags the API runs with in production (a larger young generation among
  // them), the bare baseline too: the comparison is of the request paths, not of the runtimes' settings.
  const child = spawn(process.execPath, [...API_NODE_FLAGS, ...nodeArgs, script], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${script} did not start within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = portFrom.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
  });
  // Keep draining its output (request logs) so the pipe never fills and blocks it.
  child.stdout.resume();
  return {
    process: child,
    port,
    cpuMs: () => processCpuMs(child.pid),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
