import { describe, expect, it } from '@jest/globals';
import {
  isTenantTx,
  type SystemTx,
  type TenantContext,
  type TenantTx,
  type Tx,
  type TxFor,
} from './transaction-runner.js';
import { NO_TENANT, type DbContext } from './tenant-context.js';

/**
 * The `// @ts-expect-error` lines are the test: `npm run typecheck` (tsc over every spec) fails if one of
 * them compiles, i.e. if a SystemTx could be passed where a tenant repository asks for a TenantTx.
 */
class TenantRepository {
  async names(tx: TenantTx, tenantId: string): Promise<string[]> {
    const rows = await tx.query<{ name: string }>('SELECT name FROM project WHERE tenant_id = $1', [
      tenantId,
    ]);
    return rows.map((r) => r.name);
  }
}

class GlobalRepository {
  // Global tables (users, the outbox) take either kind.
  async count(tx: Tx): Promise<number> {
    return (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM app_user'))[0]?.n ?? 0;
  }
}

function typeLevel(tenant: TenantTx, system: SystemTx, either: Tx): void {
  const repository = new TenantRepository();
  void repository.names(tenant, 'x');
  // @ts-expect-error a system transaction cannot be passed to a tenant repository
  void repository.names(system, 'x');
  // @ts-expect-error nor can a transaction of unknown kind: narrow it with isTenantTx first
  void repository.names(either, 'x');
  if (isTenantTx(either)) void repository.names(either, 'x');

  const global = new GlobalRepository();
  void global.count(tenant);
  void global.count(system);

  // The kind follows the context's type: a tenant context opens a TenantTx, anything else a SystemTx.
  const opened: TxFor<TenantContext> = tenant;
  // @ts-expect-error NO_TENANT (a DbContext) opens a SystemTx, not a TenantTx
  const wrong: TxFor<typeof NO_TENANT> = tenant;
  // @ts-expect-error a TenantTx is not a SystemTx either
  const reversed: SystemTx = tenant;
  const fromDbContext: TxFor<DbContext> = system;
  void [opened, wrong, reversed, fromDbContext];
}

describe('transaction kinds', () => {
  it('are told apart at run time by the context, at compile time by the brand', () => {
    const fake = (context: DbContext): Tx =>
      ({ context, query: () => Promise.resolve([]), rescope: () => Promise.resolve() }) as unknown as Tx;
    expect(isTenantTx(fake(NO_TENANT))).toBe(false);
    expect(
      isTenantTx(fake({ tenantId: '0190c4b2-0000-7000-8000-000000000001', tenantKind: null, userId: null })),
    ).toBe(true);
    expect(typeof typeLevel).toBe('function');
  });
});
