import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { enrolTotp, TEST_PASSWORD, testWorld, totpCode, type TestWorld } from '@jazari/testing';
import request from 'supertest';

type Tenants = 'lab' | 'acme' | 'other';
type Users = 'manager' | 'partner' | 'stranger';

/**
 * Issue 19's API fixes, as the parties read a convention: every signer by name whoever reads it, only
 * the moves this caller can take, obligations met only with real evidence, and the convention's
 * execution figure counted by hand.
 */
describe('a convention as each party reads it', () => {
  let world: TestWorld<Tenants, Users>;
  let id: string;

  const read = async (who: Users) => (await world.as(who).get(`/conventions/${id}`).expect(200)).body;

  beforeAll(async () => {
    world = await testWorld({
      tenants: { lab: 'institute', acme: 'partner', other: 'institute' },
      users: {
        manager: { tenant: 'lab', role: 'institute_manager', displayName: 'Salma Bennani' },
        partner: { tenant: 'acme', role: 'partner_admin', displayName: 'Youssef Amrani' },
        stranger: { tenant: 'other', role: 'institute_manager' },
      },
    });
    const { lab, acme } = world.tenants;
    const created = await world
      .as('manager')
      .post('/conventions', {
        title: 'Convention santé IA',
        type: 'partnership',
        parties: [
          { tenantId: lab.id, roleLabel: 'Porteur' },
          { tenantId: acme.id, roleLabel: 'Partenaire' },
        ],
      })
      .expect(201);
    id = created.body.id;
    await request(world.api.getHttpServer())
      .post(`/api/v1/conventions/${id}/documents?filename=convention.pdf`)
      .set({
        authorization: `Bearer ${world.sessions.manager.accessToken}`,
        'content-type': 'application/pdf',
      })
      .send(Buffer.from(`%PDF-1.7\nconvention ${id}\n%%EOF\n`))
      .expect(201);
    await world.as('manager').post(`/conventions/${id}/submit-for-review`).expect(200);
    await world
      .as('manager')
      .put(`/conventions/${id}/signers`, {
        signers: [
          { partyTenantId: acme.id, userId: world.users.partner.id, step: 1 },
          { partyTenantId: lab.id, userId: world.users.manager.id, step: 2 },
        ],
      })
      .expect(200);
  });
  afterAll(() => world?.close());

  it('names every signer to every party, and to no other tenant', async () => {
    const names = (c: { signers: { signers: { userId: string; displayName: string | null }[] } }) =>
      c.signers.signers.map((s) => [s.userId, s.displayName]);
    const expected = [
      [world.users.partner.id, 'Youssef Amrani'],
      [world.users.manager.id, 'Salma Bennani'],
    ];
    expect(names(await read('partner'))).toEqual(expected);
    expect(names(await read('manager'))).toEqual(expected);
    const strange = await world.as('stranger').get(`/conventions/${id}`).expect(404);
    expect(strange.body).not.toHaveProperty('signers');
  });

  it("lists each party's members as the people the owner's managers may name as signers", async () => {
    const { lab, acme } = world.tenants;
    const candidates = await world.as('manager').get(`/conventions/${id}/signer-candidates`).expect(200);
    expect(
      candidates.body.data.map((p: { partyTenantId: string; members: { displayName: string }[] }) => [
        p.partyTenantId,
        p.members.map((m) => m.displayName),
      ]),
    ).toEqual([
      [lab.id, ['Salma Bennani']],
      [acme.id, ['Youssef Amrani']],
    ]);
    expect(candidates.body.data[1].members[0]).toEqual({
      userId: world.users.partner.id,
      displayName: 'Youssef Amrani',
      role: 'partner_admin',
    });
    // A party reads the convention, not the other parties' people; another tenant learns nothing.
    await world.as('partner').get(`/conventions/${id}/signer-candidates`).expect(403);
    await world.as('stranger').get(`/conventions/${id}/signer-candidates`).expect(404);
  });

  it('offers each caller only the moves it can take, step by step to the seal', async () => {
    const moves = async (who: Users) => {
      const c = await read(who);
      return { allowed: c.allowedTransitions, canSign: c.canSign };
    };
    expect(await moves('manager')).toEqual({
      allowed: ['draft', 'out_for_signature', 'voided'],
      canSign: false,
    });
    expect(await moves('partner')).toEqual({ allowed: [], canSign: false });

    await world.as('manager').post(`/conventions/${id}/send`).expect(200);
    // Step 1 is the partner's: it may decline; signing does not activate (a signer is left after it).
    expect(await moves('partner')).toEqual({ allowed: ['declined'], canSign: true });
    // The manager signs in step 2: not yet. Never `expired` (the reminders job's) nor `active`.
    expect(await moves('manager')).toEqual({ allowed: ['draft', 'voided'], canSign: false });
    // Another tenant cannot sign, nor learn there is something to sign.
    await world.as('stranger').post(`/conventions/${id}/sign`, { password: TEST_PASSWORD }).expect(404);

    // Signing takes a fresh second factor: the partner sets one up first.
    await enrolTotp(world.api, world.sessions.partner.accessToken, world.users.partner.email);
    await world
      .as('partner')
      .post(`/conventions/${id}/sign`, {
        password: TEST_PASSWORD,
        secondFactorCode: await totpCode(world.users.partner.email),
      })
      .expect(200);
    expect(await moves('partner')).toEqual({ allowed: [], canSign: false });
    expect(await moves('manager')).toEqual({
      allowed: ['active', 'declined', 'draft', 'voided'],
      canSign: true,
    });
    const partnerView = await read('partner');
    expect(partnerView.signers.signers[0]).toMatchObject({ displayName: 'Youssef Amrani', status: 'signed' });

    await enrolTotp(world.api, world.sessions.manager.accessToken, world.users.manager.email);
    const last = await world
      .as('manager')
      .post(`/conventions/${id}/sign`, {
        password: TEST_PASSWORD,
        secondFactorCode: await totpCode(world.users.manager.email),
      })
      .expect(200);
    expect(last.body.status).toBe('active');
    expect(await moves('manager')).toEqual({ allowed: ['terminated'], canSign: false });
    expect(await moves('partner')).toEqual({ allowed: [], canSign: false });
  });

  it('meets an obligation with a deliverable only once it is accepted', async () => {
    const { lab, acme } = world.tenants;
    const [deliverable] = (
      await world.admin.query<{ tenant_id: string; id: string }>(
        `WITH p AS (INSERT INTO project (tenant_id, id, type, title, lead_user_id, created_by)
                    VALUES ($1, gen_random_uuid(), 'research', 'Imagerie', $2, $2) RETURNING tenant_id, id)
         INSERT INTO deliverable (tenant_id, id, project_id, kind, title, due_date)
         SELECT tenant_id, gen_random_uuid(), id, 'dataset', 'Jeu annoté', '2020-01-10' FROM p
         RETURNING tenant_id, id`,
        [lab.id, world.users.manager.id],
      )
    ).rows;
    const add = async (responsible: string, dueDate: string, evidence?: object) =>
      (
        await world
          .as('manager')
          .post(`/conventions/${id}/obligations`, {
            description: `Livrable ${dueDate}`,
            responsibleTenantId: responsible,
            dueDate,
            ...(evidence ? { evidence } : {}),
          })
          .expect(201)
      ).body.id as string;
    const withDeliverable = await add(acme.id, '2020-01-10', {
      kind: 'deliverable',
      tenantId: deliverable.tenant_id,
      id: deliverable.id,
    });
    const plain = await add(acme.id, '2020-02-10');
    const labOwes = await add(lab.id, '2020-03-10');
    const notDueYet = await add(acme.id, '2099-01-01');
    const waived = await add(lab.id, '2020-04-10');
    const met = (obligationId: string) =>
      world.as('partner').post(`/conventions/${id}/obligations/${obligationId}/met`, {});

    // Another tenant learns nothing, and changes nothing.
    await world.as('stranger').post(`/conventions/${id}/obligations/${withDeliverable}/met`, {}).expect(404);

    const planned = await met(withDeliverable).expect(409);
    expect(planned.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(planned.body).toMatchObject({
      status: 409,
      title: 'La preuve ne montre pas encore l’obligation remplie',
      evidenceKind: 'deliverable',
      evidenceStatus: 'planned',
    });
    expect(planned.body.type).toMatch(/evidence-not-ready$/);
    await world.admin.query(`UPDATE deliverable SET status = 'submitted' WHERE id = $1`, [deliverable.id]);
    expect((await met(withDeliverable).expect(409)).body.evidenceStatus).toBe('submitted');
    const open = await world.admin.query(`SELECT status, met_at FROM obligation WHERE id = $1`, [
      withDeliverable,
    ]);
    expect(open.rows).toEqual([{ status: 'open', met_at: null }]);
    const events = await world.admin.query(
      `SELECT count(*)::int AS n FROM convention_event WHERE convention_id = $1 AND type = 'obligation_met'`,
      [id],
    );
    expect(events.rows[0].n).toBe(0);

    await world.admin.query(`UPDATE deliverable SET status = 'accepted' WHERE id = $1`, [deliverable.id]);
    expect((await met(withDeliverable).expect(200)).body.status).toBe('met');
    await met(plain).expect(200);
    await met(notDueYet).expect(200);
    await world.as('manager').post(`/conventions/${id}/obligations/${waived}/waive`, {}).expect(200);

    // By hand: due to date and not waived — withDeliverable, plain (acme), labOwes (lab); met — the two
    // of acme; overdue — labOwes. The one met early is not due, the waived one counts for nothing.
    const names = new Map(
      (
        await world.admin.query<{ id: string; legal_name: string }>(
          `SELECT id, legal_name FROM tenant WHERE id = ANY($1::uuid[])`,
          [[lab.id, acme.id]],
        )
      ).rows.map((r) => [r.id, r.legal_name]),
    );
    const byParty = [
      { tenantId: acme.id, name: names.get(acme.id), due: 2, met: 2, overdue: 0, executedPercent: 100 },
      { tenantId: lab.id, name: names.get(lab.id), due: 1, met: 0, overdue: 1, executedPercent: 0 },
    ];
    for (const who of ['partner', 'manager'] as const) {
      const { execution } = await read(who);
      expect(execution).toMatchObject({ due: 3, met: 2, overdue: 1, executedPercent: 66.7 });
      expect(execution.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(execution.byParty).toHaveLength(2);
      expect(execution.byParty).toEqual(expect.arrayContaining(byParty));
    }
    expect(labOwes).toBeDefined();
  });
});
