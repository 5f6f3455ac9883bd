// Jest runs in native ESM mode (NestJS 12 is ESM-only): see docs/adr/0001-nestjs-12-esm-and-jest.md.
import { readFileSync } from 'node:fs';

const swcrc = JSON.parse(readFileSync(new URL('./.swcrc', import.meta.url), 'utf8'));
const { paths } = JSON.parse(
  readFileSync(new URL('./tsconfig.json', import.meta.url), 'utf8'),
).compilerOptions;

const moduleNameMapper = {
  // Sources import each other with the `.js` extension NodeNext requires; Jest resolves the `.ts` file.
  '^(\\.{1,2}/.*)\\.js$': '$1',
};
for (const [alias, [target]] of Object.entries(paths)) {
  moduleNameMapper[`^${alias.replace('/', '\\/')}$`] = `<rootDir>/${target}`;
}

const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      ...swcrc,
      jsc: { ...swcrc.jsc, baseUrl: undefined, paths: undefined },
      exclude: undefined,
      swcrc: false,
    },
  ],
};

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper,
  transform,
  testEnvironment: 'node',
  setupFilesAfterEnv: ['<rootDir>/test/support/count-assertions.ts'],
};

/**
 * Suites against PostgreSQL and Redis: global setup migrates the run's template database once; the
 * environment clones it into a database per test file and drops it after the file.
 */
const withDatabase = {
  ...common,
  testEnvironment: '<rootDir>/test/support/database-environment.mjs',
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
};

/** @type {import('jest').Config} */
export default {
  // A global option: Jest ignores `testTimeout` inside a project (hooks then time out at 5 s on a busy
  // machine). Suites that need longer still say so with `jest.setTimeout`.
  testTimeout: 60_000,
  // The default report, then the number of tests and assertions (nothing may get weaker: docs/testing.md).
  reporters: ['default', '<rootDir>/test/support/count-reporter.mjs'],
  // Three workers on a 2-core machine: each test file that touches PostgreSQL has a database of its own
  // (below), and each suite a queue prefix of its own, so files run side by side without seeing each other
  // (docs/testing.md). Much of an e2e file waits (a second factor's next 30-second step, PostgreSQL, Redis,
  // spawned processes; the signing suite measured 8.6 CPU-seconds in 215 s), and the longest files start
  // first, so a third file keeps both cores busy; `--maxWorkers=2` on the command line gives the old figure.
  maxWorkers: 3,
  // Longest files first, from test/support/durations.json when Jest has no timings of its own (a fresh clone).
  testSequencer: '<rootDir>/test/support/sequencer.mjs',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.spec.ts'] },
    {
      // `npm test`: the HTTP and service-level suites, each file in its own database. The application and
      // the npm packages load once per Jest worker, natively from dist/, not once per file inside Jest's
      // module registry (test/support/native-runtime.cjs; docs/testing.md).
      ...withDatabase,
      displayName: 'e2e',
      runtime: '<rootDir>/test/support/native-runtime.cjs',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
    },
    {
      // `npm run test:slow`: chaos, failover, property-based and seed suites, and any file over ~20 s. The
      // application loads once per Jest worker, as for e2e (most of these files boot the API in process).
      ...withDatabase,
      displayName: 'slow',
      runtime: '<rootDir>/test/support/native-runtime.cjs',
      testMatch: ['<rootDir>/test/**/*.slow-spec.ts'],
    },
    {
      // Journeys in Debian's Chromium against the real API, worker, PostgreSQL and Redis (npm run test:browser);
      // each file boots the API and the worker in process, so the application loads once per Jest worker.
      ...withDatabase,
      displayName: 'browser',
      runtime: '<rootDir>/test/support/native-runtime.cjs',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      setupFilesAfterEnv: [...common.setupFilesAfterEnv, '<rootDir>/test/browser/lib/retry-once.ts'],
    },
  ],
};
