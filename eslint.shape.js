// The inner shape of a business context (docs/architecture.md, "The shape of a context"), as a local ESLint
// rule: `npm run lint` fails on a context that departs from it. scripts/lint/context-shape.spec.ts lints
// fixtures with it.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CONTEXT_ARROWS } from './eslint.boundaries.js';

const CONTEXTS = new Set(Object.keys(CONTEXT_ARROWS));

/** Folder names that hold what belongs at the root (shared pieces) or in an area (its DTOs). */
const NOT_AN_AREA = {
  shared: 'what several areas share (the access checker, problems, types, rules) sits at the root',
  common: 'what several areas share sits at the root',
  utils: 'what several areas share sits at the root',
  helpers: 'what several areas share sits at the root',
  access: 'the access checker sits at the root (`<context>-access.ts`)',
  dto: 'DTOs sit in their area (`<area>/dto/` or `<area>/<area>.dto.ts`), shared ones at the root',
};

/** The kinds of file that belong to an area, not to the root, once a context has areas. */
const AREA_FILE = /\.(controller|service|repository|handler)\.ts$/;

const hasAreas = new Map();
function contextHasAreas(srcDir) {
  if (!hasAreas.has(srcDir)) {
    let areas;
    try {
      areas = readdirSync(srcDir, { withFileTypes: true }).some((entry) => entry.isDirectory());
    } catch {
      areas = false;
    }
    hasAreas.set(srcDir, areas);
  }
  return hasAreas.get(srcDir);
}

const WHY = 'docs/architecture.md, "The shape of a context"';

const contextShape = {
  meta: {
    type: 'problem',
    docs: { description: 'A business context has the inner shape docs/architecture.md describes.' },
    schema: [],
  },
  create(context) {
    const file = relative(context.cwd, context.filename).split(sep).join('/');
    const match = /^libs\/([a-z-]+)\/src\/(.+)$/.exec(file);
    if (!match || !CONTEXTS.has(match[1])) return {};
    const [, name, inner] = match;
    const parts = inner.split('/');
    const atRoot = parts.length === 1;
    const fileName = parts[parts.length - 1];
    const wiring = fileName === 'index.ts' || fileName.endsWith('.module.ts');
    const spec = fileName.endsWith('.spec.ts');

    const checkImport = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !/^\.\/[^/]+\//.test(source)) return;
      context.report({
        node: node.source,
        message: `${WHY}: a root file imports no area (only the module and the index wire them); move what ${source} gives to the root, or this file into its area.`,
      });
    };

    return {
      Program(node) {
        if (!atRoot && Object.hasOwn(NOT_AN_AREA, parts[0])) {
          context.report({
            node,
            loc: { line: 1, column: 0 },
            message: `${WHY}: no \`${parts[0]}/\` folder in ${name}: ${NOT_AN_AREA[parts[0]]}.`,
          });
        }
        if (atRoot && AREA_FILE.test(fileName) && contextHasAreas(join(context.cwd, 'libs', name, 'src'))) {
          context.report({
            node,
            loc: { line: 1, column: 0 },
            message: `${WHY}: ${name} has area folders, so its controllers, services, repositories and handlers sit in one of them, not at the root.`,
          });
        }
      },
      ...(atRoot && !wiring && !spec
        ? {
            ImportDeclaration: checkImport,
            ExportNamedDeclaration: checkImport,
            ExportAllDeclaration: checkImport,
          }
        : {}),
    };
  },
};

export const shape = [
  {
    files: ['libs/*/src/**/*.ts'],
    plugins: { jazari: { rules: { 'context-shape': contextShape } } },
    rules: { 'jazari/context-shape': 'error' },
  },
  {
    // One transaction style (docs/architecture.md, "Request and job flow"): a service opens its unit of
    // work or receives the `tx` of the one that did; nobody fetches the open one (the outbox and the
    // audit log take it as their first argument). The runner, where it lives, is the one exception.
    files: ['libs/*/src/**/*.ts', 'apps/*/src/**/*.ts'],
    ignores: ['libs/database/src/**', '**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[arguments.length=0][callee.property.name=/^(tx|tenantTx|current)$/][callee.object.type='MemberExpression'][callee.object.property.name='transactions']",
          message:
            'docs/architecture.md: do not fetch the open transaction; open the unit of work (`transactions.run(context, (tx) => …)`) or take `tx` from the caller.',
        },
      ],
    },
  },
];
