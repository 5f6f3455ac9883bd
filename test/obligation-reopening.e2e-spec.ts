import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { uuidv7 } from '@jazari/database';
import {
  JOB_RUNNER,
  JobHandlerRegistry,
  type JobEnvelope,
  type JobName,
  type JobRunner,
} from '@jazari/queue';
import {
  idle,
  startMailSink,
  testConfig,
  testWorld,
  waitFor,
  type MailSink,
  type TestWorld,
} from '@jazari/testing';

/**
 * Issue 19: an obligation counts only real evidence, also afterwards. When the accepted deliverable or the
 * done milestone it was met with stops counting, the obligation is open again, the convention's execution
 * figures follow, the evidence chain and the audit log record it, and the owner's managers and the
 * responsible party's admins are told in-app and by e-mail, each in their language. Another tenant can
 * neither cause it nor see it.
 */
jest.setTimeout(60_000);

type Execution = {
  due: number;
  met: number;
  executedPercent: number | null;
  byParty: { tenantId: string; due: number; met: number; executedPercent: number | null }[];
};

describe('obligations reopen when their evidence stops counting', () => {
  let smtp: MailSink;
  let world: TestWorld<'owner' | 'partner' | 'outsider', 'manager' | 'partnerAdmin' | 'intruder'>;
  let conventionId: string;
  let reference: string;
  let projectId: string;
  let deliverableId: string;
  let milestoneId: string;
  let byDeliverable: string;
  let byMilestone: string;

  const as = (who: 'manager' | 'partnerAdmin' | 'intruder') => world.as(who);
  const obligations = () => `/conventions/${conventionId}/obligations`;

  async function execution(): Promise<Execution> {
    const res = await as('manager').get(`/conventions/${conventionId}`).expect(200);
    return res.body.execution as Execution;
  }
  function party(e: Execution, tenantId: string) {
    const found = e.byParty.find((p) => p.tenantId === tenantId);
    return found && { due: found.due, met: found.met, executedPercent: found.executedPercent };
  }
  async function statusOf(id: string): Promise<{ status: string; metAt: string | null; evidence: unknown }> {
    const list = await as('partnerAdmin').get(obligations()).expect(200);
    const o = (
      list.body.data as { id: string; status: string; metAt: string | null; evidence: unknown }[]
    ).find((x) => x.id === id)!;
    return { status: o.status, metAt: o.metAt, evidence: o.evidence };
  }
  async function reopenedEvents(): Promise<{ data: Record<string, unknown>; actor_user_id: null }[]> {
    const { rows } = await world.admin.query(
      `SELECT data, actor_user_id FROM convention_event
        WHERE convention_id = $1 AND type = 'obligation_reopened' ORDER BY seq`,
      [conventionId],
    );
    return rows;
  }

  beforeAll(async () => {
    smtp = await startMailSink();
    world = await testWorld({
      config: testConfig({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://jazari.test' }),
      tenants: { owner: 'institute', partner: 'partner', outsider: 'institute' },
      users: {
        manager: { tenant: 'owner', role: 'institute_manager', locale: 'fr' },
        partnerAdmin: { tenant: 'partner', role: 'partner_admin', locale: 'ar' },
        intruder: { tenant: 'outsider', role: 'institute_manager', locale: 'en' },
      },
      worker: true,
    });
    const { admin, tenants, users } = world;
    conventionId = uuidv7();
    const seq = Math.floor(Math.random() * 1e9);
    reference = `REO-2026-${seq}`;
    await admin.query(
      `INSERT INTO convention (tenant_id, id, reference, ref_year, ref_seq, title, type, status, effective_date,
                               expiry_date, created_by, activated_at)
       VALUES ($1, $2, $3, 2026, $4, 'Arabic speech corpus', 'partnership', 'active', '2026-01-01',
               '2029-12-31', $5, '2026-01-05T10:00:00Z')`,
      [tenants.owner.id, conventionId, reference, seq, users.manager.id],
    );
    await admin.query(
      `INSERT INTO convention_party (tenant_id, convention_id, party_tenant_id, role_label, position)
       VALUES ($1, $2, $1, 'Porteur', 0), ($1, $2, $3, 'Partenaire', 1)`,
      [tenants.owner.id, conventionId, tenants.partner.id],
    );
    projectId = uuidv7();
    await admin.query(
      `INSERT INTO project (tenant_id, id, type, title, lead_user_id, created_by)
       VALUES ($1, $2, 'research', 'Speech corpus', $3, $3)`,
      [tenants.owner.id, projectId, users.manager.id],
    );
  });
  afterAll(async () => {
    await world?.close();
    await smtp?.close();
  });

  it('counts obligations met with an accepted deliverable and a done milestone', async () => {
    const { tenants } = world;
    const d = await as('manager')
      .post(`/projects/${projectId}/deliverables`, {
        kind: 'dataset',
        title: 'Corpus v1',
        dueDate: '2026-02-01',
      })
      .expect(201);
    deliverableId = d.body.id;
    await as('manager').post(`/projects/${projectId}/deliverables/${deliverableId}/submit`).expect(200);
    await as('manager').post(`/projects/${projectId}/deliverables/${deliverableId}/accept`).expect(200);
    const m = await as('manager')
      .post(`/projects/${projectId}/milestones`, {
        title: 'Corpus annotated',
        dueDate: '2026-03-01',
        doneDate: '2026-02-20',
      })
      .expect(201);
    milestoneId = m.body.id;

    const add = async (
      description: string,
      responsibleTenantId: string,
      dueDate: string,
      evidence?: object,
    ) =>
      (
        await as('manager')
          .post(obligations(), { description, responsibleTenantId, dueDate, ...(evidence && { evidence }) })
          .expect(201)
      ).body.id as string;
    byDeliverable = await add('Deliver the corpus', tenants.partner.id, '2026-02-15', {
      kind: 'deliverable',
      tenantId: tenants.owner.id,
      id: deliverableId,
    });
    byMilestone = await add('Annotate the corpus', tenants.partner.id, '2026-03-15', {
      kind: 'milestone',
      tenantId: tenants.owner.id,
      id: milestoneId,
    });
    await add('Host the steering committee', tenants.owner.id, '2026-04-01');
    await as('manager').post(`${obligations()}/${byDeliverable}/met`, {}).expect(200);
    await as('manager').post(`${obligations()}/${byMilestone}/met`, {}).expect(200);

    // By hand: 3 obligations due by today, 2 met; the partner owes 2 and met both.
    const e = await execution();
    expect({ due: e.due, met: e.met, executedPercent: e.executedPercent }).toEqual({
      due: 3,
      met: 2,
      executedPercent: 66.7,
    });
    expect(party(e, tenants.partner.id)).toEqual({ due: 2, met: 2, executedPercent: 100 });
    expect(party(e, tenants.owner.id)).toEqual({ due: 1, met: 0, executedPercent: 0 });
    await idle(world.worker);
  });

  it('lets no other tenant withdraw the evidence, nor see the obligations', async () => {
    await as('intruder')
      .post(`/projects/${projectId}/deliverables/${deliverableId}/reject`, { comment: 'Sabotage' })
      .expect(404);
    await as('intruder')
      .patch(`/projects/${projectId}/milestones/${milestoneId}`, { doneDate: null })
      .expect(404);
    await as('intruder').delete(`/projects/${projectId}/milestones/${milestoneId}`).expect(404);
    await as('intruder').get(obligations()).expect(404);
    await as('intruder').get(`/conventions/${conventionId}`).expect(404);
    // The partner reads the project's convention but does not review the institute's deliverables.
    await as('partnerAdmin')
      .post(`/projects/${projectId}/deliverables/${deliverableId}/reject`, { comment: 'No' })
      .expect((res) => expect([403, 404]).toContain(res.status));
    await idle(world.worker);
    expect((await statusOf(byDeliverable)).status).toBe('met');
    expect((await statusOf(byMilestone)).status).toBe('met');
    expect(await reopenedEvents()).toEqual([]);
  });

  it('reopens the obligation when the accepted deliverable is rejected, and the figures follow', async () => {
    const { tenants } = world;
    const rejected = await as('manager')
      .post(`/projects/${projectId}/deliverables/${deliverableId}/reject`, {
        comment: 'Half the recordings are unusable',
      })
      .expect(200);
    expect(rejected.body.status).toBe('rejected');
    await idle(world.worker);

    expect(await statusOf(byDeliverable)).toEqual({
      status: 'open',
      metAt: null,
      // Still linked: once accepted again it can be marked met with it again.
      evidence: { kind: 'deliverable', tenantId: tenants.owner.id, id: deliverableId },
    });
    expect((await statusOf(byMilestone)).status).toBe('met');
    const e = await execution();
    expect({ due: e.due, met: e.met, executedPercent: e.executedPercent }).toEqual({
      due: 3,
      met: 1,
      executedPercent: 33.3,
    });
    expect(party(e, tenants.partner.id)).toEqual({ due: 2, met: 1, executedPercent: 50 });
    const weOwe = await as('partnerAdmin').get('/obligations?view=we-owe&status=open').expect(200);
    expect(weOwe.body.data.map((o: { id: string; overdue: boolean }) => [o.id, o.overdue])).toEqual([
      [byDeliverable, true],
    ]);

    // Marking it met again needs the deliverable accepted again: 409 naming its status.
    const refused = await as('partnerAdmin').post(`${obligations()}/${byDeliverable}/met`, {}).expect(409);
    expect(refused.body).toMatchObject({ evidenceKind: 'deliverable', evidenceStatus: 'rejected' });
  });

  it('records the reopening in the evidence chain and the owner’s audit log, by the platform', async () => {
    const { admin, tenants } = world;
    expect(await reopenedEvents()).toEqual([
      {
        actor_user_id: null,
        data: {
          obligationId: byDeliverable,
          evidence: { kind: 'deliverable', tenantId: tenants.owner.id, id: deliverableId },
          evidenceStatus: 'rejected',
        },
      },
    ]);
    const audit = await admin.query(
      `SELECT tenant_id, actor_user_id, data->'summary'->>'obligationId' AS obligation FROM audit_event
        WHERE target_type = 'convention' AND target_id = $1 AND action = 'convention.obligation_reopened'`,
      [conventionId],
    );
    expect(audit.rows).toEqual([
      { tenant_id: tenants.owner.id, actor_user_id: null, obligation: byDeliverable },
    ]);
    const verify = await as('manager').get('/audit/verify').expect(200);
    expect(verify.body.valid).toBe(true);
    const chain = await as('manager').get(`/conventions/${conventionId}/evidence`).expect(200);
    expect(JSON.stringify(chain.body)).toContain('obligation_reopened');
  });

  it('tells the owner’s managers and the partner’s admins, in-app and by e-mail, in their language', async () => {
    const { users } = world;
    const fr = await waitFor('the French e-mail', () => {
      const mails = smtp.to(users.manager.email).filter((m) => m.subject.includes('Obligation rouverte'));
      return mails.length > 0 ? mails : undefined;
    });
    expect(fr).toHaveLength(1);
    expect(fr[0].subject).toBe(`Obligation rouverte : ${reference}`);
    expect(fr[0].text).toContain('Arabic speech corpus');
    expect(fr[0].text).toContain(`https://jazari.test/conventions/${conventionId}/obligations`);
    // (An Arabic subject travels MIME-encoded: the body says it.)
    const ar = await waitFor('the Arabic e-mail', () => {
      const mails = smtp.to(users.partnerAdmin.email).filter((m) => m.text.includes('أُعيد فتح التزام'));
      return mails.length > 0 ? mails : undefined;
    });
    expect(ar).toHaveLength(1);
    expect(ar[0].text).toContain(`${reference} «Arabic speech corpus»`);
    expect(ar[0].html).toContain('dir="rtl"');

    for (const who of ['manager', 'partnerAdmin'] as const) {
      const inbox = await as(who).get('/me/notifications').expect(200);
      const reopened = inbox.body.data.filter(
        (n: { eventType: string }) => n.eventType === 'conventions.obligation_reopened',
      );
      expect(reopened).toHaveLength(1);
      expect(reopened[0]).toMatchObject({
        actionRequired: true,
        link: `/conventions/${conventionId}/obligations`,
        title: {
          fr: `Obligation rouverte : ${reference}`,
          ar: `إعادة فتح التزام: ${reference}`,
          en: `Obligation reopened: ${reference}`,
        },
      });
    }
    // The other tenant's manager hears nothing of it.
    const theirs = await as('intruder').get('/me/notifications').expect(200);
    expect(
      theirs.body.data.filter((n: { eventType: string }) => n.eventType.startsWith('conventions.')),
    ).toEqual([]);
    expect(smtp.to(world.users.intruder.email)).toEqual([]);
  });

  it('reopens once only, even when the event is delivered again', async () => {
    const { admin } = world;
    const { rows } = await admin.query<{
      id: string;
      tenant_id: string;
      type: JobName;
      version: number;
      payload: unknown;
    }>(
      `SELECT id, tenant_id, type, version, payload FROM outbox_event
        WHERE type = 'projects.evidence_withdrawn' AND payload->>'id' = $1`,
      [deliverableId],
    );
    expect(rows).toHaveLength(1);
    const [event] = rows;
    await admin.query(`DELETE FROM outbox_handled WHERE event_id = $1`, [event.id]);
    const envelope = {
      v: event.version,
      eventId: event.id,
      tenantId: event.tenant_id,
      payload: event.payload,
    } as JobEnvelope;
    const handler = world.worker.get(JobHandlerRegistry).get(event.type);
    await world.worker.get<symbol, JobRunner>(JOB_RUNNER).run(event.type, envelope, handler!.handle);
    await idle(world.worker);
    expect(await reopenedEvents()).toHaveLength(1);
    const notices = await admin.query(
      `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'conventions.obligation_reopened'`,
    );
    expect(notices.rows[0].n).toBe(1);
  });

  it('reopens the obligation met with a milestone that is no longer done', async () => {
    const { tenants } = world;
    await as('manager')
      .patch(`/projects/${projectId}/milestones/${milestoneId}`, { doneDate: null })
      .expect(200);
    await idle(world.worker);
    expect((await statusOf(byMilestone)).status).toBe('open');
    const e = await execution();
    expect({ met: e.met, executedPercent: e.executedPercent }).toEqual({ met: 0, executedPercent: 0 });
    expect(party(e, tenants.partner.id)).toEqual({ due: 2, met: 0, executedPercent: 0 });
    expect((await reopenedEvents()).map((r) => [r.data.obligationId, r.data.evidenceStatus])).toEqual([
      [byDeliverable, 'rejected'],
      [byMilestone, 'not_done'],
    ]);
  });

  it('reopens it again when the milestone, done and met again, is removed', async () => {
    await as('manager')
      .patch(`/projects/${projectId}/milestones/${milestoneId}`, { doneDate: '2026-03-10' })
      .expect(200);
    await as('manager').post(`${obligations()}/${byMilestone}/met`, {}).expect(200);
    await idle(world.worker);
    expect((await statusOf(byMilestone)).status).toBe('met');
    await as('manager').delete(`/projects/${projectId}/milestones/${milestoneId}`).expect(204);
    await idle(world.worker);
    expect((await statusOf(byMilestone)).status).toBe('open');
    expect((await reopenedEvents()).at(-1)?.data).toMatchObject({
      obligationId: byMilestone,
      evidenceStatus: 'removed',
    });
  });
});
