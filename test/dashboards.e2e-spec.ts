import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { ConventionSweepService } from '@jazari/conventions';
import { DashboardRefreshService, type NationalDashboard } from '@jazari/dashboards';
import { uuidv7 } from '@jazari/database';
import { networkToday } from '@jazari/config';
import { ResourceSweepService } from '@jazari/resources';
import { QueueProducer } from '@jazari/queue';
import {
  adminClient,
  createTenant,
  createUser,
  ensureRootTenant,
  runtimeClient,
  signIn,
  testConfig,
  type SignedIn,
  type TestTenant,
  type TestUser,
} from '@jazari/testing';
import { createWorker } from '@jazari/worker';
import type pg from 'pg';
import request from 'supertest';

/**
 * A known network written straight into the tables (as the domain's API would leave it), then read back
 * through the dashboards' routes after a refresh; every figure is checked against hand-computed values.
 * The database is shared with other suites, so national figures are checked as the difference between a
 * read before and after this network was written (they are sums), and this suite's own tenants absolutely.
 */
type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const today = networkToday(new Date());
const thisMonth = today.slice(0, 7);
function month(delta: number): string {
  const [y, m] = thisMonth.split('-').map(Number) as [number, number];
  const i = y * 12 + m - 1 + delta;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}
function day(delta: number): string {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + delta);
  return d.toISOString().slice(0, 10);
}
const first = (delta: number) => `${month(delta)}-01`;
const mid = (delta: number) => `${month(delta)}-15`;
const ice = () => String(Math.floor(Math.random() * 1e15)).padStart(15, '1');
const cents = (mad: string) => Math.round(Number(mad) * 100);

describe('dashboards', () => {
  // The suite tests the refresh schedule (below); the worker upserts that one only.
  const config = testConfig({ JOB_SCHEDULES: 'dashboards.refresh' });
  let admin: pg.Client;
  let api: NestFastifyApplication;
  let worker: Awaited<ReturnType<typeof createWorker>>;
  let root: TestTenant;
  let a: TestTenant;
  let b: TestTenant;
  let p: TestTenant;
  let q: TestTenant;
  let managerA: TestUser;
  let partnerUser: TestUser;
  let analyst: SignedIn;
  let sessionA: SignedIn;
  let sessionB: SignedIn;
  let sessionP: SignedIn;
  const ids: Record<string, string> = {};
  let before: NationalDashboard;

  const get = async (session: SignedIn, path: string, status = 200): Promise<Body> => {
    const response = await request(api.getHttpServer())
      .get(`/api/v1${path}`)
      .auth(session.accessToken, { type: 'bearer' });
    expect({
      path,
      status: response.status,
      body: response.status === status ? null : response.body,
    }).toEqual({
      path,
      status,
      body: null,
    });
    return response.body as Body;
  };
  const refresh = () => worker.get(DashboardRefreshService).refresh();

  async function project(
    tenant: TestTenant,
    key: string,
    f: {
      type: string;
      status: string;
      budget: string;
      spent: string;
      start: string | null;
      end?: string;
      regions: string[];
      priorities: string[];
    },
  ): Promise<string> {
    const id = uuidv7();
    ids[key] = id;
    await admin.query(
      `INSERT INTO project (tenant_id, id, type, title, start_date, end_date, budget_mad, spent_mad, lead_user_id, status, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $9)`,
      [
        tenant.id,
        id,
        f.type,
        `Project ${key}`,
        f.start,
        f.end ?? null,
        f.budget,
        f.spent,
        managerA.id,
        f.status,
      ],
    );
    for (const r of f.regions) {
      await admin.query(
        `INSERT INTO project_region (tenant_id, project_id, region_code) VALUES ($1, $2, $3)`,
        [tenant.id, id, r],
      );
    }
    for (const code of f.priorities) {
      await admin.query(
        `INSERT INTO project_priority (tenant_id, project_id, priority_code) VALUES ($1, $2, $3)`,
        [tenant.id, id, code],
      );
    }
    return id;
  }

  async function beneficiary(key: string, size: string): Promise<void> {
    ids[key] = uuidv7();
    const { rows } = await admin.query<{ code: string }>(`SELECT code FROM thematic_domain LIMIT 1`);
    await admin.query(
      `INSERT INTO beneficiary (id, ice, name, size, sector, region_code) VALUES ($1, $2, $3, $4, $5, 'MA-06')`,
      [ids[key], ice(), `Company ${key}`, size, rows[0]?.code],
    );
  }

  async function support(tenant: TestTenant, projectKey: string, beneficiaryKey: string, on: string) {
    await admin.query(
      `INSERT INTO project_beneficiary (tenant_id, project_id, beneficiary_id, support_kind, started_on)
       VALUES ($1, $2, $3, 'incubation', $4)`,
      [tenant.id, ids[projectKey], ids[beneficiaryKey], on],
    );
  }

  async function convention(
    owner: TestTenant,
    key: string,
    status: string,
    parties: TestTenant[],
    f: { activatedAt?: string; expiry?: string } = {},
  ): Promise<void> {
    const id = uuidv7();
    ids[key] = id;
    const seq = Math.floor(Math.random() * 1e9);
    await admin.query(
      `INSERT INTO convention (tenant_id, id, reference, ref_year, ref_seq, title, type, status, effective_date,
                               expiry_date, created_by, activated_at)
       VALUES ($1, $2, $3, 2026, $4, $5, 'partnership', $6, $7, $8, $9, $10)`,
      [
        owner.id,
        id,
        `DSH-${key}-${seq}`,
        seq,
        `Convention ${key}`,
        status,
        first(-12),
        f.expiry ?? null,
        managerA.id,
        f.activatedAt ?? null,
      ],
    );
    ids[`${key}.reference`] = `DSH-${key}-${seq}`;
    for (const [i, party] of [owner, ...parties].entries()) {
      await admin.query(
        `INSERT INTO convention_party (tenant_id, convention_id, party_tenant_id, role_label, position)
         VALUES ($1, $2, $3, $4, $5)`,
        [owner.id, id, party.id, i === 0 ? 'Porteur' : 'Partenaire', i],
      );
    }
  }

  async function obligation(
    owner: TestTenant,
    conventionKey: string,
    responsible: TestTenant,
    due: string,
    status: string,
  ) {
    await admin.query(
      `INSERT INTO obligation (tenant_id, id, convention_id, description, responsible_tenant_id, due_date, status, met_at)
       VALUES ($1, $2, $3, 'An obligation', $4, $5, $6, CASE WHEN $6 = 'met' THEN now() END)`,
      [owner.id, uuidv7(), ids[conventionKey], responsible.id, due, status],
    );
  }

  beforeAll(async () => {
    admin = await adminClient();
    root = await ensureRootTenant(admin);
    a = await createTenant(admin, 'institute');
    b = await createTenant(admin, 'institute');
    await admin.query(`UPDATE tenant SET region_code = 'MA-01', city = 'Tanger' WHERE id = $1`, [b.id]);
    p = await createTenant(admin, 'partner');
    q = await createTenant(admin, 'partner');
    managerA = await createUser(admin, [{ tenant: a, role: 'institute_manager' }]);
    const managerB = await createUser(admin, [{ tenant: b, role: 'institute_manager' }]);
    partnerUser = await createUser(admin, [{ tenant: p, role: 'partner_admin' }]);
    const analystUser = await createUser(admin, [{ tenant: root, role: 'ministry_analyst' }]);
    api = await createApi(config);
    worker = await createWorker(config);
    analyst = await signIn(api, analystUser.email, analystUser.password);
    sessionA = await signIn(api, managerA.email, managerA.password);
    sessionB = await signIn(api, managerB.email, managerB.password);
    sessionP = await signIn(api, partnerUser.email, partnerUser.password);

    // The database is shared with earlier suites, whose rows time has moved on (a signing deadline passed,
    // an allocation's period began or ended): this worker's first sweeps change them. Run the sweeps now,
    // so that `before` already counts what they do, and the national figures move only by this network.
    await worker.get(ConventionSweepService).sweep();
    await worker.get(ResourceSweepService).sweep();
    await refresh();
    before = (await get(analyst, '/dashboards/national')) as NationalDashboard;

    // Projects.
    await project(a, 'A1', {
      type: 'research',
      status: 'active',
      budget: '1000.50',
      spent: '200.25',
      start: first(-3),
      regions: ['MA-06'],
      priorities: ['research_innovation.applied_research'],
    });
    await project(a, 'A2', {
      type: 'training',
      status: 'completed',
      budget: '500',
      spent: '500',
      start: first(-10),
      end: mid(-6),
      regions: ['MA-06', 'MA-01'],
      priorities: ['human_capital'],
    });
    await project(a, 'A3', {
      type: 'research',
      status: 'proposed',
      budget: '2000',
      spent: '0',
      start: null,
      regions: [],
      priorities: [],
    });
    await project(b, 'B1', {
      type: 'startup_support',
      status: 'active',
      budget: '3000',
      spent: '1000',
      start: first(-1),
      regions: ['MA-01'],
      priorities: ['startup_support.incubation', 'research_innovation'],
    });
    await project(b, 'B2', {
      type: 'sme_adoption',
      status: 'cancelled',
      budget: '700',
      spent: '100',
      start: first(-2),
      regions: ['MA-01'],
      priorities: ['sme_adoption'],
    });
    // Beneficiaries: X is supported by both institutes (counted once nationally).
    await beneficiary('X', 'startup');
    await beneficiary('Y', 'small');
    await beneficiary('Z', 'medium');
    await support(a, 'A1', 'X', mid(-3));
    await support(a, 'A2', 'X', mid(-10));
    await support(b, 'B1', 'X', mid(-1));
    await support(b, 'B1', 'Y', mid(-1));
    await support(b, 'B2', 'Z', mid(-2));
    // Work on A1: a late milestone, a done one; an overdue deliverable, one accepted on time, one late.
    ids.M1 = uuidv7();
    await admin.query(
      `INSERT INTO milestone (tenant_id, id, project_id, title, due_date, done_date) VALUES
         ($1, $2, $3, 'Late milestone', $4, NULL), ($1, $5, $3, 'Done milestone', $6, $6)`,
      [a.id, ids.M1, ids.A1, day(-5), uuidv7(), day(-2)],
    );
    ids.D1 = uuidv7();
    await admin.query(
      `INSERT INTO deliverable (tenant_id, id, project_id, kind, title, due_date, status, reviewed_at) VALUES
         ($1, $2, $3, 'prototype', 'Overdue deliverable', $4, 'planned', NULL),
         ($1, $5, $3, 'prototype', 'On time', $6, 'accepted', now() - interval '1 minute'),
         ($1, $7, $3, 'prototype', 'Late', $8, 'accepted', now() - interval '1 minute')`,
      [a.id, ids.D1, ids.A1, day(-3), uuidv7(), day(1), uuidv7(), day(-10)],
    );
    ids.K1 = uuidv7();
    ids.K2 = uuidv7();
    await admin.query(
      `INSERT INTO kpi (tenant_id, id, project_id, name, unit, target) VALUES
         ($1, $2, $3, 'Active users', 'users', 100), ($1, $4, $3, 'Models', 'models', 10)`,
      [a.id, ids.K1, ids.A1, ids.K2],
    );
    await admin.query(
      `INSERT INTO kpi_measurement (tenant_id, id, kpi_id, project_id, measured_on, value) VALUES
         ($1, $2, $3, $4, $5, 30), ($1, $6, $3, $4, $7, 40)`,
      [a.id, uuidv7(), ids.K1, ids.A1, day(-20), uuidv7(), day(-1)],
    );
    // Conventions and obligations.
    await convention(a, 'C1', 'active', [p], { activatedAt: new Date().toISOString(), expiry: day(30) });
    await convention(a, 'C2', 'out_for_signature', [p]);
    await admin.query(
      `INSERT INTO convention_signer (tenant_id, id, convention_id, party_tenant_id, user_id, step, status)
       VALUES ($1, $2, $3, $4, $5, 1, 'pending')`,
      [a.id, uuidv7(), ids.C2, p.id, partnerUser.id],
    );
    await convention(b, 'C3', 'active', [q], { activatedAt: `${mid(-2)}T10:00:00Z`, expiry: day(200) });
    await obligation(a, 'C1', p, day(-30), 'met');
    await obligation(a, 'C1', p, day(-1), 'open');
    await obligation(a, 'C1', a, day(10), 'open');
    await obligation(a, 'C1', p, day(-40), 'waived');
    await obligation(b, 'C3', q, day(5), 'open');
    // Resources: A's compute, allocated to B (active) and requested again by B (pending).
    ids.R1 = uuidv7();
    await admin.query(
      `INSERT INTO resource (tenant_id, id, kind, name, unit, capacity, period, region_code)
       VALUES ($1, $2, 'compute', 'GPU cluster', 'gpu_hour', 1000, 'month', 'MA-06')`,
      [a.id, ids.R1],
    );
    await admin.query(
      `INSERT INTO resource_allocation (tenant_id, id, resource_id, requester_tenant_id, project_id, quantity_requested,
                                        quantity_approved, quantity_used, starts_on, ends_on, period_start, justification,
                                        terms_version, status)
       VALUES ($1, $2, $3, $4, $5, 100, 80, 30, $6, $7, $6, 'Training runs', 1, 'active'),
              ($1, $8, $3, $4, $5, 10, NULL, 0, $6, $7, $6, 'More runs', 1, 'pending')`,
      [a.id, uuidv7(), ids.R1, b.id, ids.B1, first(0), day(60), uuidv7()],
    );
    // Workshops: one held by A five days ago (2 checked in of 3), one published next week (P in its audience).
    ids.W1 = uuidv7();
    ids.W2 = uuidv7();
    const held = new Date(Date.now() - 5 * 86_400_000);
    ids.W1month = networkToday(held).slice(0, 7);
    const next = new Date(Date.now() + 7 * 86_400_000);
    ids.W2start = next.toISOString();
    await admin.query(
      `INSERT INTO workshop (tenant_id, id, kind, title, starts_at, ends_at, venue, capacity, status, check_in_code)
       VALUES ($1, $2, 'seminar', 'Held seminar', $3, $3::timestamptz + interval '2 hours', 'Casablanca', NULL, 'held', 'ABC123'),
              ($1, $4, 'workshop', 'Next workshop', $5, $5::timestamptz + interval '2 hours', 'Casablanca', 30, 'published', 'DEF456')`,
      [a.id, ids.W1, held.toISOString(), ids.W2, ids.W2start],
    );
    await admin.query(
      `INSERT INTO workshop_tenant (tenant_id, workshop_id, participant_tenant_id, role) VALUES ($1, $2, $3, 'audience')`,
      [a.id, ids.W2, p.id],
    );
    const other = await createUser(admin, [{ tenant: a, role: 'institute_manager' }]);
    await admin.query(
      `INSERT INTO workshop_registration (tenant_id, id, workshop_id, user_id, registrant_tenant_id, status, queued_at, checked_in_at)
       VALUES ($1, $2, $3, $4, $1, 'registered', now(), now()),
              ($1, $5, $3, $6, $7, 'registered', now(), now()),
              ($1, $8, $3, $9, $1, 'registered', now(), NULL),
              ($1, $10, $11, $12, $13, 'registered', now(), NULL)`,
      [
        a.id,
        uuidv7(),
        ids.W1,
        managerA.id,
        uuidv7(),
        partnerUser.id,
        p.id,
        uuidv7(),
        other.id,
        uuidv7(),
        ids.W2,
        managerB.id,
        b.id,
      ],
    );
    await refresh();
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await worker?.close();
    await admin?.end();
  });

  it('shows an institute its own dashboard, every figure as computed by hand', async () => {
    const d = await get(sessionA, `/dashboards/institutes/${a.id}`);
    expect(Date.parse(d.asOf as string)).toBeGreaterThan(Date.now() - 60_000);
    expect(d.tenantId).toBe(a.id);
    expect(d.projects).toEqual({
      total: 3,
      byStatus: [
        { key: 'active', count: 1 },
        { key: 'completed', count: 1 },
        { key: 'proposed', count: 1 },
      ],
      byType: [
        { key: 'research', count: 2 },
        { key: 'training', count: 1 },
      ],
      byRegion: [
        { key: 'MA-01', label: expect.any(Object), count: 1 },
        { key: 'MA-06', label: expect.any(Object), count: 2 },
      ],
      byPriority: [
        { key: 'human_capital', label: expect.any(Object), count: 1 },
        { key: 'research_innovation', label: expect.any(Object), count: 1 },
        { key: 'research_innovation.applied_research', label: expect.any(Object), count: 1 },
      ],
      budgetCommittedMad: '3500.50',
      budgetSpentMad: '700.25',
    });
    expect(d.lateMilestones).toEqual([
      {
        id: ids.M1,
        projectId: ids.A1,
        projectTitle: 'Project A1',
        title: 'Late milestone',
        dueDate: day(-5),
        daysLate: 5,
      },
    ]);
    expect(d.overdueDeliverables).toEqual([
      {
        id: ids.D1,
        projectId: ids.A1,
        projectTitle: 'Project A1',
        title: 'Overdue deliverable',
        dueDate: day(-3),
        daysLate: 3,
      },
    ]);
    expect(d.kpis).toEqual([
      {
        projectId: ids.A1,
        projectTitle: 'Project A1',
        kpiId: ids.K1,
        name: 'Active users',
        unit: 'users',
        target: '100',
        direction: 'higher',
        latest: '40',
        percent: 40,
      },
      {
        projectId: ids.A1,
        projectTitle: 'Project A1',
        kpiId: ids.K2,
        name: 'Models',
        unit: 'models',
        target: '10',
        direction: 'higher',
        latest: null,
        percent: null,
      },
    ]);
    expect(d.resources).toEqual({
      owned: [
        {
          kind: 'compute',
          unit: 'gpu_hour',
          capacity: '1000',
          allocated: '80',
          used: '30',
          usedPercent: 37.5,
        },
      ],
      allocated: [],
      pendingRequests: { incoming: 1, outgoing: 0 },
    });
    expect(d.upcomingWorkshops).toEqual([
      {
        id: ids.W2,
        title: 'Next workshop',
        kind: 'workshop',
        startsAt: expect.any(String),
        registered: 1,
        capacity: 30,
      },
    ]);
    expect(Date.parse(d.upcomingWorkshops[0].startsAt as string)).toBe(Date.parse(ids.W2start));
    expect(d.obligations).toEqual({ open: 1, met: 0, overdue: 0, waived: 0 });
    // The period's figures: the seminar it held (2 of 3 checked in), its two accepted deliverables.
    expect(d.period).toEqual({ from: month(-23), to: thisMonth });
    expect(d.workshops).toEqual({
      held: 1,
      participants: 2,
      byKind: [{ key: 'seminar', held: 1, participants: 2 }],
      byRegion: [{ key: 'MA-06', held: 1, participants: 2 }],
    });
    expect(d.deliverables).toEqual({ accepted: 2, acceptedOnTime: 1, onTimePercent: 50 });
    // The series: the last 24 months, oldest first.
    expect(d.series).toHaveLength(24);
    const expected = Array.from({ length: 24 }, (_, i) => {
      const delta = i - 23;
      const m = month(delta);
      return {
        month: m,
        projectsActive: (delta >= -10 && delta <= -6) || delta >= -3 ? 1 : 0,
        projectsStarted: delta === -3 || delta === -10 ? 1 : 0,
        budgetCommittedMad: delta === -3 ? '1000.50' : delta === -10 ? '500.00' : '0.00',
        conventionsSigned: delta === 0 ? 1 : 0,
        workshopsHeld: m === ids.W1month ? 1 : 0,
        beneficiariesSupported: delta === -10 ? 1 : 0,
        declared: null,
      };
    });
    expect(d.series).toEqual(expected);

    // Another period: the figures and the series cover its months only.
    const earlier = await get(sessionA, `/dashboards/institutes/${a.id}?from=${month(-10)}&to=${month(-6)}`);
    expect(earlier.period).toEqual({ from: month(-10), to: month(-6) });
    expect(earlier.series).toEqual(expected.slice(13, 18));
    expect(earlier.workshops).toEqual({ held: 0, participants: 0, byKind: [], byRegion: [] });
    expect(earlier.deliverables).toEqual({ accepted: 0, acceptedOnTime: 0, onTimePercent: null });
    expect(earlier.projects).toEqual(d.projects); // the current state does not depend on the period
    for (const query of ['from=2026-13', `from=${thisMonth}&to=${month(-1)}`, 'region=MA-06']) {
      const response = await request(api.getHttpServer())
        .get(`/api/v1/dashboards/institutes/${a.id}?${query}`)
        .auth(sessionA.accessToken, { type: 'bearer' });
      expect(`${query} → ${response.status}`).toBe(`${query} → 400`);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('shows the other institute and a partner theirs', async () => {
    const d = await get(sessionB, `/dashboards/institutes/${b.id}`);
    expect(d.projects.total).toBe(2);
    expect(d.projects.budgetCommittedMad).toBe('3700.00');
    expect(d.projects.budgetSpentMad).toBe('1100.00');
    expect(d.resources).toEqual({
      owned: [],
      allocated: [
        { kind: 'compute', unit: 'gpu_hour', capacity: '80', allocated: '80', used: '30', usedPercent: 37.5 },
      ],
      pendingRequests: { incoming: 0, outgoing: 1 },
    });
    expect(d.upcomingWorkshops.map((w: Body) => w.id)).toEqual([ids.W2]);
    expect(d.lateMilestones).toEqual([]);
    expect(d.kpis).toEqual([]);
    expect(d.obligations).toEqual({ open: 0, met: 0, overdue: 0, waived: 0 });

    const partner = await get(sessionP, `/dashboards/partners/${p.id}`);
    expect(partner).toEqual({
      asOf: expect.any(String),
      tenantId: p.id,
      name: expect.objectContaining({ fr: expect.any(String) }),
      conventions: {
        byStatus: [
          { key: 'active', count: 1 },
          { key: 'out_for_signature', count: 1 },
        ],
        expiringWithin90Days: 1,
      },
      signaturesPending: [
        { conventionId: ids.C2, reference: ids['C2.reference'], title: 'Convention C2', signers: 1 },
      ],
      obligations: {
        weOwe: { open: 1, met: 1, overdue: 1, waived: 1 },
        owedToUs: { open: 1, met: 0, overdue: 0, waived: 0 },
      },
      upcomingWorkshops: [
        {
          id: ids.W2,
          title: 'Next workshop',
          kind: 'workshop',
          startsAt: expect.any(String),
          registered: 1,
          capacity: 30,
        },
      ],
      workshopsAttended: 1,
      period: { from: month(-23), to: thisMonth },
      conventionsSigned: 1,
      workshops: { held: 0, participants: 0, byKind: [], byRegion: [] },
      series: Array.from({ length: 24 }, (_, i) => ({
        month: month(i - 23),
        conventionsSigned: i === 23 ? 1 : 0,
        workshopsHeld: 0,
        declared: null,
      })),
    });
    const lastYear = await get(sessionP, `/dashboards/partners/${p.id}?from=${month(-12)}&to=${month(-1)}`);
    expect(lastYear.conventionsSigned).toBe(0);
    expect(lastYear.series).toHaveLength(12);
    expect(lastYear.conventions).toEqual(partner.conventions);
    // Root's roles open any institute's or partner's dashboard.
    expect((await get(analyst, `/dashboards/partners/${p.id}`)).tenantId).toBe(p.id);
    expect((await get(analyst, `/dashboards/institutes/${b.id}`)).tenantId).toBe(b.id);
  });

  it('moves every national figure by exactly what this network adds', async () => {
    const after = (await get(analyst, '/dashboards/national')) as NationalDashboard;
    expect(after.filters).toEqual({ from: month(-23), to: thisMonth });
    // The tenants existed before the first read: the network's counts are checked against the table.
    const { rows: network } = await admin.query<{ institutes: number; partners: number }>(
      `SELECT count(*) FILTER (WHERE kind = 'institute')::int AS institutes,
              count(*) FILTER (WHERE kind = 'partner')::int AS partners
         FROM tenant WHERE status = 'active'`,
    );
    expect(after.network).toEqual(network[0]);
    const diffKeys = (
      x: readonly { key: string; count: number }[],
      y: readonly { key: string; count: number }[],
    ) => {
      const out: Record<string, number> = {};
      for (const e of x) out[e.key] = (out[e.key] ?? 0) + e.count;
      for (const e of y) out[e.key] = (out[e.key] ?? 0) - e.count;
      return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== 0));
    };
    expect(after.projects.total - before.projects.total).toBe(5);
    expect(diffKeys(after.projects.byStatus, before.projects.byStatus)).toEqual({
      active: 2,
      completed: 1,
      proposed: 1,
      cancelled: 1,
    });
    expect(diffKeys(after.projects.byType, before.projects.byType)).toEqual({
      research: 2,
      training: 1,
      startup_support: 1,
      sme_adoption: 1,
    });
    expect(diffKeys(after.projects.byRegion, before.projects.byRegion)).toEqual({ 'MA-06': 2, 'MA-01': 3 });
    expect(diffKeys(after.projects.byPriority, before.projects.byPriority)).toEqual({
      research_innovation: 2,
      'research_innovation.applied_research': 1,
      human_capital: 1,
      startup_support: 1,
      'startup_support.incubation': 1,
      sme_adoption: 1,
    });
    expect(cents(after.projects.budgetCommittedMad) - cents(before.projects.budgetCommittedMad)).toBe(720050);
    expect(cents(after.projects.budgetSpentMad) - cents(before.projects.budgetSpentMad)).toBe(180025);
    expect(after.beneficiaries.total - before.beneficiaries.total).toBe(3);
    expect(after.beneficiaries.startups - before.beneficiaries.startups).toBe(1);
    expect(after.beneficiaries.smes - before.beneficiaries.smes).toBe(2);
    expect(after.conventions.active - before.conventions.active).toBe(2);
    expect(after.conventions.awaitingSignature - before.conventions.awaitingSignature).toBe(1);
    expect(after.conventions.expiringWithin90Days - before.conventions.expiringWithin90Days).toBe(1);
    const partners = after.conventions.byPartner.filter((x) => [p.id, q.id].includes(x.partnerTenantId));
    expect(partners.map(({ name, ...rest }) => ({ ...rest, named: Boolean(name.fr) }))).toEqual(
      [
        {
          partnerTenantId: p.id,
          obligationsTotal: 3,
          obligationsMet: 1,
          obligationsOverdue: 1,
          executedPercent: 50,
          named: true,
        },
        {
          partnerTenantId: q.id,
          obligationsTotal: 1,
          obligationsMet: 0,
          obligationsOverdue: 0,
          executedPercent: 0,
          named: true,
        },
      ].sort(
        (x, y) =>
          partners.findIndex((e) => e.partnerTenantId === x.partnerTenantId) -
          partners.findIndex((e) => e.partnerTenantId === y.partnerTenantId),
      ),
    );
    expect(after.resources.byInstitute.filter((x) => x.tenantId === a.id)).toEqual([
      {
        tenantId: a.id,
        name: expect.any(Object),
        kind: 'compute',
        unit: 'gpu_hour',
        capacity: '1000',
        allocated: '80',
        used: '30',
        usedPercent: 37.5,
      },
    ]);
    const gpu = (d: NationalDashboard) =>
      d.resources.byKind.find((x) => x.kind === 'compute' && x.unit === 'gpu_hour');
    expect(Number(gpu(after)?.capacity) - Number(gpu(before)?.capacity ?? 0)).toBe(1000);
    expect(after.workshops.held - before.workshops.held).toBe(1);
    expect(after.workshops.participants - before.workshops.participants).toBe(2);
    const groups = (x: readonly { key: string; held: number; participants: number }[]) =>
      Object.fromEntries(x.map((g) => [g.key, [g.held, g.participants]]));
    const kindsBefore = groups(before.workshops.byKind);
    const kindsAfter = groups(after.workshops.byKind);
    expect([
      kindsAfter.seminar[0] - (kindsBefore.seminar?.[0] ?? 0),
      kindsAfter.seminar[1] - (kindsBefore.seminar?.[1] ?? 0),
    ]).toEqual([1, 2]);
    const regionAfter = groups(after.workshops.byRegion)['MA-06'];
    const regionBefore = groups(before.workshops.byRegion)['MA-06'] ?? [0, 0];
    expect([regionAfter[0] - regionBefore[0], regionAfter[1] - regionBefore[1]]).toEqual([1, 2]);
    expect(after.deliverables.accepted - before.deliverables.accepted).toBe(2);
    expect(after.deliverables.acceptedOnTime - before.deliverables.acceptedOnTime).toBe(1);
    // The coverage matrix: every pillar × every region, and exactly these cells moved.
    // Every pillar (the eight seeded ones, and any another suite added to the shared database).
    const pillars = await admin.query<{ code: string }>(
      `SELECT code FROM national_priority WHERE parent_code IS NULL ORDER BY code`,
    );
    expect(after.coverage.priorities.map((x) => x.code).sort()).toEqual(
      pillars.rows.map((r) => r.code).sort(),
    );
    expect(after.coverage.priorities.length).toBeGreaterThanOrEqual(8);
    expect(after.coverage.regions).toHaveLength(12);
    expect(after.coverage.cells).toHaveLength(pillars.rows.length * 12);
    const moved: Record<string, [number, number, number]> = {};
    for (const cell of after.coverage.cells) {
      const old = before.coverage.cells.find(
        (c) => c.priority === cell.priority && c.region === cell.region,
      )!;
      const delta: [number, number, number] = [
        cell.projects - old.projects,
        cents(cell.budgetMad) - cents(old.budgetMad),
        cell.beneficiaries - old.beneficiaries,
      ];
      if (delta.some((v) => v !== 0)) moved[`${cell.priority}×${cell.region}`] = delta;
    }
    expect(moved).toEqual({
      'research_innovation×MA-06': [1, 100050, 1],
      'human_capital×MA-06': [1, 50000, 1],
      'human_capital×MA-01': [1, 50000, 1],
      'startup_support×MA-01': [1, 300000, 2],
      'research_innovation×MA-01': [1, 300000, 2],
      'sme_adoption×MA-01': [1, 70000, 1],
    });
    // The series moved by this network's months.
    const seriesDelta = after.series.map((pt, i) => {
      const old = before.series[i];
      return {
        month: pt.month,
        projectsActive: pt.projectsActive - old.projectsActive,
        projectsStarted: pt.projectsStarted - old.projectsStarted,
        budget: cents(pt.budgetCommittedMad) - cents(old.budgetCommittedMad),
        conventionsSigned: pt.conventionsSigned - old.conventionsSigned,
        workshopsHeld: pt.workshopsHeld - old.workshopsHeld,
        beneficiariesSupported: pt.beneficiariesSupported - old.beneficiariesSupported,
      };
    });
    expect(seriesDelta).toEqual(
      Array.from({ length: 24 }, (_, i) => {
        const delta = i - 23;
        const m = month(delta);
        return {
          month: m,
          // A1 from -3, A2 from -10 to -6, B1 from -1 (B2 is cancelled: not counted).
          projectsActive: ((delta >= -10 && delta <= -6) || delta >= -3 ? 1 : 0) + (delta >= -1 ? 1 : 0),
          projectsStarted: [-10, -3, -2, -1].includes(delta) ? 1 : 0,
          budget: { [-10]: 50000, [-3]: 100050, [-2]: 70000, [-1]: 300000 }[delta] ?? 0,
          conventionsSigned: (delta === 0 ? 1 : 0) + (delta === -2 ? 1 : 0),
          workshopsHeld: m === ids.W1month ? 1 : 0,
          // X first in -10 (A2); Y in -1; Z in -2.
          beneficiariesSupported: [-10, -2, -1].includes(delta) ? 1 : 0,
        };
      }),
    );
  });

  it('narrows the national dashboard by institute, region, priority and period', async () => {
    const onlyA = await get(analyst, `/dashboards/national?institute=${a.id}`);
    expect(onlyA.projects.total).toBe(3);
    expect(onlyA.network).toEqual({ institutes: 1, partners: 1 });
    const aRegion = (
      await admin.query<{ region_code: string }>(`SELECT region_code FROM tenant WHERE id = $1`, [a.id])
    ).rows[0]?.region_code;
    expect(onlyA.conventions).toEqual({
      active: 1,
      awaitingSignature: 1,
      expiringWithin90Days: 1,
      byPartner: [
        {
          partnerTenantId: p.id,
          name: expect.any(Object),
          obligationsTotal: 3,
          obligationsMet: 1,
          obligationsOverdue: 1,
          executedPercent: 50,
        },
      ],
      // The conventions it is a party to, under its region.
      byRegion: [{ key: aRegion, active: 1, awaitingSignature: 1 }],
    });
    expect(onlyA.beneficiaries).toEqual({ total: 1, startups: 1, smes: 0 });
    expect(onlyA.deliverables).toEqual({ accepted: 2, acceptedOnTime: 1, onTimePercent: 50 });
    const bInMa01 = await get(
      analyst,
      `/dashboards/national?institute=${b.id}&region=MA-01&priority=research_innovation`,
    );
    expect(bInMa01.projects).toMatchObject({
      total: 1,
      byStatus: [{ key: 'active', count: 1 }],
      byRegion: [{ key: 'MA-01', count: 1 }],
      byPriority: [{ key: 'research_innovation', count: 1 }],
      budgetCommittedMad: '3000.00',
    });
    expect(bInMa01.beneficiaries).toEqual({ total: 2, startups: 1, smes: 1 });
    const pillar = await get(analyst, `/dashboards/national?institute=${a.id}&priority=research_innovation`);
    expect(pillar.projects.total).toBe(1); // A1, through its sub-priority
    const period = await get(
      analyst,
      `/dashboards/national?institute=${a.id}&from=${month(-10)}&to=${month(-6)}`,
    );
    expect(period.series.map((x: Body) => x.projectsActive)).toEqual([1, 1, 1, 1, 1]);
    expect(period.filters).toEqual({ from: month(-10), to: month(-6), institute: a.id });
    expect(period.deliverables.accepted).toBe(0);
  });

  it('refuses bad filters with a 400 problem', async () => {
    for (const query of [
      'region=MA-99',
      'region=Casablanca',
      'priority=nope',
      'from=2026-13',
      `from=${thisMonth}&to=${month(-1)}`,
      'institute=not-a-uuid',
      `institute=${p.id}`,
      'colour=blue',
    ]) {
      const response = await request(api.getHttpServer())
        .get(`/api/v1/dashboards/national?${query}`)
        .auth(analyst.accessToken, { type: 'bearer' });
      expect(`${query} → ${response.status}`).toBe(`${query} → 400`);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it("keeps each institute to its own dashboard: 404 on another's, 403 on the national one", async () => {
    await get(sessionA, `/dashboards/institutes/${b.id}`, 404);
    await get(sessionA, `/dashboards/partners/${p.id}`, 404);
    await get(sessionP, `/dashboards/institutes/${a.id}`, 404);
    await get(sessionP, `/dashboards/partners/${q.id}`, 404);
    await get(sessionA, '/dashboards/national', 403);
    await get(sessionP, '/dashboards/national', 403);
    // A partner's id is not an institute's dashboard, even for Root.
    await get(analyst, `/dashboards/institutes/${p.id}`, 404);
    const me = await request(api.getHttpServer())
      .get('/api/v1/dashboards/me')
      .auth(sessionA.accessToken, { type: 'bearer' })
      .expect(302);
    expect(me.headers.location).toBe(`/api/v1/dashboards/institutes/${a.id}`);
    const mine = await request(api.getHttpServer())
      .get('/api/v1/dashboards/me')
      .auth(analyst.accessToken, { type: 'bearer' })
      .expect(302);
    expect(mine.headers.location).toBe('/api/v1/dashboards/national');
  });

  it('shows a project activated and a convention signed after the next refresh (within 60 s)', async () => {
    const d0 = await get(sessionA, `/dashboards/institutes/${a.id}`);
    await admin.query(`UPDATE project SET status = 'active' WHERE tenant_id = $1 AND id = $2`, [
      a.id,
      ids.A3,
    ]);
    await admin.query(
      `UPDATE convention SET status = 'active', activated_at = now() WHERE tenant_id = $1 AND id = $2`,
      [a.id, ids.C2],
    );
    // Until the refresh, the dashboard answers what it had (the roll-ups, not the base tables).
    const stale = await get(sessionA, `/dashboards/institutes/${a.id}`);
    expect(stale.projects.byStatus).toEqual(d0.projects.byStatus);
    const result = await refresh();
    expect(result.tenants).toBeGreaterThanOrEqual(2); // A, and P as a party
    const d1 = await get(sessionA, `/dashboards/institutes/${a.id}`);
    expect(d1.projects.byStatus).toEqual([
      { key: 'active', count: 2 },
      { key: 'completed', count: 1 },
    ]);
    expect(Date.parse(d1.asOf as string)).toBeGreaterThanOrEqual(Date.parse(d0.asOf as string));
    const partner = await get(sessionP, `/dashboards/partners/${p.id}`);
    expect(partner.conventions.byStatus).toEqual([{ key: 'active', count: 2 }]);
    expect(partner.signaturesPending).toEqual([]);
  });

  it('refreshes on a schedule of 15 s on the maintenance queue, and only in a Root-kind scope', async () => {
    const schedulers = await worker.get(QueueProducer).queue('maintenance').getJobSchedulers();
    expect(schedulers.find((s) => s.key === 'dashboards.refresh')).toMatchObject({
      key: 'dashboards.refresh',
      every: 15_000,
    });
    // The runtime role cannot refresh from a tenant's scope.
    const runtime = await runtimeClient();
    try {
      await runtime.query('BEGIN');
      await runtime.query(
        `SELECT set_config('app.tenant_id', $1, true), set_config('app.tenant_kind', 'institute', true)`,
        [a.id],
      );
      await expect(runtime.query(`SELECT * FROM dashboard_refresh(now(), false)`)).rejects.toThrow(
        /Root-kind/,
      );
      await runtime.query('ROLLBACK');
      await expect(runtime.query(`SELECT dashboard_refresh_national()`)).rejects.toThrow(/permission denied/);
    } finally {
      await runtime.end();
    }
  });
  it('sends the unfiltered national dashboard from its stored rendering: the figures the rows give', async () => {
    await refresh();
    const response = await request(api.getHttpServer())
      .get('/api/v1/dashboards/national')
      .auth(analyst.accessToken, { type: 'bearer' })
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const stored = response.body as NationalDashboard;
    // The same period asked explicitly is built from the roll-up rows at request time.
    const built = (await get(
      analyst,
      `/dashboards/national?from=${stored.filters.from}&to=${stored.filters.to}`,
    )) as NationalDashboard;
    expect(stored).toEqual(built);
    // Asked again (the reader keeps the text between requests; a scheduled refresh may move asOf only).
    const again = (await get(analyst, '/dashboards/national')) as NationalDashboard;
    expect({ ...again, asOf: stored.asOf }).toEqual(stored);
    // And never to someone without the national dashboard's permission.
    await get(sessionA, '/dashboards/national', 403);
  });
});
