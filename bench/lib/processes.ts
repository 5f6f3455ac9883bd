import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface Child {
  readonly process: ChildProcess;
  readonly port: number;
  stop(): Promise<void>;
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
  const child = spawn(process.execPath, ['--enable-source-maps', ...nodeArgs, script], {
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
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
