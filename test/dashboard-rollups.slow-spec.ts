import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DashboardReader, DashboardRefreshService, type NationalDashboard } from '@jazari/dashboards';
import { TransactionRunner, uuidv7 } from '@jazari/database';
import { networkToday } from '@jazari/config';
import {
  adminClient,
  createTenant,
  createUser,
  ensureRootTenant,
  testConfig,
  type TestTenant,
} from '@jazari/testing';
import { createWorker } from '@jazari/worker';
import type pg from 'pg';

/**
 * Property: after any sequence of domain changes and a refresh, the dashboards read from the roll-ups
 * equal the same figures aggregated from scratch from the base tables. The changes are a seeded random
 * sequence (JAZARI_PROPERTY_SEED to replay one) of inserts, updates and deletes of projects and what
 * hangs off them, beneficiaries, conventions, obligations, workshops, registrations and resources; the
 * reference aggregation below is written independently of the refresh's SQL. The comparison covers every
 * row in the database at the moment of reading (the file's own database), and this suite's institutes
 * one by one.
 */
const SEED = Number(process.env.JAZARI_PROPERTY_SEED ?? Date.now() % 100_000);
const BATCHES = 8;
const OPS_PER_BATCH = 25;

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = [
  'research',
  'applied_rnd',
  'prototype',
  'startup_support',
  'sme_adoption',
  'training',
  'public_service',
];
const STATUSES = ['proposed', 'active', 'on_hold', 'completed', 'cancelled'];
const REGIONS = ['MA-01', 'MA-04', 'MA-06', 'MA-09'];
const PRIORITIES = [
  'research_innovation',
  'research_innovation.applied_research',
  'human_capital.training',
  'startup_support',
  'sme_adoption',
];
const CONVENTION_STATUSES = ['draft', 'out_for_signature', 'active', 'active', 'expired', 'terminated'];
const SIZES = ['startup', 'micro', 'small', 'medium'];
const TZ = `'Africa/Casablanca'`;

interface Reference {
  projects: unknown;
  beneficiaries: unknown;
  conventions: unknown;
  resources: unknown;
  resourcesByRegion: unknown;
  workshops: unknown;
  deliverables: unknown;
  coverage: unknown;
  series: unknown;
}

/** The national figures aggregated from the base tables; `tenant` narrows to one institute. */
async function reference(
  admin: pg.Client,
  from: string,
  to: string,
  tenant: string | null,
): Promise<Reference> {
  const q = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) =>
    (await admin.query<R>(sql, params)).rows;
  const today = networkToday(new Date());
  // The projects in scope.
  const P = `(SELECT * FROM project WHERE $1::uuid IS NULL OR tenant_id = $1::uuid)`;
  const num = (v: unknown) => Number(v);
  const mad = (v: unknown) => (Math.round(Number(v ?? 0) * 100) / 100).toFixed(2);
  const totals = (
    await q(
      `SELECT count(*) AS n, coalesce(sum(budget_mad), 0) AS b, coalesce(sum(spent_mad), 0) AS s FROM ${P} p`,
      [tenant],
    )
  )[0];
  const by = async (column: string) =>
    (
      await q<{ key: string; count: string }>(
        `SELECT ${column} AS key, count(*) AS count FROM ${P} p GROUP BY 1 ORDER BY 1`,
        [tenant],
      )
    ).map((r) => ({ key: r.key, count: num(r.count) }));
  const byRegion = (
    await q<{ key: string; count: string }>(
      `SELECT pr.region_code AS key, count(*) AS count FROM ${P} p
         JOIN project_region pr ON pr.tenant_id = p.tenant_id AND pr.project_id = p.id GROUP BY 1 ORDER BY 1`,
      [tenant],
    )
  ).map((r) => ({ key: r.key, count: num(r.count) }));
  // A priority code counts the projects that name it or one of its sub-priorities (once each).
  const byPriority = (
    await q<{ key: string; count: string }>(
      `SELECT np.code AS key, count(DISTINCT (p.tenant_id, p.id)) AS count
         FROM national_priority np
         JOIN project_priority pp ON pp.priority_code = np.code OR pp.priority_code LIKE np.code || '.%'
         JOIN ${P} p ON p.tenant_id = pp.tenant_id AND p.id = pp.project_id
        GROUP BY 1 ORDER BY 1`,
      [tenant],
    )
  ).map((r) => ({ key: r.key, count: num(r.count) }));
  const ben = (
    await q(
      `SELECT count(DISTINCT b.id) AS total, count(DISTINCT b.id) FILTER (WHERE b.size = 'startup') AS startups,
              count(DISTINCT b.id) FILTER (WHERE b.size <> 'startup') AS smes
         FROM ${P} p JOIN project_beneficiary pb ON pb.tenant_id = p.tenant_id AND pb.project_id = p.id
         JOIN beneficiary b ON b.id = pb.beneficiary_id`,
      [tenant],
    )
  )[0];
  // Conventions: nationally all; for an institute, those it is a party to.
  const C = `(SELECT c.* FROM convention c WHERE $1::uuid IS NULL OR EXISTS (
      SELECT 1 FROM convention_party cp WHERE cp.tenant_id = c.tenant_id AND cp.convention_id = c.id AND cp.party_tenant_id = $1::uuid))`;
  const conv = (
    await q(
      `SELECT count(*) FILTER (WHERE status = 'active') AS active,
              count(*) FILTER (WHERE status = 'out_for_signature') AS awaiting,
              count(*) FILTER (WHERE status = 'active' AND expiry_date BETWEEN $2::date AND $2::date + 90) AS expiring
         FROM ${C} c`,
      [tenant, today],
    )
  )[0];
  const byPartner = (
    await q(
      `SELECT o.responsible_tenant_id AS id, count(*) AS total, count(*) FILTER (WHERE o.status = 'met') AS met,
              count(*) FILTER (WHERE o.status = 'open' AND o.due_date < $2::date) AS overdue,
              count(*) FILTER (WHERE o.status = 'waived') AS waived
         FROM obligation o JOIN ${C} c ON c.tenant_id = o.tenant_id AND c.id = o.convention_id
         JOIN tenant t ON t.id = o.responsible_tenant_id AND t.kind = 'partner'
        GROUP BY 1 ORDER BY 1`,
      [tenant, today],
    )
  ).map((r) => {
    const total = num(r.total);
    const met = num(r.met);
    const denominator = total - num(r.waived);
    return {
      partnerTenantId: r.id as string,
      obligationsTotal: total,
      obligationsMet: met,
      obligationsOverdue: num(r.overdue),
      executedPercent: denominator ? Math.round((met * 1000) / denominator) / 10 : null,
    };
  });
  const resources = (
    await q(
      `SELECT r.tenant_id, r.kind, r.unit, sum(r.capacity) AS capacity,
              coalesce(sum((SELECT sum(a.quantity_approved) FROM resource_allocation a WHERE a.tenant_id = r.tenant_id
                              AND a.resource_id = r.id AND a.status IN ('approved', 'active'))), 0) AS allocated,
              coalesce(sum((SELECT sum(a.quantity_used) FROM resource_allocation a WHERE a.tenant_id = r.tenant_id
                              AND a.resource_id = r.id AND a.status IN ('approved', 'active'))), 0) AS used
         FROM resource r WHERE r.status <> 'retired' AND ($1::uuid IS NULL OR r.tenant_id = $1::uuid)
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [tenant],
    )
  ).map((r) => ({
    tenantId: r.tenant_id as string,
    kind: r.kind as string,
    unit: r.unit as string,
    capacity: num(r.capacity),
    allocated: num(r.allocated),
    used: num(r.used),
  }));
  // By the owner's region: a convention's, a resource's (an institute filter: its own, under its region).
  const regionOf = new Map(
    (await q(`SELECT id, region_code FROM tenant WHERE region_code IS NOT NULL`)).map((r) => [
      r.id as string,
      r.region_code as string,
    ]),
  );
  const conventionsByRegion = tenant
    ? num(conv.active) + num(conv.awaiting) > 0 && regionOf.has(tenant)
      ? [{ key: regionOf.get(tenant), active: num(conv.active), awaitingSignature: num(conv.awaiting) }]
      : []
    : (
        await q(
          `SELECT t.region_code AS key, count(*) FILTER (WHERE c.status = 'active') AS active,
                  count(*) FILTER (WHERE c.status = 'out_for_signature') AS awaiting
             FROM convention c JOIN tenant t ON t.id = c.tenant_id
            WHERE t.region_code IS NOT NULL AND c.status IN ('active', 'out_for_signature')
            GROUP BY 1 ORDER BY 1`,
        )
      ).map((r) => ({ key: r.key as string, active: num(r.active), awaitingSignature: num(r.awaiting) }));
  const regionSums = new Map<
    string,
    { region: string; kind: string; unit: string; capacity: number; allocated: number; used: number }
  >();
  for (const r of resources) {
    const region = regionOf.get(r.tenantId);
    if (!region) continue;
    const k = `${region} ${r.kind} ${r.unit}`;
    const sum = regionSums.get(k) ?? {
      region,
      kind: r.kind,
      unit: r.unit,
      capacity: 0,
      allocated: 0,
      used: 0,
    };
    sum.capacity += r.capacity;
    sum.allocated += r.allocated;
    sum.used += r.used;
    regionSums.set(k, sum);
  }
  const W = `(SELECT w.*, to_char(w.starts_at AT TIME ZONE ${TZ}, 'YYYY-MM') AS month, coalesce(t.region_code, 'none') AS region,
                     (SELECT count(*) FROM workshop_registration r WHERE r.tenant_id = w.tenant_id AND r.workshop_id = w.id
                        AND r.checked_in_at IS NOT NULL) AS participants
                FROM workshop w JOIN tenant t ON t.id = w.tenant_id
               WHERE w.status = 'held' AND ($1::uuid IS NULL OR w.tenant_id = $1::uuid))`;
  const groups = async (column: string) =>
    (
      await q(
        `SELECT ${column} AS key, count(*) AS held, sum(participants) AS participants FROM ${W} w
          WHERE month BETWEEN $2 AND $3 GROUP BY 1 ORDER BY 1`,
        [tenant, from, to],
      )
    ).map((r) => ({ key: r.key as string, held: num(r.held), participants: num(r.participants) }));
  const byKind = await groups('kind');
  const deliverables = (
    await q(
      `SELECT count(*) AS accepted,
              count(*) FILTER (WHERE (coalesce(reviewed_at, updated_at) AT TIME ZONE ${TZ})::date <= due_date) AS on_time
         FROM deliverable WHERE status = 'accepted' AND ($1::uuid IS NULL OR tenant_id = $1::uuid)
          AND to_char(coalesce(reviewed_at, updated_at) AT TIME ZONE ${TZ}, 'YYYY-MM') BETWEEN $2 AND $3`,
      [tenant, from, to],
    )
  )[0];
  const cells = await q(
    `SELECT np.code AS priority, rg.code AS region,
            (SELECT count(*) FROM ${P} p WHERE EXISTS (SELECT 1 FROM project_region x WHERE x.tenant_id = p.tenant_id AND x.project_id = p.id AND x.region_code = rg.code)
                AND EXISTS (SELECT 1 FROM project_priority y WHERE y.tenant_id = p.tenant_id AND y.project_id = p.id
                              AND (y.priority_code = np.code OR y.priority_code LIKE np.code || '.%'))) AS projects,
            (SELECT coalesce(sum(budget_mad), 0) FROM ${P} p WHERE EXISTS (SELECT 1 FROM project_region x WHERE x.tenant_id = p.tenant_id AND x.project_id = p.id AND x.region_code = rg.code)
                AND EXISTS (SELECT 1 FROM project_priority y WHERE y.tenant_id = p.tenant_id AND y.project_id = p.id
                              AND (y.priority_code = np.code OR y.priority_code LIKE np.code || '.%'))) AS budget,
            (SELECT count(DISTINCT pb.beneficiary_id) FROM ${P} p JOIN project_beneficiary pb ON pb.tenant_id = p.tenant_id AND pb.project_id = p.id
              WHERE EXISTS (SELECT 1 FROM project_region x WHERE x.tenant_id = p.tenant_id AND x.project_id = p.id AND x.region_code = rg.code)
                AND EXISTS (SELECT 1 FROM project_priority y WHERE y.tenant_id = p.tenant_id AND y.project_id = p.id
                              AND (y.priority_code = np.code OR y.priority_code LIKE np.code || '.%'))) AS beneficiaries
       FROM national_priority np CROSS JOIN region rg WHERE np.parent_code IS NULL
      ORDER BY np.position, np.code, rg.code`,
    [tenant],
  );
  const series = await q(
    `SELECT to_char(m, 'YYYY-MM') AS month,
            (SELECT count(*) FROM ${P} p WHERE p.status IN ('active', 'on_hold', 'completed') AND p.start_date <= $4::date
                AND p.start_date < m + interval '1 month' AND (p.end_date IS NULL OR p.end_date >= m)) AS active,
            (SELECT count(*) FROM ${P} p WHERE date_trunc('month', p.start_date) = m) AS started,
            (SELECT coalesce(sum(budget_mad), 0) FROM ${P} p WHERE date_trunc('month', p.start_date) = m) AS budget,
            (SELECT count(*) FROM ${C} c WHERE to_char(c.activated_at AT TIME ZONE ${TZ}, 'YYYY-MM') = to_char(m, 'YYYY-MM')) AS signed,
            (SELECT count(*) FROM ${W} w WHERE w.month = to_char(m, 'YYYY-MM')) AS held,
            (SELECT count(*) FROM (SELECT pb.beneficiary_id, min(pb.started_on) AS first FROM ${P} p
                                     JOIN project_beneficiary pb ON pb.tenant_id = p.tenant_id AND pb.project_id = p.id
                                    GROUP BY 1) f WHERE date_trunc('month', f.first) = m) AS beneficiaries
       FROM generate_series(($2 || '-01')::date, ($3 || '-01')::date, interval '1 month') AS m ORDER BY m`,
    [tenant, from, to, today],
  );
  return {
    projects: {
      total: num(totals.n),
      byStatus: await by('status'),
      byType: await by('type'),
      byRegion,
      byPriority,
      budgetCommittedMad: mad(totals.b),
      budgetSpentMad: mad(totals.s),
    },
    beneficiaries: { total: num(ben.total), startups: num(ben.startups), smes: num(ben.smes) },
    conventions: {
      active: num(conv.active),
      awaitingSignature: num(conv.awaiting),
      expiringWithin90Days: num(conv.expiring),
      byPartner,
      byRegion: conventionsByRegion,
    },
    resources: sortResources(resources),
    resourcesByRegion: [...regionSums.values()].sort(byRegionResource),
    workshops: {
      held: byKind.reduce((s, g) => s + g.held, 0),
      participants: byKind.reduce((s, g) => s + g.participants, 0),
      byKind,
      byRegion: await groups('region'),
    },
    deliverables: {
      accepted: num(deliverables.accepted),
      acceptedOnTime: num(deliverables.on_time),
      onTimePercent: num(deliverables.accepted)
        ? Math.round((num(deliverables.on_time) * 1000) / num(deliverables.accepted)) / 10
        : null,
    },
    coverage: cells.map((c) => ({
      priority: c.priority as string,
      region: c.region as string,
      projects: num(c.projects),
      budgetMad: mad(c.budget),
      beneficiaries: num(c.beneficiaries),
    })),
    series: series.map((s) => ({
      month: s.month as string,
      projectsActive: num(s.active),
      projectsStarted: num(s.started),
      budgetCommittedMad: mad(s.budget),
      conventionsSigned: num(s.signed),
      workshopsHeld: num(s.held),
      beneficiariesSupported: num(s.beneficiaries),
      // Nothing carried over here (`dashboard_history` stays empty): no month declares anything.
      declared: null,
    })),
  };
}

type ResourceRow = { tenantId: string; kind: string; unit: string };
const byResource = (x: ResourceRow, y: ResourceRow) =>
  x.tenantId.localeCompare(y.tenantId) || x.kind.localeCompare(y.kind) || x.unit.localeCompare(y.unit);
type RegionResourceRow = { region: string; kind: string; unit: string };
const byRegionResource = (x: RegionResourceRow, y: RegionResourceRow) =>
  x.region.localeCompare(y.region) || x.kind.localeCompare(y.kind) || x.unit.localeCompare(y.unit);
function sortResources<T extends ResourceRow>(rows: T[]): T[] {
  return [...rows].sort(byResource);
}

/** The dashboard's figures in the reference's shape (labels and names left out, partners by id). */
function observed(d: NationalDashboard): Reference {
  const strip = (list: readonly { key: string; count: number }[]) =>
    list.map(({ key, count }) => ({ key, count }));
  return {
    projects: {
      ...d.projects,
      byStatus: strip(d.projects.byStatus),
      byType: strip(d.projects.byType),
      byRegion: strip(d.projects.byRegion),
      byPriority: strip(d.projects.byPriority),
    },
    beneficiaries: d.beneficiaries,
    conventions: {
      ...d.conventions,
      byPartner: d.conventions.byPartner
        .map(({ name: _name, ...rest }) => rest)
        .sort((x, y) => x.partnerTenantId.localeCompare(y.partnerTenantId)),
    },
    resources: d.resources.byInstitute
      .map((r) => ({
        tenantId: r.tenantId,
        kind: r.kind,
        unit: r.unit,
        capacity: Number(r.capacity),
        allocated: Number(r.allocated),
        used: Number(r.used),
      }))
      .sort(byResource),
    resourcesByRegion: d.resources.byRegion
      .map((r) => ({
        region: r.region,
        kind: r.kind,
        unit: r.unit,
        capacity: Number(r.capacity),
        allocated: Number(r.allocated),
        used: Number(r.used),
      }))
      .sort(byRegionResource),
    workshops: d.workshops,
    deliverables: d.deliverables,
    coverage: d.coverage.cells,
    series: d.series,
  };
}

describe('dashboard roll-ups (property)', () => {
  const config = testConfig();
  let admin: pg.Client;
  let worker: Awaited<ReturnType<typeof createWorker>>;
  let root: TestTenant;
  const institutes: TestTenant[] = [];
  const partners: TestTenant[] = [];
  let lead: string;
  const users: string[] = [];
  const random = prng(SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const chance = (p: number) => random() < p;
  const today = networkToday(new Date());
  const dayOffset = (days: number) => {
    const d = new Date(`${today}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };

  const state = {
    projects: [] as { tenant: string; id: string }[],
    beneficiaries: [] as string[],
    conventions: [] as { tenant: string; id: string; parties: string[] }[],
    obligations: [] as { tenant: string; id: string }[],
    workshops: [] as { tenant: string; id: string; users: Set<string> }[],
    resources: [] as { tenant: string; id: string }[],
    allocations: [] as { tenant: string; id: string }[],
  };

  /** The operations that touch projects only (their tables, and companies' sizes). */
  const PROJECT_OPS = [0, 1, 2, 4, 5, 6, 17, 19, 19];

  async function step(projectsOnly = false): Promise<string> {
    const op = projectsOnly ? pick(PROJECT_OPS) : Math.floor(random() * 20);
    const sql = (text: string, params: unknown[]) => admin.query(text, params);
    switch (op) {
      case 0:
      case 1: {
        const tenant = pick(institutes).id;
        const id = uuidv7();
        const start = chance(0.85) ? dayOffset(-Math.floor(random() * 900)) : null;
        const end = start && chance(0.5) ? dayOffset(-Math.floor(random() * 300) + 60) : null;
        await sql(
          `INSERT INTO project (tenant_id, id, type, title, start_date, end_date, budget_mad, spent_mad, lead_user_id, status, created_by)
           VALUES ($1, $2, $3, 'P', $4, CASE WHEN $5::date >= $4::date THEN $5::date END, $6, $7, $8, $9, $8)`,
          [
            tenant,
            id,
            pick(TYPES),
            start,
            end,
            (random() * 100000).toFixed(2),
            (random() * 5000).toFixed(2),
            lead,
            pick(STATUSES),
          ],
        );
        for (const r of REGIONS.filter(() => chance(0.35))) {
          await sql(`INSERT INTO project_region (tenant_id, project_id, region_code) VALUES ($1, $2, $3)`, [
            tenant,
            id,
            r,
          ]);
        }
        for (const code of PRIORITIES.filter(() => chance(0.3))) {
          await sql(
            `INSERT INTO project_priority (tenant_id, project_id, priority_code) VALUES ($1, $2, $3)`,
            [tenant, id, code],
          );
        }
        state.projects.push({ tenant, id });
        return 'insert project';
      }
      case 2: {
        if (!state.projects.length) return 'skip';
        const p = pick(state.projects);
        await sql(`UPDATE project SET status = $3, budget_mad = $4 WHERE tenant_id = $1 AND id = $2`, [
          p.tenant,
          p.id,
          pick(STATUSES),
          (random() * 100000).toFixed(2),
        ]);
        return 'update project';
      }
      case 3: {
        if (!state.projects.length) return 'skip';
        const p = state.projects.splice(Math.floor(random() * state.projects.length), 1)[0];
        for (const table of [
          'project_region',
          'project_priority',
          'project_beneficiary',
          'deliverable',
          'kpi_measurement',
          'kpi',
          'milestone',
        ]) {
          await sql(`DELETE FROM ${table} WHERE tenant_id = $1 AND project_id = $2`, [p.tenant, p.id]);
        }
        await sql(`DELETE FROM resource_allocation WHERE project_id = $1`, [p.id]);
        await sql(`DELETE FROM project WHERE tenant_id = $1 AND id = $2`, [p.tenant, p.id]);
        return 'delete project';
      }
      case 4: {
        if (!state.projects.length) return 'skip';
        const p = pick(state.projects);
        if (chance(0.5)) {
          await sql(
            `INSERT INTO project_region (tenant_id, project_id, region_code) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
            [p.tenant, p.id, pick(REGIONS)],
          );
        } else {
          await sql(
            `DELETE FROM project_priority WHERE tenant_id = $1 AND project_id = $2 AND priority_code = $3`,
            [p.tenant, p.id, pick(PRIORITIES)],
          );
          await sql(
            `INSERT INTO project_priority (tenant_id, project_id, priority_code) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
            [p.tenant, p.id, pick(PRIORITIES)],
          );
        }
        return 'change dimensions';
      }
      case 5: {
        if (!state.projects.length) return 'skip';
        const p = pick(state.projects);
        let b = state.beneficiaries.length && chance(0.5) ? pick(state.beneficiaries) : null;
        if (!b) {
          b = uuidv7();
          await sql(
            `INSERT INTO beneficiary (id, ice, name, size, sector, region_code)
             VALUES ($1, $2, 'B', $3, (SELECT code FROM thematic_domain ORDER BY code LIMIT 1), 'MA-06')`,
            [b, String(Math.floor(random() * 1e15)).padStart(15, '7'), pick(SIZES)],
          );
          state.beneficiaries.push(b);
        }
        await sql(
          `INSERT INTO project_beneficiary (tenant_id, project_id, beneficiary_id, support_kind, started_on)
           VALUES ($1, $2, $3, 'training', $4) ON CONFLICT DO NOTHING`,
          [p.tenant, p.id, b, dayOffset(-Math.floor(random() * 700))],
        );
        return 'support';
      }
      case 6: {
        if (!state.beneficiaries.length) return 'skip';
        await sql(`UPDATE beneficiary SET size = $2 WHERE id = $1`, [pick(state.beneficiaries), pick(SIZES)]);
        return 'resize beneficiary';
      }
      case 7: {
        const owner = pick([...institutes, root]).id;
        const id = uuidv7();
        const status = pick(CONVENTION_STATUSES);
        const seq = Math.floor(random() * 1e9);
        const parties = [owner, ...partners.filter(() => chance(0.6)).map((p) => p.id)];
        await sql(
          `INSERT INTO convention (tenant_id, id, reference, ref_year, ref_seq, title, type, status, expiry_date, created_by, activated_at)
           VALUES ($1, $2, $3, 2026, $4, 'C', 'partnership', $5, $6, $7,
                   CASE WHEN $5 IN ('active', 'expired', 'terminated') THEN now() - $8 * interval '1 day' END)`,
          [
            owner,
            id,
            `PROP-${seq}`,
            seq,
            status,
            dayOffset(Math.floor(random() * 300) - 30),
            lead,
            Math.floor(random() * 600),
          ],
        );
        for (const [i, party] of parties.entries()) {
          await sql(
            `INSERT INTO convention_party (tenant_id, convention_id, party_tenant_id, role_label, position) VALUES ($1, $2, $3, 'Partie', $4)`,
            [owner, id, party, i],
          );
        }
        state.conventions.push({ tenant: owner, id, parties });
        return 'insert convention';
      }
      case 8: {
        if (!state.conventions.length) return 'skip';
        const c = pick(state.conventions);
        await sql(
          `UPDATE convention SET status = $3, activated_at = CASE WHEN $3 = 'active' THEN coalesce(activated_at, now()) ELSE activated_at END
            WHERE tenant_id = $1 AND id = $2`,
          [c.tenant, c.id, pick(CONVENTION_STATUSES)],
        );
        return 'convention status';
      }
      case 9: {
        if (!state.conventions.length) return 'skip';
        const c = pick(state.conventions);
        const id = uuidv7();
        await sql(
          `INSERT INTO obligation (tenant_id, id, convention_id, description, responsible_tenant_id, due_date, status)
           VALUES ($1, $2, $3, 'O', $4, $5, $6)`,
          [
            c.tenant,
            id,
            c.id,
            pick(c.parties),
            dayOffset(Math.floor(random() * 120) - 60),
            pick(['open', 'open', 'met', 'waived']),
          ],
        );
        state.obligations.push({ tenant: c.tenant, id });
        return 'insert obligation';
      }
      case 10: {
        if (!state.obligations.length) return 'skip';
        const o = pick(state.obligations);
        await sql(`UPDATE obligation SET status = $3 WHERE tenant_id = $1 AND id = $2`, [
          o.tenant,
          o.id,
          pick(['open', 'met', 'waived']),
        ]);
        return 'obligation status';
      }
      case 11: {
        const tenant = pick([...institutes, root]).id;
        const id = uuidv7();
        const starts = new Date(Date.now() + (Math.floor(random() * 400) - 380) * 86_400_000);
        await sql(
          `INSERT INTO workshop (tenant_id, id, kind, title, starts_at, ends_at, venue, status, check_in_code)
           VALUES ($1, $2, $3, 'W', $4, $4::timestamptz + interval '1 hour', 'Rabat', $5, 'X1')`,
          [
            tenant,
            id,
            pick(['workshop', 'seminar', 'co_design', 'training']),
            starts.toISOString(),
            pick(['held', 'held', 'published', 'cancelled']),
          ],
        );
        state.workshops.push({ tenant, id, users: new Set() });
        return 'insert workshop';
      }
      case 12: {
        if (!state.workshops.length) return 'skip';
        const w = pick(state.workshops);
        const user = pick(users);
        if (w.users.has(user)) {
          await sql(
            `UPDATE workshop_registration SET checked_in_at = CASE WHEN checked_in_at IS NULL THEN now() END
                      WHERE tenant_id = $1 AND workshop_id = $2 AND user_id = $3`,
            [w.tenant, w.id, user],
          );
          return 'toggle check-in';
        }
        w.users.add(user);
        await sql(
          `INSERT INTO workshop_registration (tenant_id, id, workshop_id, user_id, registrant_tenant_id, status, queued_at, checked_in_at)
           VALUES ($1, $2, $3, $4, $5, 'registered', now(), CASE WHEN $6 THEN now() END)`,
          [w.tenant, uuidv7(), w.id, user, pick([...institutes, ...partners]).id, chance(0.7)],
        );
        return 'register';
      }
      case 13: {
        if (!state.workshops.length) return 'skip';
        const w = pick(state.workshops);
        await sql(`UPDATE workshop SET status = $3 WHERE tenant_id = $1 AND id = $2`, [
          w.tenant,
          w.id,
          pick(['held', 'published', 'cancelled']),
        ]);
        return 'workshop status';
      }
      case 14: {
        const tenant = pick(institutes).id;
        if (!state.resources.some((r) => r.tenant === tenant) || chance(0.3)) {
          const id = uuidv7();
          await sql(
            `INSERT INTO resource (tenant_id, id, kind, name, unit, capacity, period, region_code, status)
             VALUES ($1, $2, $3, 'R', $4, $5, 'month', 'MA-06', $6)`,
            [
              tenant,
              id,
              pick(['compute', 'dataset']),
              pick(['gpu_hour', 'TB']),
              Math.ceil(random() * 1000),
              pick(['available', 'available', 'retired']),
            ],
          );
          state.resources.push({ tenant, id });
          return 'insert resource';
        }
        const r = pick(state.resources.filter((x) => x.tenant === tenant));
        const project = state.projects.find((p) => p.tenant !== tenant);
        if (!project) return 'skip';
        const id = uuidv7();
        const requested = Math.ceil(random() * 100);
        const approved = Math.ceil(requested * random());
        await sql(
          `INSERT INTO resource_allocation (tenant_id, id, resource_id, requester_tenant_id, project_id, quantity_requested,
             quantity_approved, quantity_used, starts_on, ends_on, period_start, justification, terms_version, status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9::date + 30, $9, 'J', 1, $10)`,
          [
            r.tenant,
            id,
            r.id,
            project.tenant,
            project.id,
            requested,
            approved,
            Math.floor(approved * random()),
            today,
            pick(['pending', 'approved', 'active', 'expired']),
          ],
        );
        state.allocations.push({ tenant: r.tenant, id });
        return 'allocate';
      }
      case 16: {
        // An institute moves to another region (its conventions' and workshops' region figures follow).
        await sql(`UPDATE tenant SET region_code = $2 WHERE id = $1`, [pick(institutes).id, pick(REGIONS)]);
        return 'move institute';
      }
      case 17: {
        // A project moves from one region to another.
        if (!state.projects.length) return 'skip';
        const p = pick(state.projects);
        await sql(`DELETE FROM project_region WHERE tenant_id = $1 AND project_id = $2`, [p.tenant, p.id]);
        await sql(`INSERT INTO project_region (tenant_id, project_id, region_code) VALUES ($1, $2, $3)`, [
          p.tenant,
          p.id,
          pick(REGIONS),
        ]);
        return 'move project';
      }
      case 18: {
        // Milestones (late, done or to come) and KPIs with measurements on a project: its tenant's lists
        // (late milestones, KPIs), which a project's change moves without recomputing the tenant. Up to 12
        // milestones at once, so an institute's list passes its 50-item cut within a few batches.
        if (!state.projects.length) return 'skip';
        const p = pick(state.projects);
        await sql(
          `INSERT INTO milestone (tenant_id, id, project_id, title, due_date, done_date)
           SELECT $1, gen_random_uuid(), $2, 'M' || g, $3::date + (g * $4)::int,
                  CASE WHEN g % 4 = 0 THEN $3::date END
             FROM generate_series(1, $5) AS g`,
          [
            p.tenant,
            p.id,
            dayOffset(-Math.floor(random() * 200)),
            Math.ceil(random() * 15),
            1 + Math.floor(random() * 12),
          ],
        );
        if (chance(0.5)) {
          const kpi = uuidv7();
          await sql(
            `INSERT INTO kpi (tenant_id, id, project_id, name, unit, target, direction) VALUES ($1, $2, $3, $4, 'u', $5, $6)`,
            [
              p.tenant,
              kpi,
              p.id,
              pick(['Accuracy', 'Users', 'Latency']),
              Math.ceil(random() * 100),
              pick(['higher', 'lower']),
            ],
          );
          if (chance(0.7)) {
            await sql(
              `INSERT INTO kpi_measurement (tenant_id, id, kpi_id, project_id, measured_on, value) VALUES ($1, $2, $3, $4, $5, $6)`,
              [
                p.tenant,
                uuidv7(),
                kpi,
                p.id,
                dayOffset(-Math.floor(random() * 60)),
                Math.ceil(random() * 120),
              ],
            );
          }
        }
        return 'milestones and kpis';
      }
      case 19: {
        // A project renamed or moved to another status: the lists that name it follow (titles, statuses).
        if (!state.projects.length) return 'skip';
        const p = pick(state.projects);
        await sql(`UPDATE project SET title = $3, status = $4 WHERE tenant_id = $1 AND id = $2`, [
          p.tenant,
          p.id,
          pick(['P', 'Alpha', 'Zeta', 'Étude']),
          pick(STATUSES),
        ]);
        return 'rename project';
      }
      default: {
        if (!state.projects.length) return 'skip';
        const p = pick(state.projects);
        const id = uuidv7();
        await sql(
          `INSERT INTO deliverable (tenant_id, id, project_id, kind, title, due_date, status, reviewed_at)
           VALUES ($1, $2, $3, 'dataset', 'D', $4, $5, CASE WHEN $5 = 'accepted' THEN now() - $6 * interval '1 day' END)`,
          [
            p.tenant,
            id,
            p.id,
            dayOffset(Math.floor(random() * 60) - 30),
            pick(['planned', 'accepted', 'accepted', 'rejected']),
            Math.floor(random() * 40),
          ],
        );
        return 'deliverable';
      }
    }
  }

  beforeAll(async () => {
    admin = await adminClient();
    root = await ensureRootTenant(admin);
    for (const region of ['MA-01', 'MA-06', 'MA-09']) {
      const t = await createTenant(admin, 'institute');
      await admin.query(`UPDATE tenant SET region_code = $2 WHERE id = $1`, [t.id, region]);
      institutes.push(t);
    }
    partners.push(await createTenant(admin, 'partner'), await createTenant(admin, 'partner'));
    for (let i = 0; i < 6; i++) {
      users.push((await createUser(admin, [{ tenant: institutes[i % 3], role: 'institute_manager' }])).id);
    }
    lead = users[0]!;
    // One project per institute whose late milestones and overdue deliverables pass their lists' cut (50):
    // its status changes move all of them in or out, so the lists' cut is crossed both ways.
    for (const institute of institutes) {
      const id = uuidv7();
      await admin.query(
        `INSERT INTO project (tenant_id, id, type, title, start_date, budget_mad, spent_mad, lead_user_id, status, created_by)
         VALUES ($1, $2, 'research', 'Grand', $3, 1000, 0, $4, 'active', $4)`,
        [institute.id, id, dayOffset(-400), lead],
      );
      await admin.query(
        `INSERT INTO milestone (tenant_id, id, project_id, title, due_date)
         SELECT $1, gen_random_uuid(), $2, 'Late ' || g, $3::date + g FROM generate_series(1, 60) AS g`,
        [institute.id, id, dayOffset(-100)],
      );
      await admin.query(
        `INSERT INTO deliverable (tenant_id, id, project_id, kind, title, due_date, status)
         SELECT $1, gen_random_uuid(), $2, 'dataset', 'Overdue ' || g, $3::date + g, 'planned'
           FROM generate_series(1, 55) AS g`,
        [institute.id, id, dayOffset(-100)],
      );
      await admin.query(
        `INSERT INTO kpi (tenant_id, id, project_id, name, unit, target) VALUES ($1, gen_random_uuid(), $2, 'Reach', 'u', 10)`,
        [institute.id, id],
      );
      state.projects.push({ tenant: institute.id, id });
    }
    worker = await createWorker(config);
  }, 60_000);

  afterAll(async () => {
    await worker?.close();
    await admin?.end();
  });

  /** The roll-ups' version, and how many changes wait for the next refresh. */
  async function rollupState(): Promise<{ version: string; dirty: number }> {
    const { rows } = await admin.query<{ version: string; dirty: number }>(
      `SELECT version::text,
              (SELECT count(*)::int FROM dashboard_dirty) + (SELECT count(*)::int FROM dashboard_dirty_project) AS dirty
         FROM dashboard_refresh_state`,
    );
    return rows[0];
  }

  const NATIONAL_ROWS = `
    SELECT metric, region_key, priority_key, period, dim1, dim2, owner, n::text, a::text, b::text, c::text,
           contributors::text FROM dashboard_national_fact
     ORDER BY region_key, priority_key, metric, period, dim1, dim2, owner`;
  const NATIONAL_COMPANIES = `
    SELECT region_key, priority_key, beneficiary_id, startup, sme, first_month::text FROM dashboard_national_beneficiary
     ORDER BY region_key, priority_key, beneficiary_id`;

  const TENANT_ROWS = `
    SELECT tenant_id::text, metric, region_key, priority_key, period, dim1, dim2, n::text, a::text, b::text, c::text
      FROM dashboard_fact ORDER BY tenant_id, metric, region_key, priority_key, period, dim1, dim2`;
  const TENANT_LINKS = `
    SELECT tenant_id::text, beneficiary_id::text, region_key, priority_key, size, first_month::text
      FROM dashboard_beneficiary_link ORDER BY tenant_id, beneficiary_id, region_key, priority_key`;
  // The lists that name projects (the workshops' and signatures' lists depend on the refresh's moment).
  const TENANT_LISTS = `
    SELECT tenant_id::text, late_milestones, overdue_deliverables, kpis FROM dashboard_tenant_view ORDER BY tenant_id`;

  /**
   * Every roll-up row as the refreshes left them (projects' changes by delta, other changes by tenant), and
   * as a full refresh recomputes them from the base tables (in one snapshot, then rolled back).
   */
  async function allRowsBothWays(): Promise<{ stored: unknown[]; fromScratch: unknown[] }> {
    const rows = async () => [
      (await admin.query(TENANT_ROWS)).rows,
      (await admin.query(TENANT_LINKS)).rows,
      (await admin.query(TENANT_LISTS)).rows,
      (await admin.query(NATIONAL_ROWS)).rows,
      (await admin.query(NATIONAL_COMPANIES)).rows,
    ];
    await admin.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    try {
      const stored = await rows();
      await admin.query(
        `SELECT set_config('app.tenant_id', '', true), set_config('app.tenant_kind', 'root', true)`,
      );
      await admin.query(`SELECT 1 FROM dashboard_refresh(now(), true)`);
      return { stored, fromScratch: await rows() };
    } finally {
      await admin.query('ROLLBACK');
    }
  }

  /**
   * The national rows as the refreshes left them, and as a full computation from the per-tenant rows makes
   * them (in one snapshot, then rolled back).
   */
  async function nationalRowsBothWays(): Promise<{ stored: unknown[]; fromScratch: unknown[] }> {
    const rows = async () => [
      (await admin.query(NATIONAL_ROWS)).rows,
      (await admin.query(NATIONAL_COMPANIES)).rows,
    ];
    await admin.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    try {
      const stored = await rows();
      await admin.query('SELECT dashboard_refresh_national()');
      return { stored, fromScratch: await rows() };
    } finally {
      await admin.query('ROLLBACK');
    }
  }

  it(`equals a from-scratch aggregation after every batch of random changes (seed ${SEED})`, async () => {
    const reader = worker.get(DashboardReader);
    const transactions = worker.get(TransactionRunner);
    const asRoot = { tenantId: root.id, tenantKind: 'root' as const, userId: null };
    // Carried-over history (the demo's) is not part of this database: the reference leaves it out.
    expect((await admin.query(`SELECT count(*)::int AS n FROM dashboard_history`)).rows[0].n).toBe(0);
    for (let batch = 0; batch < BATCHES; batch++) {
      // Every other batch changes projects only: the refresh moves them by delta, tenant rows untouched.
      const projectsOnly = batch % 2 === 1;
      const done: string[] = [];
      for (let i = 0; i < OPS_PER_BATCH; i++) done.push(await step(projectsOnly));
      if (projectsOnly) {
        // Their marks name projects, not tenants (a scheduled refresh may already have taken them).
        const marks = await admin.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM dashboard_dirty WHERE tenant_id = ANY ($1::uuid[])`,
          [institutes.map((i) => i.id)],
        );
        expect({ label: done.join(', '), tenantMarks: marks.rows[0]?.n }).toEqual({
          label: done.join(', '),
          tenantMarks: 0,
        });
      }
      // A writer whose transaction spans a refresh: that refresh cannot see its change, so its marks must
      // be left for the next one (each refresh reads the marks from the oldest transaction then running).
      if (state.projects.length) {
        const p = pick(state.projects);
        const held = await adminClient();
        try {
          await held.query('BEGIN');
          await held.query(
            `UPDATE project SET budget_mad = budget_mad + 1, status = $3 WHERE tenant_id = $1 AND id = $2`,
            [p.tenant, p.id, pick(STATUSES)],
          );
          await worker.get(DashboardRefreshService).refresh();
          await held.query('COMMIT');
        } finally {
          await held.end();
        }
        done.push('update project across a refresh');
      }
      const { from, to } = reader.period();
      const label = `seed ${SEED}, batch ${batch}: ${done.join(', ')}`;
      // Network-wide: the rendered default dashboard and the one built from the roll-up rows. The database
      // is shared with earlier suites, and this worker's system jobs act on their rows too (the conventions'
      // sweep expires a convention whose signing deadline passed): compare a state nothing changed while
      // it was read — the same roll-ups version before and after, and no change waiting for a refresh.
      let rendered: NationalDashboard | undefined;
      let built: NationalDashboard | undefined;
      let expected: Awaited<ReturnType<typeof reference>> | undefined;
      for (let attempt = 1; ; attempt++) {
        await worker.get(DashboardRefreshService).refresh();
        const before = await rollupState();
        rendered = await transactions.run(asRoot, (tx) => reader.national(tx, {}));
        built = await transactions.run(asRoot, (tx) => reader.national(tx, { from, to }));
        expected = await reference(admin, from, to, null);
        if (before.dirty === 0 && JSON.stringify(before) === JSON.stringify(await rollupState())) break;
        if (attempt === 5) throw new Error(`${label}: the network kept changing under the comparison`);
      }
      expect({ label, ...observed(built) }).toEqual({ label, ...expected });
      // The national rows the refreshes moved by delta equal the same rows computed from scratch.
      const { stored, fromScratch } = await nationalRowsBothWays();
      expect({ label, rows: stored }).toEqual({ label, rows: fromScratch });
      // Every per-tenant and national row the incremental refreshes left equals a full refresh's.
      const both = await allRowsBothWays();
      expect({ label, rows: both.stored }).toEqual({ label, rows: both.fromScratch });
      // A region- or priority-filtered dashboard (read beside the stored rendering) equals one built from the rows.
      for (const filters of [
        { region: 'MA-06' },
        { priority: 'research_innovation' },
        { region: 'MA-01', priority: 'sme_adoption' },
      ]) {
        const read = await transactions.run(asRoot, (tx) => reader.national(tx, filters));
        const fromRows = await transactions.run(asRoot, (tx) => reader.nationalFromRows(tx, filters));
        expect({ label, filter: filters, ...read, asOf: null }).toEqual({
          label,
          filter: filters,
          ...fromRows,
          asOf: null,
        });
      }
      expect({ ...rendered, asOf: null }).toEqual({ ...built, asOf: null });
      // Each of this suite's institutes, through the institute filter.
      for (const institute of institutes) {
        const one = await transactions.run(asRoot, (tx) => reader.national(tx, { institute: institute.id }));
        const mine = await reference(admin, from, to, institute.id);
        expect({ label, institute: institute.id, ...observed(one) }).toEqual({
          label,
          institute: institute.id,
          ...mine,
        });
      }
    }
  }, 300_000);
});
