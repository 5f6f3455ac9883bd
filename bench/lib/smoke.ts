import { generateKeyPairSync } from 'node:crypto';

/**
 * `BENCH_SMOKE=1`: every benchmark with tiny data and about a second of load, so CI (`npm run bench:smoke`)
 * proves that each one still starts, runs and gets answers without errors. A smoke run fails on an error,
 * a non-2xx answer or a benchmark that no longer starts; it prints its figures but does not judge them
 * against the goals (tiny data on a busy CI machine says nothing about them).
 */
export const SMOKE = process.env.BENCH_SMOKE === '1' || process.env.BENCH_SMOKE === 'true';

/** A size from the environment, else the smoke size in a smoke run, else the full one. */
export function size(name: string, full: number, smoke: number): number {
  const value = process.env[name];
  return value ? Number(value) : SMOKE ? smoke : full;
}

/** A goal missed fails a full run only. */
export function goalMissed(): boolean {
  return !SMOKE;
}

/**
 * What the API needs to start with NODE_ENV=production beyond the database and Redis: the benchmarks
 * measure the production path (no development logging, no dev-only checks). A fresh Ed25519 key seals
 * nothing that outlives the run.
 */
export function productionSecrets(): Record<string, string> {
  const { privateKey } = generateKeyPairSync('ed25519');
  return {
    AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-1234',
    EVIDENCE_SIGNING_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}
