import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DashboardRefreshService } from '@jazari/dashboards';
import { networkDay } from '@jazari/config';
import { uuidv7 } from '@jazari/database';
import { runtimeClient, testWorld, type TestWorld } from '@jazari/testing';

/**
 * Issue 16, "figures that mislead": a KPI's percentage and status follow its direction (point 10), a
 * milestone reached late stays late (11), linking a known ICE with other details is flagged, not silently
 * dropped (12), and the dashboards' monthly series tell carried-over declared figures from records (13).
 */
const PROBLEMS = 'https://jazari.ma/problems/';

/** `YYYY-MM`, `delta` months from this one (tests stay days away from a month's end). */
function month(delta: number): string {
  const now = new Date();
  const m = now.getUTCFullYear() * 12 + now.getUTCMonth() + delta;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

/** ISO date `days` from today in Morocco (tests stay days away from the boundary). */
/** The network's date `days` from today (the server counts lateness in Morocco's days). */
const day = (days: number): string => networkDay(days);

type Tenants = 'lab' | 'other' | 'root';
type Users = 'manager' | 'otherManager' | 'rootAdmin' | 'analyst';

describe('figures that mislead (issue 16, points 10 to 13)', () => {
  let world: TestWorld<Tenants, Users>;
  let projectId: string;
  const base = () => `/projects/${projectId}`;

  /** A project of `tenant`, led by `lead`, inserted as its manager would have created it. */
  async function insertProject(tenantId: string, leadId: string, status = 'active'): Promise<string> {
    const id = uuidv7();
    await world.admin.query(
      `INSERT INTO project (tenant_id, id, type, title, lead_user_id, created_by, status)
       VALUES ($1, $2, 'applied_rnd', $3, $4, $4, $5)`,
      [tenantId, id, `Figures ${id.slice(-6)}`, leadId, status],
    );
    return id;
  }

  const history = async (action: string) =>
    (
      await world.admin.query<{ changes: Record<string, unknown> }>(
        `SELECT changes FROM project_history WHERE project_id = $1 AND action = $2 ORDER BY id`,
        [projectId, action],
      )
    ).rows.map((r) => r.changes);

  beforeAll(async () => {
    world = await testWorld({
      tenants: { lab: 'institute', other: 'institute', root: 'root' },
      users: {
        manager: { tenant: 'lab', role: 'institute_manager', locale: 'fr' },
        otherManager: { tenant: 'other', role: 'institute_manager', locale: 'en' },
        rootAdmin: { tenant: 'root', role: 'network_admin', locale: 'en' },
        analyst: { tenant: 'root', role: 'ministry_analyst', locale: 'en' },
      },
      worker: true,
    });
    projectId = await insertProject(world.tenants.lab.id, world.users.manager.id);
  });
  afterAll(async () => {
    await world?.close();
  });

  describe('10. a KPI has a direction, and its percentage and status follow it', () => {
    it('reads a word error rate of 18.4 against 15 as not met when lower is better', async () => {
      const as = world.as('manager');
      const wer = await as
        .post(`${base()}/kpis`, { name: 'Word error rate', unit: '%', target: 15, direction: 'lower' })
        .expect(201);
      expect(wer.body).toMatchObject({
        direction: 'lower',
        latest: null,
        percentOfTarget: null,
        status: 'not_measured',
      });
      const path = `${base()}/kpis/${wer.body.id}`;
      await as.post(`${path}/measurements`, { measuredOn: day(-30), value: '27.5' }).expect(201);
      await as.post(`${path}/measurements`, { measuredOn: day(-2), value: '18.4' }).expect(201);
      expect((await as.get(path).expect(200)).body).toMatchObject({
        direction: 'lower',
        latest: { measuredOn: day(-2), value: '18.4' },
        percentOfTarget: '81.5',
        status: 'not_met',
      });
      await as.post(`${path}/measurements`, { measuredOn: day(-1), value: '12' }).expect(201);
      const list = await as.get(`${base()}/kpis`).expect(200);
      expect(list.body.data).toEqual([
        expect.objectContaining({ id: wer.body.id, percentOfTarget: '125.0', status: 'met' }),
      ]);
    });

    it('is "higher" by default, changes by PATCH (recorded in the history), and refuses other values', async () => {
      const as = world.as('manager');
      const trained = await as
        .post(`${base()}/kpis`, { name: 'SMEs trained', unit: 'companies', target: '40' })
        .expect(201);
      expect(trained.body).toMatchObject({ direction: 'higher', status: 'not_measured' });
      const path = `${base()}/kpis/${trained.body.id}`;
      await as.post(`${path}/measurements`, { measuredOn: day(-1), value: 35 }).expect(201);
      expect((await as.get(path).expect(200)).body).toMatchObject({
        percentOfTarget: '87.5',
        status: 'not_met',
      });

      const flipped = await as.patch(path, { direction: 'lower' }).expect(200);
      expect(flipped.body).toMatchObject({ direction: 'lower', percentOfTarget: '114.3', status: 'met' });
      expect(await history('kpi.updated')).toContainEqual({
        kpiId: trained.body.id,
        direction: { from: 'higher', to: 'lower' },
      });

      for (const direction of ['sideways', null, 1]) {
        const bad = await as.patch(path, { direction }).expect(400);
        expect(bad.headers['content-type']).toContain('application/problem+json');
        expect(bad.body.type).toBe(`${PROBLEMS}validation-failed`);
        expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['direction']);
      }
      const refused = await as
        .post(`${base()}/kpis`, { name: 'x', unit: 'u', target: '1', direction: 'up' })
        .expect(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['direction']);
      expect((await as.get(path).expect(200)).body.direction).toBe('lower');
    });

    it('reads KPIs made before directions existed as "higher"', async () => {
      const id = uuidv7();
      await world.admin.query(
        `INSERT INTO kpi (tenant_id, id, project_id, name, unit, target) VALUES ($1, $2, $3, 'Old', 'u', 10)`,
        [world.tenants.lab.id, id, projectId],
      );
      const old = await world.as('manager').get(`${base()}/kpis/${id}`).expect(200);
      expect(old.body).toMatchObject({ direction: 'higher', status: 'not_measured' });
    });

    it("lets no other institute read or change a KPI's direction", async () => {
      const { rows } = await world.admin.query<{ id: string; direction: string }>(
        `SELECT id, direction FROM kpi WHERE project_id = $1 AND name = 'Word error rate'`,
        [projectId],
      );
      const path = `${base()}/kpis/${rows[0].id}`;
      await world.as('otherManager').get(path).expect(404);
      await world.as('otherManager').patch(path, { direction: 'higher' }).expect(404);
      const after = await world.admin.query(`SELECT direction FROM kpi WHERE id = $1`, [rows[0].id]);
      expect(after.rows[0].direction).toBe('lower');
    });
  });

  describe('11. a milestone keeps its status, and how late it was reached', () => {
    it('stays late once reached after its due date, by the days it took', async () => {
      const as = world.as('manager');
      const late = await as.post(`${base()}/milestones`, { title: 'Corpus', dueDate: day(-20) }).expect(201);
      expect(late.body).toMatchObject({ late: true, status: 'late', daysLate: 20 });
      const path = `${base()}/milestones/${late.body.id}`;

      const reached = await as.patch(path, { doneDate: day(-5) }).expect(200);
      expect(reached.body).toMatchObject({
        doneDate: day(-5),
        late: false,
        status: 'done_late',
        daysLate: 15,
      });
      const list = await as.get(`${base()}/milestones`).expect(200);
      expect(list.body.data).toContainEqual(
        expect.objectContaining({ id: late.body.id, status: 'done_late', daysLate: 15 }),
      );

      const reopened = await as.patch(path, { doneDate: null }).expect(200);
      expect(reopened.body).toMatchObject({ late: true, status: 'late', daysLate: 20 });
      const movedOn = await as.patch(path, { dueDate: day(3) }).expect(200);
      expect(movedOn.body).toMatchObject({ late: false, status: 'planned', daysLate: 0 });
    });

    it('is done when reached on or before its due date, planned before it', async () => {
      const as = world.as('manager');
      const early = await as
        .post(`${base()}/milestones`, { title: 'Kick-off', dueDate: day(-10), doneDate: day(-12) })
        .expect(201);
      expect(early.body).toMatchObject({ status: 'done', daysLate: 0, late: false });
      const onTheDay = await as
        .post(`${base()}/milestones`, { title: 'Review', dueDate: day(-3), doneDate: day(-3) })
        .expect(201);
      expect(onTheDay.body).toMatchObject({ status: 'done', daysLate: 0 });
      const future = await as
        .post(`${base()}/milestones`, { title: 'Release', dueDate: day(30) })
        .expect(201);
      expect(future.body).toMatchObject({ status: 'planned', daysLate: 0, late: false });
      // The status is derived, never set: a client cannot write it.
      const refused = await as
        .patch(`${base()}/milestones/${future.body.id}`, { status: 'done' })
        .expect(400);
      expect(refused.body.type).toBe(`${PROBLEMS}validation-failed`);
      await world.as('otherManager').get(`${base()}/milestones`).expect(404);
      await world
        .as('otherManager')
        .patch(`${base()}/milestones/${future.body.id}`, { doneDate: day(0) })
        .expect(404);
    });
  });

  describe('12. linking a known ICE described otherwise flags the mismatch for review', () => {
    const ice = `9${String(Date.now()).slice(-14).padStart(14, '0')}`;
    const company = (overrides: Record<string, unknown> = {}) => ({
      ice,
      name: 'Atlas Vision',
      size: 'startup',
      sector: 'health',
      regionCode: 'MA-06',
      supportKind: 'incubation',
      startedOn: '2026-02-01',
      ...overrides,
    });
    let otherProject: string;
    let secondProject: string;
    let beneficiaryId: string;
    let sizeMismatch: string;
    let nameMismatch: string;

    beforeAll(async () => {
      otherProject = await insertProject(world.tenants.other.id, world.users.otherManager.id);
      secondProject = await insertProject(world.tenants.lab.id, world.users.manager.id);
    });

    it('answers with the registry entry and what differs, and keeps the entry as it is', async () => {
      const first = await world.as('manager').post(`${base()}/beneficiaries`, company()).expect(201);
      expect(first.body.mismatch).toBeNull();
      beneficiaryId = first.body.beneficiary.id;

      // Case and spacing are the same name; a different size is a mismatch.
      const other = await world
        .as('otherManager')
        .post(`/projects/${otherProject}/beneficiaries`, company({ name: ' ATLAS   vision ', size: 'small' }))
        .expect(201);
      expect(other.body.beneficiary).toEqual(first.body.beneficiary);
      expect(other.body.mismatch).toEqual({
        id: expect.any(String),
        differences: [{ field: 'size', registry: 'startup', declared: 'small' }],
      });
      sizeMismatch = other.body.mismatch.id;

      const renamed = await world
        .as('manager')
        .post(
          `/projects/${secondProject}/beneficiaries`,
          company({ name: 'Atlas Vision Maroc', regionCode: 'MA-01', supportKind: 'funding' }),
        )
        .expect(201);
      expect(renamed.body.beneficiary).toMatchObject({ id: beneficiaryId, name: 'Atlas Vision' });
      expect(renamed.body.mismatch.differences).toEqual([
        { field: 'name', registry: 'Atlas Vision', declared: 'Atlas Vision Maroc' },
        { field: 'regionCode', registry: 'MA-06', declared: 'MA-01' },
      ]);
      nameMismatch = renamed.body.mismatch.id;

      const { rows } = await world.admin.query(
        `SELECT name, size, region_code FROM beneficiary WHERE ice = $1`,
        [ice],
      );
      expect(rows).toEqual([{ name: 'Atlas Vision', size: 'startup', region_code: 'MA-06' }]);
      const { rows: history } = await world.admin.query<{ changes: Record<string, unknown> }>(
        `SELECT changes FROM project_history WHERE project_id = $1 AND action = 'beneficiary.linked'`,
        [otherProject],
      );
      expect(history.map((h) => h.changes)).toEqual([
        expect.objectContaining({
          beneficiaryId,
          mismatchId: sizeMismatch,
          differences: [{ field: 'size', registry: 'startup', declared: 'small' }],
        }),
      ]);
    });

    it("lists every institute's mismatches to Root's network admins, newest first", async () => {
      const all = await world.as('rootAdmin').get('/beneficiaries/mismatches').expect(200);
      expect(all.body).toEqual({
        data: [
          {
            id: nameMismatch,
            beneficiary: expect.objectContaining({ id: beneficiaryId, ice, name: 'Atlas Vision' }),
            institute: {
              id: world.tenants.lab.id,
              names: expect.objectContaining({ fr: expect.any(String) }),
            },
            project: { id: secondProject, title: expect.any(String) },
            reportedBy: world.users.manager.id,
            differences: [
              { field: 'name', registry: 'Atlas Vision', declared: 'Atlas Vision Maroc' },
              { field: 'regionCode', registry: 'MA-06', declared: 'MA-01' },
            ],
            createdAt: expect.any(String),
          },
          expect.objectContaining({
            id: sizeMismatch,
            institute: expect.objectContaining({ id: world.tenants.other.id }),
            project: expect.objectContaining({ id: otherProject }),
            reportedBy: world.users.otherManager.id,
          }),
        ],
        nextCursor: null,
      });
      const page1 = await world.as('rootAdmin').get('/beneficiaries/mismatches?limit=1').expect(200);
      expect(page1.body.data.map((m: { id: string }) => m.id)).toEqual([nameMismatch]);
      const page2 = await world
        .as('rootAdmin')
        .get(`/beneficiaries/mismatches?limit=1&cursor=${page1.body.nextCursor}`)
        .expect(200);
      expect(page2.body).toEqual({ data: [expect.objectContaining({ id: sizeMismatch })], nextCursor: null });
      const none = await world
        .as('rootAdmin')
        .get(`/beneficiaries/mismatches?beneficiaryId=${uuidv7()}`)
        .expect(200);
      expect(none.body).toEqual({ data: [], nextCursor: null });
      const bad = await world.as('rootAdmin').get('/beneficiaries/mismatches?beneficiaryId=nope').expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['beneficiaryId']);
    });

    it('is Root only: an institute sees neither the list nor, in the database, another institute’s rows', async () => {
      for (const who of ['manager', 'otherManager', 'analyst'] as const) {
        const refused = await world.as(who).get('/beneficiaries/mismatches').expect(403);
        expect(refused.headers['content-type']).toContain('application/problem+json');
        expect(JSON.stringify(refused.body)).not.toContain(ice);
      }
      // RLS: each institute reads its own mismatches only; nobody changes or deletes one.
      const runtime = await runtimeClient();
      try {
        const seen = async (tenantId: string, kind: string) => {
          await runtime.query('BEGIN');
          await runtime.query(
            `SELECT set_config('app.tenant_id', $1, true), set_config('app.tenant_kind', $2, true)`,
            [tenantId, kind],
          );
          const { rows } = await runtime.query<{ id: string }>(
            `SELECT id FROM beneficiary_mismatch WHERE beneficiary_id = $1 ORDER BY id`,
            [beneficiaryId],
          );
          await runtime.query('COMMIT');
          return rows.map((r) => r.id);
        };
        expect(await seen(world.tenants.lab.id, 'institute')).toEqual([nameMismatch]);
        expect(await seen(world.tenants.other.id, 'institute')).toEqual([sizeMismatch]);
        expect(await seen(world.tenants.root.id, 'root')).toEqual([sizeMismatch, nameMismatch].sort());
        await runtime.query('BEGIN');
        await runtime.query(`SELECT set_config('app.tenant_id', $1, true)`, [world.tenants.lab.id]);
        await expect(
          runtime.query(`DELETE FROM beneficiary_mismatch WHERE id = $1`, [nameMismatch]),
        ).rejects.toThrow(/permission denied/);
        await runtime.query('ROLLBACK');
      } finally {
        await runtime.end();
      }
    });
  });

  describe('13. the monthly series tell carried-over declared figures from records', () => {
    type Point = {
      month: string;
      projectsActive: number;
      projectsStarted: number;
      budgetCommittedMad: string;
      conventionsSigned: number;
      workshopsHeld: number;
      beneficiariesSupported: number;
      declared: Record<string, number | string> | null;
    };
    const declared = {
      projectsActive: 3,
      projectsStarted: 2,
      budgetCommittedMad: '500000.00',
      conventionsSigned: 1,
      workshopsHeld: 2,
      beneficiariesSupported: 7,
    };

    beforeAll(async () => {
      // The lab's reporting before Jazari, carried over for one month twenty months ago.
      await world.admin.query(
        `INSERT INTO dashboard_history (tenant_id, month, projects_active, projects_started, budget_committed_mad,
                                        conventions_signed, workshops_held, beneficiaries_supported)
         VALUES ($1, $2, 3, 2, 500000, 1, 2, 7)`,
        [world.tenants.lab.id, `${month(-20)}-01`],
      );
      await world.worker.get(DashboardRefreshService).refresh({ full: true });
    });

    it("keeps an institute's declared months apart from what Jazari recorded", async () => {
      const d = (await world.as('manager').get(`/dashboards/institutes/${world.tenants.lab.id}`).expect(200))
        .body;
      const series = d.series as Point[];
      expect(series).toHaveLength(24);
      expect(series.find((p) => p.month === month(-20))).toEqual({
        month: month(-20),
        projectsActive: 0,
        projectsStarted: 0,
        budgetCommittedMad: '0.00',
        conventionsSigned: 0,
        workshopsHeld: 0,
        beneficiariesSupported: 0,
        declared,
      });
      expect(series.filter((p) => p.declared !== null).map((p) => p.month)).toEqual([month(-20)]);
      // The recorded series adds up to the recorded figures: one company linked (point 12), no workshop.
      expect(series.reduce((n, p) => n + p.beneficiariesSupported, 0)).toBe(1);
      expect(series.reduce((n, p) => n + p.workshopsHeld, 0)).toBe(0);
      expect(d.workshops).toEqual({ held: 0, participants: 0, byKind: [], byRegion: [] });
      // Its KPIs' percentages follow their direction (point 10) on the dashboard too.
      expect(d.kpis).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            name: 'Word error rate',
            direction: 'lower',
            latest: '12',
            percent: 125,
          }),
          expect.objectContaining({ name: 'SMEs trained', direction: 'lower', latest: '35', percent: 114.3 }),
          expect.objectContaining({ name: 'Old', direction: 'higher', latest: null, percent: null }),
        ]),
      );
      // Another institute sees none of it.
      await world.as('otherManager').get(`/dashboards/institutes/${world.tenants.lab.id}`).expect(404);
    });

    it('keeps them apart nationally; filtered by region, only the declared figures not by region remain', async () => {
      const national = (await world.as('analyst').get('/dashboards/national').expect(200)).body;
      const series = national.series as Point[];
      const carried = series.find((p) => p.month === month(-20));
      expect(carried).toMatchObject({ projectsActive: 0, beneficiariesSupported: 0, declared });
      expect(series.filter((p) => p.declared !== null)).toHaveLength(1);
      expect(series.reduce((n, p) => n + p.beneficiariesSupported, 0)).toBeLessThanOrEqual(
        national.beneficiaries.total,
      );
      const byRegion = (await world.as('analyst').get('/dashboards/national?region=MA-06').expect(200)).body;
      // Like the recorded ones, conventions and workshops are not by region; the rest was declared without one.
      expect((byRegion.series as Point[]).find((p) => p.month === month(-20))?.declared).toEqual({
        projectsActive: 0,
        projectsStarted: 0,
        budgetCommittedMad: '0.00',
        conventionsSigned: 1,
        workshopsHeld: 2,
        beneficiariesSupported: 0,
      });
    });
  });
});
