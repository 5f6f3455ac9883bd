import { uuidv7, type DbContext } from '@jazari/database';
import { DEMO_BENEFICIARIES } from './data/beneficiaries.js';
import type { DemoProject, ProjectStatus } from './data/project-types.js';
import { DEMO_PROJECTS } from './data/projects.js';
import { at, day, type InTransaction, type Query, type TenantIds } from './db.js';

// The status changes a project in each status went through, from `proposed`.
const STATUS_PATH: Record<ProjectStatus, readonly ProjectStatus[]> = {
  proposed: [],
  active: ['active'],
  on_hold: ['active', 'on_hold'],
  completed: ['active', 'completed'],
};

/** Each institute's demo projects, in the institute's context, unless it has projects already. */
export async function seedProjects(
  query: Query,
  inTransaction: InTransaction,
  tenants: TenantIds,
): Promise<number> {
  let seeded = 0;
  for (const slug of new Set(DEMO_PROJECTS.map((p) => p.institute))) {
    const institute = tenants.get(slug);
    if (!institute) continue;
    const context: DbContext = { tenantId: institute.id, tenantKind: 'institute', userId: null };
    seeded += await inTransaction(context, async () => {
      const existing = await query(`SELECT 1 FROM project WHERE tenant_id = $1 LIMIT 1`, [institute.id]);
      if (existing.rowCount) return 0;
      const members = await query(
        `SELECT u.id, u.email, m.role FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.tenant_id = $1`,
        [institute.id],
      );
      const people = new Map(members.rows.map((r: { id: string; email: string }) => [r.email, r.id]));
      const manager = members.rows.find((r: { role: string }) => r.role === 'institute_manager') as
        { id: string } | undefined;
      if (!manager) return 0;
      const person = (email: string): string => {
        const id = people.get(email);
        if (!id) throw new Error(`demo seed: ${email} is not a member of ${slug}`);
        return id;
      };
      const projects = DEMO_PROJECTS.filter((p) => p.institute === slug);
      for (const project of projects) {
        await insertProject(query, institute.id, project, person, manager.id, tenants);
      }
      return projects.length;
    });
  }
  return seeded;
}

/** One project and everything under it, with the history a user would have produced. */
async function insertProject(
  query: Query,
  tenantId: string,
  project: DemoProject,
  person: (email: string) => string,
  managerId: string,
  tenants: TenantIds,
): Promise<void> {
  const projectId = uuidv7();
  const key = [tenantId, projectId];
  const leadId = person(project.lead);
  const team = project.team.map(person);
  const partnerIds = (project.partners ?? []).map((slug) => {
    const partner = tenants.get(slug);
    if (!partner) throw new Error(`demo seed: no partner ${slug}`);
    return partner.id;
  });
  // The history is written last, in the order things happened (its ids, UUID v7, are its order).
  const events: { at: string; actor: string; action: string; changes: Record<string, unknown> }[] = [];
  const history = (
    when: string,
    action: string,
    changes: Record<string, unknown>,
    actor = managerId,
  ): void => {
    events.push({ at: when, actor, action, changes });
  };
  const created = Math.min(project.start, 0) - 14;
  const budget = project.budget.toFixed(2);
  const spent = project.spent.toFixed(2);

  await query(
    `INSERT INTO project (tenant_id, id, type, title, summary, start_date, end_date, budget_mad, spent_mad,
                          lead_user_id, status, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now())`,
    [
      ...key,
      project.type,
      project.title,
      project.summary,
      day(project.start),
      day(project.end),
      budget,
      spent,
      leadId,
      project.status,
      managerId,
      at(created),
    ],
  );
  const links: [table: string, column: string, type: 'uuid' | 'text', values: readonly string[]][] = [
    ['project_member', 'user_id', 'uuid', team],
    ['project_partner', 'partner_tenant_id', 'uuid', partnerIds],
    ['project_priority', 'priority_code', 'text', project.priorities],
    ['project_region', 'region_code', 'text', project.regions],
    ['project_domain', 'domain_code', 'text', project.domains],
  ];
  for (const [table, column, type, values] of links) {
    if (values.length === 0) continue;
    await query(
      `INSERT INTO ${table} (tenant_id, project_id, ${column}) SELECT $1, $2, unnest($3::${type}[])`,
      [...key, values],
    );
  }
  history(at(created), 'project.created', {
    type: project.type,
    title: project.title,
    status: 'proposed',
    startDate: day(project.start),
    endDate: day(project.end),
    budgetMad: budget,
    spentMad: spent,
    leadUserId: leadId,
    team,
    partnerTenantIds: partnerIds,
    priorityCodes: project.priorities,
    regionCodes: project.regions,
    domainCodes: project.domains,
  });
  const [first, ...later] = STATUS_PATH[project.status];
  if (first) history(at(project.start, 12), 'project.status_changed', { from: 'proposed', to: first });

  for (const m of project.milestones ?? []) {
    const milestoneId = uuidv7();
    await query(
      `INSERT INTO milestone (tenant_id, id, project_id, title, due_date, done_date) VALUES ($1, $2, $3, $4, $5, $6)`,
      [tenantId, milestoneId, projectId, m.title, day(m.due), m.done === undefined ? null : day(m.done)],
    );
    history(at(created, 11), 'milestone.added', { milestoneId, title: m.title, dueDate: day(m.due) }, leadId);
    if (m.done !== undefined) {
      history(
        at(m.done, 16),
        'milestone.updated',
        { milestoneId, doneDate: { from: null, to: day(m.done) } },
        leadId,
      );
    }
  }
  for (const d of project.deliverables ?? []) {
    const deliverableId = uuidv7();
    const reviewed = d.status === 'accepted' || d.status === 'rejected';
    await query(
      `INSERT INTO deliverable (tenant_id, id, project_id, kind, title, due_date, status, submitted_at, reviewed_at,
                                reviewer_user_id, review_comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        tenantId,
        deliverableId,
        projectId,
        d.kind,
        d.title,
        day(d.due),
        d.status,
        d.submitted === undefined ? null : at(d.submitted),
        reviewed && d.reviewed !== undefined ? at(d.reviewed, 15) : null,
        reviewed ? managerId : null,
        reviewed ? (d.comment ?? null) : null,
      ],
    );
    history(
      at(created, 11),
      'deliverable.added',
      { deliverableId, kind: d.kind, title: d.title, dueDate: day(d.due) },
      leadId,
    );
    if (d.submitted !== undefined) {
      history(
        at(d.submitted),
        'deliverable.submitted',
        {
          deliverableId,
          status: { from: 'planned', to: 'submitted' },
          resubmission: false,
        },
        leadId,
      );
    }
    if (reviewed && d.reviewed !== undefined) {
      history(at(d.reviewed, 15), `deliverable.${d.status}`, {
        deliverableId,
        status: { from: 'submitted', to: d.status },
        comment: d.comment ?? null,
      });
    }
    for (const e of d.evaluations ?? []) {
      const evaluationId = uuidv7();
      history(
        at(e.on, 14),
        'evaluation.added',
        {
          deliverableId,
          evaluationId,
          modelName: e.model,
          modelVersion: e.version,
          benchmark: e.benchmark,
          metric: e.metric,
          score: e.score,
        },
        leadId,
      );
      await query(
        `INSERT INTO evaluation_result (tenant_id, id, deliverable_id, project_id, model_name, model_version, benchmark,
                                        metric, score, evaluated_on, evaluator)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          tenantId,
          evaluationId,
          deliverableId,
          projectId,
          e.model,
          e.version,
          e.benchmark,
          e.metric,
          e.score,
          day(e.on),
          e.evaluator,
        ],
      );
    }
  }
  for (const k of project.kpis ?? []) {
    const kpiId = uuidv7();
    await query(
      `INSERT INTO kpi (tenant_id, id, project_id, name, unit, target, direction) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [tenantId, kpiId, projectId, k.name, k.unit, k.target, k.direction ?? 'higher'],
    );
    history(
      at(created, 11),
      'kpi.added',
      { kpiId, name: k.name, unit: k.unit, target: k.target, direction: k.direction ?? 'higher' },
      leadId,
    );
    for (const [on, value, note] of k.measurements) {
      const measurementId = uuidv7();
      await query(
        `INSERT INTO kpi_measurement (tenant_id, id, kpi_id, project_id, measured_on, value, note, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [tenantId, measurementId, kpiId, projectId, day(on), value, note ?? null, leadId, at(on, 17)],
      );
      history(at(on, 17), 'kpi.measured', { kpiId, measurementId, measuredOn: day(on), value }, leadId);
    }
  }
  for (const r of project.reports ?? []) {
    const reportId = uuidv7();
    history(
      at(r.to + 1),
      'status_report.added',
      {
        reportId,
        periodStart: day(r.from),
        periodEnd: day(r.to),
        rag: r.rag,
      },
      leadId,
    );
    await query(
      `INSERT INTO status_report (tenant_id, id, project_id, period_start, period_end, rag, narrative, risks, author_id,
                                  created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        tenantId,
        reportId,
        projectId,
        day(r.from),
        day(r.to),
        r.rag,
        r.narrative,
        r.risks ?? '',
        leadId,
        at(r.to + 1),
      ],
    );
  }
  for (const s of project.supports ?? []) {
    const company = DEMO_BENEFICIARIES.find((b) => b.ice === s.ice);
    if (!company) throw new Error(`demo seed: no beneficiary with ICE ${s.ice}`);
    // The registry is shared: the first institute to support a company registers it, the others find it.
    await query(
      `INSERT INTO beneficiary (id, ice, name, size, sector, region_code) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (ice) DO NOTHING`,
      [uuidv7(), company.ice, company.name, company.size, company.sector, company.region],
    );
    const { rows } = await query(`SELECT id, name FROM beneficiary WHERE ice = $1`, [company.ice]);
    const beneficiary = rows[0] as { id: string; name: string };
    await query(
      `INSERT INTO project_beneficiary (tenant_id, project_id, beneficiary_id, support_kind, started_on, note)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [...key, beneficiary.id, s.kind, day(s.started), s.note ?? null],
    );
    history(at(s.started, 11), 'beneficiary.linked', {
      beneficiaryId: beneficiary.id,
      ice: company.ice,
      name: beneficiary.name,
      supportKind: s.kind,
      startedOn: day(s.started),
    });
  }
  let from = first;
  for (const to of later) {
    history(at(Math.min(project.end, -1), 12), 'project.status_changed', { from, to });
    from = to;
  }

  // A stable sort: things that happened at the same moment keep the order they were listed in.
  for (const event of [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) {
    await query(
      `INSERT INTO project_history (tenant_id, id, project_id, occurred_at, actor_user_id, action, changes)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [tenantId, uuidv7(), projectId, event.at, event.actor, event.action, JSON.stringify(event.changes)],
    );
  }
}
