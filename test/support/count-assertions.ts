import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, expect } from '@jest/globals';

/**
 * Counts the assertions each test makes (`expect.getState().assertionCalls`, which Jest resets when a test
 * starts) and appends the file's total to `JAZARI_TEST_COUNTS_DIR` for test/support/count-reporter.mjs,
 * which prints the run's number of tests and assertions: a change to the suites can show it made nothing
 * weaker. It also notes the CPU time the Jest worker spent on the file (from this setup file, before the
 * test file's imports, to its last hook) and the wall time, which `JAZARI_TEST_PROFILE=1` prints per file:
 * on a loaded machine the CPU seconds say where the time goes when the wall times do not.
 */
let tests = 0;
let assertions = 0;
const startedCpu = process.cpuUsage();
const startedAt = performance.now();

afterEach(() => {
  tests += 1;
  assertions += expect.getState().assertionCalls;
});

afterAll(() => {
  const dir = process.env.JAZARI_TEST_COUNTS_DIR;
  if (!dir) return;
  const file = expect.getState().testPath ?? 'unknown';
  const cpu = process.cpuUsage(startedCpu);
  const entry = {
    file,
    tests,
    assertions,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    wallMs: Math.round(performance.now() - startedAt),
  };
  appendFileSync(path.join(dir, `${process.pid}.jsonl`), `${JSON.stringify(entry)}\n`);
});
