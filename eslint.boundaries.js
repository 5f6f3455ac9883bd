// The dependency rule of docs/architecture.md ("Arrows"), as ESLint's own `no-restricted-imports`, one
// block per library: an import that goes the wrong way fails `npm run lint`. scripts/eslint-boundaries.spec.ts
// lints fixtures with it and checks that the drawing in docs/architecture.md shows these arrows.

/** Platform libraries: they import one another, never a business context or an app. */
export const PLATFORM = [
  'config',
  'telemetry',
  'database',
  'queue',
  'outbox',
  'http',
  'access',
  'storage',
  'audit',
  'health',
  'webhooks',
];

/**
 * Business contexts and the business contexts each may import (through its index, `@jazari/<name>`);
 * every context may import every platform library. Notifications subscribes to the events the others
 * export, so it may import them all and none imports it.
 */
export const CONTEXT_ARROWS = {
  identity: [],
  network: [],
  projects: [],
  conventions: ['identity', 'projects'],
  resources: ['projects'],
  workshops: ['conventions', 'projects'],
  dashboards: ['projects'],
  reports: ['dashboards'],
  notifications: [
    'identity',
    'network',
    'projects',
    'conventions',
    'resources',
    'workshops',
    'dashboards',
    'reports',
  ],
};

/** The apps and the test harness, which put everything together: only the alias rules apply to them. */
const APPS = ['api', 'worker'];

const CONTEXTS = Object.keys(CONTEXT_ARROWS);

// Another library only through its index: no `@jazari/x/deep/path`, no relative path into another
// library's sources (`../../projects/src/...`) or out of `libs/` (`../../../apps/...`).
const ALIAS_PATTERNS = [
  { group: ['@jazari/*/**'], message: 'Import another library through its index: `@jazari/<name>`.' },
  {
    regex: '^(\\.\\./)+([a-z-]+/src|libs|apps|scripts|test|bench)(/|$)',
    message: 'Import another library through its index (`@jazari/<name>`), never by a relative path.',
  },
];

const forbid = (names, why) =>
  names.length === 0 ? [] : [{ regex: `^@jazari/(${names.join('|')})$`, message: why }];

function block(files, forbidden, ignores = []) {
  return {
    files,
    ignores: ['**/*.spec.ts', ...ignores],
    rules: { 'no-restricted-imports': ['error', { patterns: [...ALIAS_PATTERNS, ...forbidden] }] },
  };
}

function contextBlocks(name) {
  const allowed = new Set(CONTEXT_ARROWS[name]);
  const others = CONTEXTS.filter((c) => c !== name && !allowed.has(c));
  const why = `docs/architecture.md: ${name} may import the platform libraries and ${
    CONTEXT_ARROWS[name].length ? CONTEXT_ARROWS[name].join(', ') : 'no other business context'
  }; an arrow the other way (or a new one) is a design change: change the drawing and eslint.boundaries.js together.`;
  const apps = forbid([...APPS, 'testing'], 'A business context never imports an app or the test harness.');
  const files = [`libs/${name}/src/**/*.ts`];
  return [block(files, [...forbid(others, why), ...apps])];
}

export const boundaries = [
  ...PLATFORM.map((name) =>
    block(
      [`libs/${name}/src/**/*.ts`],
      forbid(
        [...CONTEXTS, ...APPS, 'testing'],
        'docs/architecture.md: a platform library imports only other platform libraries, never a business context, an app or the test harness.',
      ),
    ),
  ),
  ...CONTEXTS.flatMap(contextBlocks),
  block(['apps/api/src/**/*.ts', 'apps/worker/src/**/*.ts', 'libs/testing/src/**/*.ts'], []),
];
