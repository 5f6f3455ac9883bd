import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, expect } from '@jest/globals';

/**
 * Counts the assertions each test makes (`expect.getState().assertionCalls`, which Jest resets when a test
 * starts) and appends the file's total to `JAZARI_TEST_COUNTS_DIR` for test/support/count-reporter.mjs,
 * which prints the run's number of tests and assertions: a change to the suites can show it made nothing
 * weaker.
 */
let tests = 0;
let assertions = 0;

afterEach(() => {
  tests += 1;
  assertions += expect.getState().assertionCalls;
});

afterAll(() => {
  const dir = process.env.JAZARI_TEST_COUNTS_DIR;
  if (!dir) return;
  const file = expect.getState().testPath ?? 'unknown';
  appendFileSync(path.join(dir, `${process.pid}.jsonl`), `${JSON.stringify({ file, tests, assertions })}\n`);
});
