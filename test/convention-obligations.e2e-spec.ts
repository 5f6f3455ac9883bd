import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { ManualClock } from '@jazari/config';
import { uuidv7 } from '@jazari/database';
import {
  adminClient,
  createTenant,
  createUser,
  signIn,
  testConfig,
  type SignedIn,
  type TestTenant,
} from '@jazari/testing';
import type pg from 'pg';
import request from 'supertest';

describe('convention obligations', () => {
  const config = testConfig();
  // "Today" is 10 February 2031 in Casablanca: an obligation due on 1 February is overdue.
  const clock = new ManualClock('2031-02-10T10:00:00Z');
  let admin: pg.Client;
  let api: NestFastifyApplication;
  let owner: TestTenant;
  let partner: TestTenant;
  let outsider: TestTenant;
  let manager: SignedIn;
  let partnerAdmin: SignedIn;
  let partnerAdminId: string;
  let partnerMember: SignedIn;
  let intruder: SignedIn;
  let conventionId: string;
  let milestone: { tenantId: string; id: string };

  const http = () => request(api.getHttpServer());
  const as = (s: SignedIn) => ({ Authorization: `Bearer ${s.accessToken}` });
  const base = () => `/api/v1/conventions/${conventionId}/obligations`;

  beforeAll(async () => {
    admin = await adminClient();
    owner = await createTenant(admin, 'institute');
    partner = await createTenant(admin, 'partner');
    outsider = await createTenant(admin, 'institute');
    const m = await createUser(admin, [{ tenant: owner, role: 'institute_manager' }]);
    const pa = await createUser(admin, [{ tenant: partner, role: 'partner_admin' }]);
    partnerAdminId = pa.id;
    const pm = await createUser(admin, [{ tenant: partner, role: 'partner_member' }]);
    const o = await createUser(admin, [{ tenant: outsider, role: 'institute_manager' }]);
    conventionId = uuidv7();
    const seq = Math.floor(Math.random() * 1e9);
    await admin.query(
      `INSERT INTO convention (tenant_id, id, reference, ref_year, ref_seq, title, type, status, effective_date,
                               expiry_date, created_by, activated_at)
       VALUES ($1, $2, $3, 2031, $4, 'Speech corpus partnership', 'partnership', 'active', '2031-01-01',
               '2033-12-31', $5, '2031-01-05T10:00:00Z')`,
      [owner.id, conventionId, `OBL-2031-${seq}`, seq, m.id],
    );
    await admin.query(
      `INSERT INTO convention_party (tenant_id, convention_id, party_tenant_id, role_label, position)
       VALUES ($1, $2, $1, 'Porteur', 0), ($1, $2, $3, 'Partenaire', 1)`,
      [owner.id, conventionId, partner.id],
    );
    const [row] = (
      await admin.query(
        `WITH p AS (INSERT INTO project (tenant_id, id, type, title, lead_user_id, created_by)
                    VALUES ($1, gen_random_uuid(), 'research', 'Corpus', $2, $2) RETURNING tenant_id, id)
         INSERT INTO milestone (tenant_id, id, project_id, title, due_date)
         SELECT tenant_id, gen_random_uuid(), id, 'Corpus annotated', '2031-01-31' FROM p RETURNING tenant_id, id`,
        [owner.id, m.id],
      )
    ).rows;
    milestone = { tenantId: row.tenant_id, id: row.id };
    api = await createApi(config, { clock });
    manager = await signIn(api, m.email, m.password);
    partnerAdmin = await signIn(api, pa.email, pa.password);
    partnerMember = await signIn(api, pm.email, pm.password);
    intruder = await signIn(api, o.email, o.password);
  });
  afterAll(async () => {
    await api?.close();
    await admin?.end();
  });

  let partnerOwes: string;
  let ownerOwes: string;

  it('lets the owner’s managers add obligations for a party, with an optional evidence link', async () => {
    const a = await http()
      .post(base())
      .set(as(manager))
      .send({
        description: 'Deliver 100 hours of speech',
        responsibleTenantId: partner.id,
        dueDate: '2031-02-01',
      })
      .expect(201);
    expect(a.body).toMatchObject({
      convention: { id: conventionId, title: 'Speech corpus partnership' },
      responsibleTenantId: partner.id,
      dueDate: '2031-02-01',
      status: 'open',
      overdue: true,
      evidence: null,
    });
    partnerOwes = a.body.id;
    const b = await http()
      .post(base())
      .set(as(manager))
      .send({
        description: 'Annotate the corpus',
        responsibleTenantId: owner.id,
        dueDate: '2031-06-30',
        evidence: { kind: 'milestone', ...milestone },
      })
      .expect(201);
    expect(b.body).toMatchObject({ overdue: false, evidence: { kind: 'milestone', ...milestone } });
    ownerOwes = b.body.id;

    const notParty = await http()
      .post(base())
      .set(as(manager))
      .send({ description: 'X', responsibleTenantId: outsider.id, dueDate: '2031-06-30' })
      .expect(422);
    expect(notParty.body.type).toMatch(/not-a-party$/);
    const noEvidence = await http()
      .post(base())
      .set(as(manager))
      .send({
        description: 'X',
        responsibleTenantId: owner.id,
        dueDate: '2031-06-30',
        evidence: { kind: 'deliverable', tenantId: owner.id, id: uuidv7() },
      })
      .expect(422);
    expect(noEvidence.body.type).toMatch(/evidence-not-found$/);
    // A party that is not the owner reads them but does not add them.
    await http()
      .post(base())
      .set(as(partnerAdmin))
      .send({ description: 'X', responsibleTenantId: partner.id, dueDate: '2031-06-30' })
      .expect(403);

    const events = await admin.query(
      `SELECT type FROM convention_event WHERE tenant_id = $1 AND convention_id = $2 ORDER BY seq`,
      [owner.id, conventionId],
    );
    expect(events.rows.map((r) => r.type)).toEqual(['obligation_added', 'obligation_added']);
  });

  it('shows a non-party nothing: 404 on every obligation route', async () => {
    await http().get(base()).set(as(intruder)).expect(404);
    await http().post(`${base()}/${partnerOwes}/met`).set(as(intruder)).send({}).expect(404);
    await http()
      .patch(`${base()}/${partnerOwes}`)
      .set(as(intruder))
      .send({ description: 'Intruded' })
      .expect(404);
    const mine = await http().get('/api/v1/obligations?view=owed-to-us').set(as(intruder)).expect(200);
    expect(mine.body.data).toEqual([]);
  });

  it('flags overdue obligations to every party, by due date', async () => {
    const list = await http().get(base()).set(as(partnerAdmin)).expect(200);
    expect(list.body.data.map((o: { id: string; overdue: boolean }) => [o.id, o.overdue])).toEqual([
      [partnerOwes, true],
      [ownerOwes, false],
    ]);
    // Time moves: the owner's obligation falls overdue too.
    clock.set('2031-07-01T10:00:00Z');
    const later = await http().get(base()).set(as(manager)).expect(200);
    expect(later.body.data.map((o: { overdue: boolean }) => o.overdue)).toEqual([true, true]);
    clock.set('2031-02-10T10:00:00Z');
  });

  it('splits what a tenant owes from what it is owed, with cursor pagination', async () => {
    const ids = (body: { data: { id: string }[] }) => body.data.map((o) => o.id);
    const weOwe = await http().get('/api/v1/obligations?view=we-owe').set(as(partnerAdmin)).expect(200);
    expect(ids(weOwe.body)).toEqual([partnerOwes]);
    expect(weOwe.body.data[0].overdue).toBe(true);
    const owedToUs = await http()
      .get('/api/v1/obligations?view=owed-to-us')
      .set(as(partnerAdmin))
      .expect(200);
    expect(ids(owedToUs.body)).toEqual([ownerOwes]);
    const ownerWeOwe = await http().get('/api/v1/obligations?view=we-owe').set(as(manager)).expect(200);
    expect(ids(ownerWeOwe.body)).toEqual([ownerOwes]);

    const first = await http().get(`${base()}?limit=1`).set(as(manager)).expect(200);
    expect(ids(first.body)).toEqual([partnerOwes]);
    const second = await http()
      .get(`${base()}?limit=1&cursor=${first.body.nextCursor}`)
      .set(as(manager))
      .expect(200);
    expect(ids(second.body)).toEqual([ownerOwes]);
    expect(second.body.nextCursor).toBeNull();
    await http().get('/api/v1/obligations?view=everything').set(as(manager)).expect(400);
  });

  it('is marked met by the responsible party’s admins, written in the owner’s scope', async () => {
    await http().post(`${base()}/${partnerOwes}/met`).set(as(partnerMember)).send({}).expect(403);
    const notYours = await http()
      .post(`${base()}/${ownerOwes}/met`)
      .set(as(partnerAdmin))
      .send({})
      .expect(403);
    expect(notYours.body.type).toMatch(/obligation-not-yours$/);
    // The partner cannot link a milestone of a project it does not take part in.
    await http()
      .post(`${base()}/${partnerOwes}/met`)
      .set(as(partnerAdmin))
      .send({ evidence: { kind: 'milestone', ...milestone } })
      .expect(422);

    const met = await http()
      .post(`${base()}/${partnerOwes}/met`)
      .set(as(partnerAdmin))
      .send({ note: 'Delivered on the shared drive' })
      .expect(200);
    expect(met.body).toMatchObject({
      status: 'met',
      overdue: false,
      note: 'Delivered on the shared drive',
      metAt: '2031-02-10T10:00:00.000Z',
    });
    const row = await admin.query(`SELECT tenant_id, status FROM obligation WHERE id = $1`, [partnerOwes]);
    expect(row.rows[0]).toEqual({ tenant_id: owner.id, status: 'met' });
    const outbox = await admin.query(
      `SELECT tenant_id, payload FROM outbox_event WHERE type = 'conventions.obligation_met' AND payload->>'obligationId' = $1`,
      [partnerOwes],
    );
    expect(outbox.rows).toEqual([
      { tenant_id: owner.id, payload: { conventionId, obligationId: partnerOwes } },
    ]);
    const evidence = await admin.query(
      `SELECT actor_tenant_id, data FROM convention_event
        WHERE tenant_id = $1 AND convention_id = $2 AND type = 'obligation_met'`,
      [owner.id, conventionId],
    );
    expect(evidence.rows).toEqual([
      {
        actor_tenant_id: partner.id,
        data: { obligationId: partnerOwes, evidence: null, note: 'Delivered on the shared drive' },
      },
    ]);

    const again = await http()
      .post(`${base()}/${partnerOwes}/met`)
      .set(as(partnerAdmin))
      .send({})
      .expect(409);
    expect(again.body.type).toMatch(/obligation-closed$/);
    expect(again.body).toMatchObject({ status: 409, currentStatus: 'met' });
  });

  it('lets the owner change, mark and waive obligations; closed ones no longer change', async () => {
    const patched = await http()
      .patch(`${base()}/${ownerOwes}`)
      .set(as(manager))
      .send({ dueDate: '2031-03-31', evidence: null })
      .expect(200);
    expect(patched.body).toMatchObject({ dueDate: '2031-03-31', evidence: null });
    await http()
      .patch(`${base()}/${ownerOwes}`)
      .set(as(partnerAdmin))
      .send({ dueDate: '2031-04-01' })
      .expect(403);

    const waived = await http()
      .post(`${base()}/${ownerOwes}/waive`)
      .set(as(manager))
      .send({ note: 'Corpus no longer needed' })
      .expect(200);
    expect(waived.body).toMatchObject({ status: 'waived', metAt: null, overdue: false });
    const closed = await http()
      .patch(`${base()}/${ownerOwes}`)
      .set(as(manager))
      .send({ dueDate: '2031-05-01' })
      .expect(409);
    expect(closed.body.type).toMatch(/obligation-closed$/);
    const open = await http().get('/api/v1/obligations?view=we-owe&status=open').set(as(manager)).expect(200);
    expect(open.body.data).toEqual([]);

    // Every obligation change, the partner's included, is in the owner's audit chain, which verifies.
    const evidence = (
      await admin.query<{ seq: number; type: string }>(
        `SELECT seq, type FROM convention_event WHERE convention_id = $1 ORDER BY seq`,
        [conventionId],
      )
    ).rows;
    const entries = (
      await admin.query<{
        tenant_id: string;
        action: string;
        actor_user_id: string | null;
        data: { seq: number; summary: Record<string, unknown> };
      }>(
        `SELECT tenant_id, action, actor_user_id, data FROM audit_event
          WHERE target_type = 'convention' AND target_id = $1 ORDER BY seq`,
        [conventionId],
      )
    ).rows;
    expect(entries.map((e) => [e.tenant_id, e.action, e.data.seq])).toEqual(
      evidence.map((e) => [owner.id, `convention.${e.type}`, Number(e.seq)]),
    );
    expect([...new Set(entries.map((e) => e.action))].sort()).toEqual([
      'convention.obligation_added',
      'convention.obligation_met',
      'convention.obligation_updated',
      'convention.obligation_waived',
    ]);
    expect(entries.find((e) => e.action === 'convention.obligation_met')).toMatchObject({
      actor_user_id: partnerAdminId,
      data: { summary: { obligationId: partnerOwes, note: 'Delivered on the shared drive' } },
    });
    const verify = await http().get('/api/v1/audit/verify').set(as(manager)).expect(200);
    expect(verify.body.valid).toBe(true);
  });

  it('takes no new obligations once the convention is closed', async () => {
    await admin.query(`UPDATE convention SET status = 'expired' WHERE id = $1`, [conventionId]);
    const refused = await http()
      .post(base())
      .set(as(manager))
      .send({ description: 'Too late', responsibleTenantId: partner.id, dueDate: '2031-06-30' })
      .expect(409);
    expect(refused.body.type).toMatch(/convention-closed$/);
  });
});
