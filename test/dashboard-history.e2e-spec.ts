import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DashboardHistoryRepository,
  DashboardRefreshService,
  type DeclaredHistoryMonth,
} from '@jazari/dashboards';
import { TransactionRunner } from '@jazari/database';
import { testWorld, type TestWorld } from '@jazari/testing';

/** `YYYY-MM`, `delta` months from this one (tests stay days away from a month's end). */
function month(delta: number): string {
  const now = new Date();
  const m = now.getUTCFullYear() * 12 + now.getUTCMonth() + delta;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

const declared = (delta: number, projectsActive: number): DeclaredHistoryMonth => ({
  month: month(delta),
  projectsActive,
  projectsStarted: 1,
  budgetCommittedMad: '250000.00',
  conventionsSigned: 0,
  workshopsHeld: 1,
  beneficiariesSupported: 2,
});

type Tenants = 'lab' | 'other';
type Users = 'manager' | 'otherManager';

/**
 * The carried-over history's writer (what the demo seed declares the institutes' earlier reporting
 * through): the months show in the institute's monthly series, a month declared twice keeps its first
 * figures, and another institute cannot declare for it.
 */
describe('dashboard history: the months a tenant carried over from before Jazari', () => {
  let world: TestWorld<Tenants, Users>;
  let history: DashboardHistoryRepository;
  let transactions: TransactionRunner;
  const asTenant = (tenant: Tenants) => ({
    tenantId: world.tenants[tenant].id,
    tenantKind: 'institute' as const,
    userId: null,
  });

  beforeAll(async () => {
    world = await testWorld({
      tenants: { lab: 'institute', other: 'institute' },
      users: {
        manager: { tenant: 'lab', role: 'institute_manager', locale: 'en' },
        otherManager: { tenant: 'other', role: 'institute_manager', locale: 'en' },
      },
      worker: true,
    });
    history = world.worker.get(DashboardHistoryRepository);
    transactions = world.worker.get(TransactionRunner);
  });
  afterAll(async () => {
    await world?.close();
  });

  it('adds the months not declared yet, keeps a month already declared, and the series shows them', async () => {
    const lab = world.tenants.lab.id;
    const first = await transactions.run(asTenant('lab'), (tx) =>
      history.declare(tx, lab, [declared(-22, 3), declared(-21, 4)]),
    );
    expect(first).toBe(2);
    // Again, with other figures for one of them and a new month: only the new month is added.
    const again = await transactions.run(asTenant('lab'), (tx) =>
      history.declare(tx, lab, [declared(-21, 9), declared(-20, 5)]),
    );
    expect(again).toBe(1);
    expect(await transactions.run(asTenant('lab'), (tx) => history.declare(tx, lab, []))).toBe(0);

    await world.worker.get(DashboardRefreshService).refresh({ full: true });
    const d = (await world.as('manager').get(`/dashboards/institutes/${lab}`).expect(200)).body;
    const months = (d.series as { month: string; declared: { projectsActive: number } | null }[])
      .filter((p) => p.declared !== null)
      .map((p) => [p.month, p.declared!.projectsActive]);
    expect(months).toEqual([
      [month(-22), 3],
      [month(-21), 4],
      [month(-20), 5],
    ]);
    expect(d.series.find((p: { month: string }) => p.month === month(-22)).declared).toEqual({
      projectsActive: 3,
      projectsStarted: 1,
      budgetCommittedMad: '250000.00',
      conventionsSigned: 0,
      workshopsHeld: 1,
      beneficiariesSupported: 2,
    });
  });

  it("refuses to declare another institute's months (row-level security)", async () => {
    const lab = world.tenants.lab.id;
    await expect(
      transactions.run(asTenant('other'), (tx) => history.declare(tx, lab, [declared(-15, 1)])),
    ).rejects.toThrow(/row-level security/);
    const { rows } = await world.admin.query(
      `SELECT count(*)::int AS n FROM dashboard_history WHERE tenant_id = $1 AND month = $2`,
      [lab, `${month(-15)}-01`],
    );
    expect(rows[0].n).toBe(0);
    // The other institute's own series declares nothing.
    const d = (
      await world.as('otherManager').get(`/dashboards/institutes/${world.tenants.other.id}`).expect(200)
    ).body;
    expect(d.series.filter((p: { declared: unknown }) => p.declared !== null)).toEqual([]);
  });
});
