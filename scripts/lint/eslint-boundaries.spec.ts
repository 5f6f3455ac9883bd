import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
// @ts-expect-error -- a plain ES module beside eslint.config.js, without type declarations.
import { CONTEXT_ARROWS } from '../../eslint.boundaries.js';

/**
 * Issue 21 point 5: the dependency rule of docs/architecture.md runs in `npm run lint` (eslint.config.js
 * spreads eslint.boundaries.js) and fails on an import that goes the wrong way. Fixtures are linted with
 * the project's own configuration (type-aware rules off: a fixture is not in the TypeScript project).
 */
const root = new URL('../../', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const arrows = CONTEXT_ARROWS as Record<string, string[]>;

describe('the dependency rule', () => {
  it('fails a platform library that imports a business context', async () => {
    const errors = await importErrors(
      'libs/http/src/wrong-way.fixture.ts',
      "import { ProjectsModule } from '@jazari/projects';\nexport const m = ProjectsModule;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('platform library');
  });

  it('fails a context that imports a context above it (projects → conventions)', async () => {
    const errors = await importErrors(
      'libs/projects/src/projects/wrong-way.fixture.ts',
      "import type { ConventionStatus } from '@jazari/conventions';\nexport type S = ConventionStatus;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('projects may import the platform libraries and no other business context');
  });

  it('fails a business context that imports notifications (notifications subscribes to events instead)', async () => {
    const errors = await importErrors(
      'libs/workshops/src/registrations/wrong-way.fixture.ts',
      "import { NotificationDispatcher } from '@jazari/notifications';\nexport const d = NotificationDispatcher;\n",
    );
    expect(errors).toHaveLength(1);
  });

  it('fails a deep or relative import into another library', async () => {
    const errors = await importErrors(
      'libs/conventions/src/signing/wrong-way.fixture.ts',
      [
        "import { a } from '@jazari/projects/projects/project.service.js';",
        "import { b } from '../../../projects/src/index.js';",
        'export const x = [a, b];',
        '',
      ].join('\n'),
    );
    expect(errors).toHaveLength(2);
  });

  it('lets each context import what the drawing allows, and notifications import every context', async () => {
    const code = (names: string[]) =>
      names.map((n, i) => `import * as m${i} from '@jazari/${n}';`).join('\n') +
      `\nexport const all = [${names.map((_, i) => `m${i}`).join(', ')}];\n`;
    for (const [context, allowed] of Object.entries(arrows)) {
      const path = `libs/${context}/src/right-way.fixture.ts`;
      expect(await importErrors(path, code([...allowed, 'database', 'http', 'audit']))).toEqual([]);
    }
    expect(await importErrors('apps/worker/src/right-way.fixture.ts', code(Object.keys(arrows)))).toEqual([]);
  });

  it('is drawn in docs/architecture.md: the drawing has exactly these arrows', () => {
    const doc = readFileSync(`${root}docs/architecture.md`, 'utf8');
    const mermaid = /```mermaid\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const drawn = [...mermaid.matchAll(/^\s*(\w+) --> (\w+)\s*$/gm)].map(([, from, to]) => `${from} → ${to}`);
    const ruled = Object.entries(arrows).flatMap(([from, tos]) => tos.map((to) => `${from} → ${to}`));
    expect(drawn.sort()).toEqual(ruled.sort());
  });
});
