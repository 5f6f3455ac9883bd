import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
// @ts-expect-error -- a plain ES module beside eslint.config.js, without type declarations.
import { CONTEXT_ARROWS } from '../../eslint.boundaries.js';
// @ts-expect-error -- likewise.
import { shape } from '../../eslint.shape.js';

/**
 * Issue 21 point 5: every business context has the inner shape docs/architecture.md describes ("The
 * shape of a context"), kept by the `jazari/context-shape` rule (eslint.shape.js) that `npm run lint`
 * runs. Fixtures are linted with the project's own configuration (type-aware rules off: a fixture is
 * not in the TypeScript project).
 */
const root = new URL('../../', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });
const contexts = Object.keys(CONTEXT_ARROWS as Record<string, string[]>);
// The shape rule alone, for the whole tree (the full configuration's type-aware rules take half a minute).
const shapeOnly = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...(shape as [])],
});

async function shapeErrors(filePath: string, code = 'export const x = 1;\n'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'jazari/context-shape').map((m) => m.message);
}

describe('the shape of a context', () => {
  it('fails a shared/ or access/ folder: what several areas share sits at the root', async () => {
    const shared = await shapeErrors('libs/resources/src/shared/resource-access.fixture.ts');
    expect(shared).toHaveLength(1);
    expect(shared[0]).toContain('no `shared/` folder in resources');
    const access = await shapeErrors('libs/conventions/src/access/convention-access.fixture.ts');
    expect(access).toHaveLength(1);
    expect(access[0]).toContain('the access checker sits at the root');
  });

  it('fails one dto/ folder for the whole context: DTOs sit in their area', async () => {
    const errors = await shapeErrors('libs/workshops/src/dto/workshop.dto.fixture.ts');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('DTOs sit in their area');
    expect(await shapeErrors('libs/workshops/src/events/dto/workshop.dto.fixture.ts')).toEqual([]);
  });

  it('fails a flat context: a controller, service, repository or handler at the root beside area folders', async () => {
    for (const file of [
      'libs/network/src/tenant.controller.ts',
      'libs/dashboards/src/dashboard.repository.ts',
      'libs/notifications/src/inbox.service.ts',
      'libs/notifications/src/notification-events.handler.ts',
    ]) {
      const errors = await shapeErrors(file);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('sit in one of them, not at the root');
    }
    expect(await shapeErrors('libs/network/src/tenants/tenant.controller.ts')).toEqual([]);
  });

  it('fails a root file that imports an area; the module, the index and specs may', async () => {
    const code = "import { t } from './conventions/convention.types.js';\nexport const x = t;\n";
    const errors = await shapeErrors('libs/conventions/src/convention-access.fixture.ts', code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('a root file imports no area');
    expect(await shapeErrors('libs/conventions/src/conventions.module.ts', code)).toEqual([]);
    expect(await shapeErrors('libs/conventions/src/index.ts', code)).toEqual([]);
    expect(await shapeErrors('libs/conventions/src/convention-access.spec.ts', code)).toEqual([]);
    const rootImport = "import { t } from './convention.types.js';\nexport const x = t;\n";
    expect(await shapeErrors('libs/conventions/src/convention-access.fixture.ts', rootImport)).toEqual([]);
  });

  it('fails a service or repository that fetches the open transaction instead of receiving it', async () => {
    const code = [
      'export class S {',
      '  constructor(private readonly transactions: { tx(): unknown; tenantTx(): unknown }) {}',
      '  a() { return this.transactions.tx(); }',
      '  b() { return this.transactions.tenantTx(); }',
      '}',
      '',
    ].join('\n');
    const [result] = await eslint.lintText(code, {
      filePath: 'libs/notifications/src/dispatch/x.fixture.ts',
    });
    const fetched = result.messages.filter((m) => m.ruleId === 'no-restricted-syntax');
    expect(fetched).toHaveLength(2);
    expect(fetched[0].message).toContain('do not fetch the open transaction');
  });

  it('has no exception for the outbox nor the apps; only the runner in libs/database may fetch', async () => {
    const code = 'export const f = (s: { transactions: { tx(): unknown } }) => s.transactions.tx();\n';
    const fetches = async (filePath: string) => {
      const [result] = await eslint.lintText(code, { filePath });
      return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length;
    };
    expect(await fetches('libs/outbox/src/outbox.service.ts')).toBe(1);
    expect(await fetches('apps/worker/src/x.fixture.ts')).toBe(1);
    expect(await fetches('libs/database/src/x.fixture.ts')).toBe(0);
  });

  it('leaves the platform libraries alone', async () => {
    expect(await shapeErrors('libs/database/src/shared/x.fixture.ts')).toEqual([]);
    expect(await shapeErrors('libs/webhooks/src/webhook.service.fixture.ts')).toEqual([]);
  });

  it('holds for every business context as it is', async () => {
    const results = await shapeOnly.lintFiles(contexts.map((context) => `libs/${context}/src/**/*.ts`));
    expect(results.length).toBeGreaterThan(contexts.length * 10);
    const failures = results.flatMap((result) =>
      result.messages.map((m) => `${result.filePath.slice(root.length)}: ${m.message}`),
    );
    expect(failures).toEqual([]);
  });
});
