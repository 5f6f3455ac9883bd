import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { verifyAllChains } from '@jazari/audit';
import { ManualClock } from '@jazari/config';
import { uuidv7 } from '@jazari/database';
import { ResourceSweepService } from '@jazari/resources';
import {
  adminClient,
  createTenant,
  createUser,
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
 * Issue 16 point 14: everything that changes a commitment between tenants is in the hash-chained audit
 * log, in the transaction of the change — allocation requests, decisions, withdrawals, the sweep's
 * activations and expiries, usage records, bookings and their cancellation, workshop registrations
 * (registering, waitlisting, promotion, invitations, declining, cancelling, check-in), workshop changes
 * and action items, deliverable submissions and reviews, a project's partners. Each entry goes to the chain of the tenant
 * whose row changed (the owner, the organiser), names the actor and, when they act from another tenant,
 * that tenant too; the chain verifies; another tenant reads none of it; a refused act writes nothing.
 */
jest.setTimeout(120_000);

interface Entry {
  seq: number;
  action: string;
  actor: { userId: string | null; apiKeyId: string | null };
  target: { type: string; id: string };
  data: Record<string, unknown>;
}

describe('audit chain coverage of commitments between tenants', () => {
  // The API's clock stands in March 2032; the worker's moves on to run the allocation sweep.
  const clock = new ManualClock('2032-03-01T10:00:00Z');
  const workerClock = new ManualClock('2032-03-01T10:00:00Z');
  const config = testConfig();
  let api: NestFastifyApplication;
  let worker: NestFastifyApplication;
  let admin: pg.Client;
  let a: TestTenant;
  let b: TestTenant;
  let p: TestTenant;
  let c: TestTenant;
  let people: Record<
    'aManager' | 'aResearcher' | 'bManager' | 'bResearcher' | 'pMember' | 'cManager',
    TestUser
  >;
  let s: Record<keyof typeof people, SignedIn>;

  const http = () => request(api.getHttpServer());
  const as = (session: SignedIn) => {
    const auth = { authorization: `Bearer ${session.accessToken}` };
    return {
      get: (path: string) => http().get(`/api/v1${path}`).set(auth),
      post: (path: string, body: object = {}) => http().post(`/api/v1${path}`).set(auth).send(body),
      put: (path: string, body: object) => http().put(`/api/v1${path}`).set(auth).send(body),
      patch: (path: string, body: object) => http().patch(`/api/v1${path}`).set(auth).send(body),
    };
  };
  /** The tenant's chain as its administrator reads it through the API, oldest first. */
  const chainOf = async (session: SignedIn): Promise<Entry[]> => {
    const res = await as(session).get('/audit/events?limit=200').expect(200);
    return (res.body.data as Entry[]).reverse();
  };
  const entriesFor = (chain: Entry[], targetId: string) =>
    chain.filter((e) => e.target.id === targetId).map((e) => e.action);
  const auditCount = async (tenant: TestTenant) =>
    (
      await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE tenant_id = $1`, [
        tenant.id,
      ])
    ).rows[0].n;
  const project = async (tenant: TestTenant, lead: TestUser): Promise<string> => {
    const id = uuidv7();
    await admin.query(
      `INSERT INTO project (tenant_id, id, type, title, lead_user_id, created_by)
       VALUES ($1, $2, 'startup_support', 'Darija ASR', $3, $3)`,
      [tenant.id, id, lead.id],
    );
    return id;
  };

  const ids = {} as Record<
    | 'gpu'
    | 'lab'
    | 'allocation'
    | 'withdrawn'
    | 'booking'
    | 'workshop'
    | 'bRegistration'
    | 'pRegistration'
    | 'invitation'
    | 'actionItem'
    | 'aProject'
    | 'bProject'
    | 'deliverable',
    string
  >;

  beforeAll(async () => {
    admin = await adminClient();
    a = await createTenant(admin, 'institute');
    b = await createTenant(admin, 'institute');
    p = await createTenant(admin, 'partner');
    c = await createTenant(admin, 'institute');
    people = {
      aManager: await createUser(admin, [{ tenant: a, role: 'institute_manager' }]),
      aResearcher: await createUser(admin, [{ tenant: a, role: 'researcher' }]),
      bManager: await createUser(admin, [{ tenant: b, role: 'institute_manager' }]),
      bResearcher: await createUser(admin, [{ tenant: b, role: 'researcher' }]),
      pMember: await createUser(admin, [{ tenant: p, role: 'partner_member' }]),
      cManager: await createUser(admin, [{ tenant: c, role: 'institute_manager' }]),
    };
    api = await createApi(config, { clock });
    worker = await createWorker(config, { clock: workerClock });
    s = Object.fromEntries(
      await Promise.all(
        Object.entries(people).map(async ([k, u]) => [k, await signIn(api, u.email, u.password)] as const),
      ),
    ) as typeof s;
    ids.aProject = await project(a, people.aManager);
    ids.bProject = await project(b, people.bResearcher);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await admin?.end();
  });

  it('records allocation requests, decisions, the sweep, usage and bookings in the owner’s chain', async () => {
    const publish = async (body: object) =>
      (
        await as(s.aManager)
          .post('/resources', {
            capacity: '1000',
            period: 'month',
            visibility: 'listed',
            visibleTo: [b.id],
            ...body,
          })
          .expect(201)
      ).body.id as string;
    ids.gpu = await publish({ kind: 'compute', name: 'GPU pool', unit: 'gpu_hour' });
    ids.lab = await publish({
      kind: 'lab',
      name: 'Robotics lab',
      unit: 'slot',
      bookable: true,
      directBooking: true,
    });
    const ask = (quantity: string, extra: object = {}) =>
      as(s.bResearcher).post(`/resources/${ids.gpu}/allocations`, {
        projectId: ids.bProject,
        quantity,
        startsOn: '2032-03-05',
        endsOn: '2032-03-20',
        justification: 'Training a Darija speech model',
        acceptTermsVersion: 1,
        ...extra,
      });

    // A refused request writes nothing to any chain.
    const before = { a: await auditCount(a), b: await auditCount(b) };
    await ask('0').expect(400);
    await ask('10', { acceptTermsVersion: 9 }).expect(409);
    expect({ a: await auditCount(a), b: await auditCount(b) }).toEqual(before);

    ids.allocation = (await ask('100').expect(201)).body.id;
    await as(s.aManager).post(`/allocations/${ids.allocation}/approve`, { quantity: '80' }).expect(200);
    ids.withdrawn = (await ask('5').expect(201)).body.id;
    await as(s.bResearcher)
      .post(`/allocations/${ids.withdrawn}/withdraw`, { reason: 'Not needed' })
      .expect(200);

    workerClock.set('2032-03-06T08:00:00Z');
    expect(await worker.get(ResourceSweepService).sweep({ tenantIds: [a.id] })).toMatchObject({
      activated: 1,
    });
    await as(s.bManager)
      .post(`/allocations/${ids.allocation}/usage`, { quantity: '10', note: 'run 1' })
      .expect(201);

    const slot = { startsAt: '2032-03-10T09:00:00.000Z', endsAt: '2032-03-10T10:00:00.000Z' };
    ids.booking = (await as(s.bResearcher).post(`/resources/${ids.lab}/bookings`, slot).expect(201)).body.id;
    const taken = await auditCount(a);
    await as(s.aResearcher).post(`/resources/${ids.lab}/bookings`, slot).expect(409);
    expect(await auditCount(a)).toBe(taken);
    await as(s.bResearcher).post(`/resources/${ids.lab}/bookings/${ids.booking}/cancel`).expect(200);

    workerClock.set('2032-03-21T08:00:00Z');
    expect(await worker.get(ResourceSweepService).sweep({ tenantIds: [a.id] })).toMatchObject({ expired: 1 });

    const chain = await chainOf(s.aManager);
    expect(entriesFor(chain, ids.allocation)).toEqual([
      'resource_allocation.requested',
      'resource_allocation.approved',
      'resource_allocation.activated',
      'resource_allocation.usage_recorded',
      'resource_allocation.expired',
    ]);
    expect(entriesFor(chain, ids.withdrawn)).toEqual([
      'resource_allocation.requested',
      'resource_allocation.withdrawn',
    ]);
    expect(entriesFor(chain, ids.booking)).toEqual([
      'resource_booking.created',
      'resource_booking.cancelled',
    ]);

    const find = (targetId: string, action: string) =>
      chain.find((e) => e.target.id === targetId && e.action === action)!;
    // The requester's acts name the requesting tenant; the owner's own acts and the sweep's do not need to.
    expect(find(ids.allocation, 'resource_allocation.requested')).toMatchObject({
      actor: { userId: people.bResearcher.id, apiKeyId: null },
      target: { type: 'resource_allocation', id: ids.allocation },
      data: { actorTenantId: b.id, resourceId: ids.gpu, projectId: ids.bProject, quantity: '100' },
    });
    expect(find(ids.allocation, 'resource_allocation.approved')).toMatchObject({
      actor: { userId: people.aManager.id },
      data: { quantity: '80' },
    });
    expect(find(ids.allocation, 'resource_allocation.approved').data).not.toHaveProperty('actorTenantId');
    expect(find(ids.allocation, 'resource_allocation.activated')).toMatchObject({
      actor: { userId: null, apiKeyId: null },
      data: { from: 'approved', by: 'sweep' },
    });
    expect(find(ids.allocation, 'resource_allocation.usage_recorded')).toMatchObject({
      actor: { userId: people.bManager.id },
      data: { actorTenantId: b.id, quantity: '10', used: '10', approved: '80' },
    });
    expect(find(ids.withdrawn, 'resource_allocation.withdrawn')).toMatchObject({
      actor: { userId: people.bResearcher.id },
      data: { actorTenantId: b.id, from: 'pending', reason: 'Not needed' },
    });
    expect(find(ids.booking, 'resource_booking.created')).toMatchObject({
      actor: { userId: people.bResearcher.id },
      target: { type: 'resource_booking', id: ids.booking },
      data: { actorTenantId: b.id, resourceId: ids.lab, ...slot },
    });
    expect(find(ids.booking, 'resource_booking.cancelled')).toMatchObject({
      data: { actorTenantId: b.id, bookerTenantId: b.id },
    });
    // Written in the owner's chain, not the requester's.
    const rows = await admin.query<{ tenant_id: string }>(
      `SELECT DISTINCT tenant_id FROM audit_event WHERE target_id = ANY($1::text[])`,
      [[ids.allocation, ids.withdrawn, ids.booking]],
    );
    expect(rows.rows).toEqual([{ tenant_id: a.id }]);
  });

  it('records workshop registrations, invitations, promotions, check-ins and changes in the organiser’s chain', async () => {
    const created = await as(s.aManager)
      .post('/workshops', {
        kind: 'seminar',
        title: 'Seminar: Arabic speech',
        startsAt: '2032-03-20T09:00:00.000Z',
        endsAt: '2032-03-20T12:00:00.000Z',
        venue: 'Amphi A',
        capacity: 1,
        audience: 'network',
      })
      .expect(201);
    ids.workshop = created.body.id;
    await as(s.aManager).post(`/workshops/${ids.workshop}/publish`).expect(200);
    ids.bRegistration = (
      await as(s.bResearcher).post(`/workshops/${ids.workshop}/register`).expect(200)
    ).body.id;
    const waiting = await as(s.pMember).post(`/workshops/${ids.workshop}/register`).expect(200);
    expect(waiting.body.status).toBe('waitlisted');
    ids.pRegistration = waiting.body.id;
    // Registering twice is refused, and writes nothing.
    const count = await auditCount(a);
    await as(s.pMember).post(`/workshops/${ids.workshop}/register`).expect(409);
    expect(await auditCount(a)).toBe(count);
    await as(s.bResearcher).post(`/workshops/${ids.workshop}/cancel-registration`).expect(200);
    const invited = await as(s.aManager)
      .post(`/workshops/${ids.workshop}/invitations`, {
        invitees: [{ tenantId: b.id, userId: people.bManager.id }],
      })
      .expect(200);
    ids.invitation = invited.body.invited[0];
    await as(s.bManager).post(`/workshops/${ids.workshop}/invitation/decline`).expect(200);
    await as(s.aManager)
      .post(`/workshops/${ids.workshop}/registrations/${ids.pRegistration}/check-in`)
      .expect(200);
    await as(s.aManager)
      .patch(`/workshops/${ids.workshop}`, { title: 'Seminar: Arabic speech (room B)' })
      .expect(200);

    const item = await as(s.aManager)
      .post(`/workshops/${ids.workshop}/action-items`, {
        title: 'Share the corpus',
        assigneeUserId: people.aResearcher.id,
        dueDate: '2032-04-01',
      })
      .expect(201);
    ids.actionItem = item.body.id;
    await as(s.aManager)
      .patch(`/workshops/${ids.workshop}/action-items/${ids.actionItem}`, { status: 'done' })
      .expect(200);

    const chain = await chainOf(s.aManager);
    expect(entriesFor(chain, ids.actionItem)).toEqual([
      'workshop_action_item.added',
      'workshop_action_item.updated',
    ]);
    expect(chain.find((e) => e.action === 'workshop_action_item.updated')).toMatchObject({
      actor: { userId: people.aManager.id },
      target: { type: 'workshop_action_item', id: ids.actionItem },
      data: { workshopId: ids.workshop, assigneeUserId: people.aResearcher.id, status: 'done' },
    });
    expect(entriesFor(chain, ids.bRegistration)).toEqual([
      'workshop_registration.registered',
      'workshop_registration.cancelled',
    ]);
    expect(entriesFor(chain, ids.pRegistration)).toEqual([
      'workshop_registration.waitlisted',
      'workshop_registration.promoted',
      'workshop_registration.checked_in',
    ]);
    expect(entriesFor(chain, ids.invitation)).toEqual([
      'workshop_registration.invited',
      'workshop_registration.declined',
    ]);
    expect(entriesFor(chain, ids.workshop)).toEqual([
      'workshop.created',
      'workshop.published',
      'workshop.updated',
    ]);
    const find = (targetId: string, action: string) =>
      chain.find((e) => e.target.id === targetId && e.action === action)!;
    expect(find(ids.bRegistration, 'workshop_registration.registered')).toMatchObject({
      actor: { userId: people.bResearcher.id },
      target: { type: 'workshop_registration', id: ids.bRegistration },
      data: {
        actorTenantId: b.id,
        workshopId: ids.workshop,
        userId: people.bResearcher.id,
        registrantTenantId: b.id,
      },
    });
    // The promotion is the consequence of B's cancellation: B's researcher is its actor.
    expect(find(ids.pRegistration, 'workshop_registration.promoted')).toMatchObject({
      actor: { userId: people.bResearcher.id },
      data: { actorTenantId: b.id, userId: people.pMember.id, registrantTenantId: p.id, from: 'waitlisted' },
    });
    expect(find(ids.invitation, 'workshop_registration.invited')).toMatchObject({
      actor: { userId: people.aManager.id },
      data: { userId: people.bManager.id, registrantTenantId: b.id },
    });
    expect(find(ids.invitation, 'workshop_registration.declined')).toMatchObject({
      actor: { userId: people.bManager.id },
      data: { actorTenantId: b.id, from: 'invited' },
    });
    expect(find(ids.pRegistration, 'workshop_registration.checked_in')).toMatchObject({
      actor: { userId: people.aManager.id },
      data: { by: 'organiser', registrantTenantId: p.id },
    });
    expect(find(ids.workshop, 'workshop.updated')).toMatchObject({ data: { fields: ['title'] } });
  });

  it('records deliverable submissions and reviews, and a project’s partners, in the owner’s chain', async () => {
    const base = `/projects/${ids.aProject}`;
    await as(s.aManager)
      .put(`${base}/partners`, { partnerTenantIds: [p.id] })
      .expect(200);
    ids.deliverable = (
      await as(s.aManager)
        .post(`${base}/deliverables`, { kind: 'dataset', title: 'Darija corpus', dueDate: '2032-06-01' })
        .expect(201)
    ).body.id;
    const deliverable = `${base}/deliverables/${ids.deliverable}`;
    await as(s.aManager).post(`${deliverable}/submit`).expect(200);
    await as(s.aManager).post(`${deliverable}/reject`, { comment: 'Licence missing' }).expect(200);
    // A review out of turn is refused and writes nothing.
    const count = await auditCount(a);
    await as(s.aManager).post(`${deliverable}/accept`, {}).expect(409);
    expect(await auditCount(a)).toBe(count);
    await as(s.aManager).post(`${deliverable}/submit`).expect(200);
    await as(s.aManager).post(`${deliverable}/accept`, { comment: 'Good' }).expect(200);

    const chain = await chainOf(s.aManager);
    expect(entriesFor(chain, ids.deliverable)).toEqual([
      'deliverable.submitted',
      'deliverable.rejected',
      'deliverable.submitted',
      'deliverable.accepted',
    ]);
    expect(chain.find((e) => e.action === 'deliverable.rejected')).toMatchObject({
      actor: { userId: people.aManager.id },
      target: { type: 'deliverable', id: ids.deliverable },
      data: { projectId: ids.aProject, from: 'submitted', to: 'rejected', comment: 'Licence missing' },
    });
    expect(chain.find((e) => e.action === 'project.partners_changed')).toMatchObject({
      actor: { userId: people.aManager.id },
      target: { type: 'project', id: ids.aProject },
      data: { added: [p.id], removed: [] },
    });
  });

  it('keeps every chain valid, and shows the entries to the owner only', async () => {
    const verified = await as(s.aManager).get('/audit/verify').expect(200);
    expect(verified.body).toMatchObject({ valid: true, chains: [{ tenantId: a.id, valid: true }] });
    expect(verified.body.checked).toBeGreaterThanOrEqual(25);
    // What `npm run audit:verify` runs, over every chain of the database.
    expect((await verifyAllChains(admin)).valid).toBe(true);

    const targets = Object.values(ids);
    for (const outsider of [s.bManager, s.cManager]) {
      const seen = (await chainOf(outsider)).filter((e) => targets.includes(e.target.id));
      expect(seen).toEqual([]);
      const verifiedOther = await as(outsider).get('/audit/verify').expect(200);
      expect(verifiedOther.body.chains.map((ch: { tenantId: string }) => ch.tenantId)).not.toContain(a.id);
    }
    // A partner member and a researcher do not read audit logs at all.
    await as(s.pMember).get('/audit/events').expect(403);
    await as(s.aResearcher).get('/audit/events').expect(403);
  });
});
