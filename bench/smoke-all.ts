import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench:smoke` (run by CI): every benchmark in smoke mode (BENCH_SMOKE=1: tiny data, about a second
 * of load; bench/lib/smoke.ts), one after the other. A benchmark that no longer starts, or that gets errors,
 * fails the run: benchmarks nobody runs rot (issue 22).
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const BENCHMARKS = [
  'dashboards.js',
  'notifications-throughput.js',
  'outbox-latency.js',
  'request-overhead.js',
  'projects-list.js',
  'project-search.js',
  'web.js',
  'web-dashboard.js',
];

function run(file: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--enable-source-maps', path.join(here, file)], {
      env: { ...process.env, BENCH_SMOKE: '1', BENCH_LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      if (code !== 0) process.stdout.write(output);
      resolve(code ?? 1);
    });
  });
}

let failed = 0;
for (const file of BENCHMARKS) {
  const started = performance.now();
  const code = await run(file);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`${code === 0 ? 'ok    ' : 'FAILED'} ${file.replace(/\.js$/, '')} (${seconds} s)\n`);
  if (code !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
