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

const common = { extensionsToTreatAsEsm: ['.ts'], moduleNameMapper, transform, testEnvironment: 'node' };

/** @type {import('jest').Config} */
export default {
  // A global option: Jest ignores `testTimeout` inside a project (hooks then time out at 5 s on a busy
  // machine). Suites that need longer still say so with `jest.setTimeout`.
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.mjs',
      globalTeardown: '<rootDir>/test/global-teardown.mjs',
    },
    {
      // Journeys in Debian's Chromium against the real API, worker, PostgreSQL and Redis (npm run test:browser).
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.mjs',
      globalTeardown: '<rootDir>/test/global-teardown.mjs',
    },
  ],
};
