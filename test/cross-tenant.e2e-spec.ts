import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { uuidv7 } from '@jazari/database';
import { FILE_STORAGE, type FileStorage } from '@jazari/storage';
import {
  adminClient,
  createTenant,
  createUser,
  ensureRootTenant,
  signIn,
  testConfig,
  type SignedIn,
  type TestTenant,
} from '@jazari/testing';
import type pg from 'pg';
import request from 'supertest';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
const METHODS: readonly Method[] = ['get', 'post', 'put', 'patch', 'delete'];

interface World {
  readonly admin: pg.Client;
  readonly api: NestFastifyApplication;
  /** The tenant that owns the objects, its manager, and Root's admin. */
  readonly owner: TestTenant;
  readonly ownerSession: SignedIn;
  readonly rootSession: SignedIn;
}

interface Fixture {
  /** Creates an object of tenant `owner` and answers the path parameters that name it. */
  create(world: World): Promise<Record<string, string>>;
  /** The object's state as stored, to prove an attempt changed nothing. */
  snapshot(world: World, params: Record<string, string>): Promise<unknown>;
  /** A valid body per method, so the request fails on access and not on validation. */
  readonly bodies?: Partial<Record<Method, object>>;
  /** Who may read it (the positive control for GET): the owner's manager, or Root's admin. */
  readonly readableBy: 'owner' | 'root';
}

const rows = async (world: World, sql: string, params: unknown[]) =>
  (await world.admin.query(sql, params)).rows;

/** A new researcher of the owner, signed in: their user id and the session's id. */
async function signedInMember(w: World): Promise<{ userId: string; sessionId: string }> {
  const user = await createUser(w.admin, [{ tenant: w.owner, role: 'researcher' }]);
  const session = await signIn(w.api, user.email, user.password);
  const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString('utf8')) as {
    sid: string;
  };
  return { userId: user.id, sessionId: claims.sid };
}

/** A copy of a failed job (no BullMQ job behind it: the refusal comes first). */
async function failedJobFixture(w: World): Promise<Record<string, string>> {
  const id = uuidv7();
  await w.admin.query(
    `INSERT INTO failed_job (id, queue, job_name, job_id, event_tenant_id, attempts, failed_reason, data)
     VALUES ($1, 'maintenance', 'test.fixture', $2, $3, 1, 'fixture', '{}')`,
    [id, uuidv7(), w.owner.id],
  );
  return { id };
}

/**
 * One fixture per route template with a path parameter. A new `:id` route without an entry here fails
 * the suite: whoever adds a route adds the object it needs, and the cross-tenant check comes with it.
 */
const FIXTURES: Record<string, Fixture> = {
  // Notifications: a notification of the owner's manager; the intruder (another person) gets 404.
  '/api/v1/me/notifications/{id}/read': {
    create: async (w) => {
      const id = uuidv7();
      await w.admin.query(
        `INSERT INTO notification (tenant_id, id, user_id, event_id, event_type, category, title, link)
         SELECT $1, $2, m.user_id, $3, 'conventions.activated', 'conventions', '{"fr":"t","ar":"t","en":"t"}', '/conventions'
           FROM membership m WHERE m.tenant_id = $1 AND m.role = 'institute_manager' LIMIT 1`,
        [w.owner.id, id, uuidv7()],
      );
      return { id };
    },
    snapshot: (w, p) => rows(w, `SELECT read_at FROM notification WHERE id = $1`, [p.id]),
    readableBy: 'owner',
  },
  // Operations: Root's network admins only; another tenant's manager gets 403 and nothing changes.
  '/api/v1/operations/queues/{queue}/jobs': {
    create: () => Promise.resolve({ queue: 'maintenance' }),
    snapshot: () => Promise.resolve(null),
    readableBy: 'root',
  },
  '/api/v1/operations/failed-jobs/{id}/retry': {
    create: (w) => failedJobFixture(w),
    snapshot: (w, p) => rows(w, `SELECT resolution, resolved_at FROM failed_job WHERE id = $1`, [p.id]),
    readableBy: 'root',
  },
  '/api/v1/operations/failed-jobs/{id}/dismiss': {
    create: (w) => failedJobFixture(w),
    snapshot: (w, p) => rows(w, `SELECT resolution, resolved_at FROM failed_job WHERE id = $1`, [p.id]),
    readableBy: 'root',
  },
  '/api/v1/tenants/{id}': {
    create: (w) => Promise.resolve({ id: w.owner.id }),
    snapshot: (w, p) => rows(w, `SELECT * FROM tenant WHERE id = $1`, [p.id]),
    bodies: { patch: { city: 'Taroudant' } },
    readableBy: 'root',
  },
  '/api/v1/tenants/{id}/suspend': {
    create: (w) => Promise.resolve({ id: w.owner.id }),
    snapshot: (w, p) => rows(w, `SELECT status, updated_at FROM tenant WHERE id = $1`, [p.id]),
    readableBy: 'root',
  },
  '/api/v1/tenants/{id}/reactivate': {
    create: (w) => Promise.resolve({ id: w.owner.id }),
    snapshot: (w, p) => rows(w, `SELECT status, updated_at FROM tenant WHERE id = $1`, [p.id]),
    readableBy: 'root',
  },
  '/api/v1/tenants/{id}/invitations': {
    create: (w) => Promise.resolve({ id: w.owner.id }),
    snapshot: (w, p) => rows(w, `SELECT id FROM invitation WHERE tenant_id = $1 ORDER BY id`, [p.id]),
    bodies: { post: { email: 'intruder-invite@x.test', role: 'institute_manager' } },
    readableBy: 'root',
  },
  '/api/v1/members/{id}': {
    create: async (w) => ({ id: (await createUser(w.admin, [{ tenant: w.owner, role: 'researcher' }])).id }),
    snapshot: (w, p) =>
      rows(
        w,
        `SELECT m.role, u.display_name, u.email FROM membership m JOIN app_user u ON u.id = m.user_id
          WHERE m.tenant_id = $1 AND m.user_id = $2`,
        [w.owner.id, p.id],
      ),
    bodies: { patch: { role: 'institute_manager' } },
    readableBy: 'owner',
  },
  // Sessions (issue 20 point 4): a member of the owner signed in; the intruder may not see or end it.
  '/api/v1/members/{id}/sessions': {
    create: async (w) => ({ id: (await signedInMember(w)).userId }),
    snapshot: (w, p) =>
      rows(w, `SELECT id, revoked_at FROM auth_session WHERE user_id = $1 ORDER BY id`, [p.id]),
    readableBy: 'owner',
  },
  '/api/v1/members/{id}/sessions/{sessionId}': {
    create: async (w) => {
      const { userId, sessionId } = await signedInMember(w);
      return { id: userId, sessionId };
    },
    snapshot: (w, p) => rows(w, `SELECT id, revoked_at FROM auth_session WHERE id = $1`, [p.sessionId]),
    readableBy: 'owner',
  },
  '/api/v1/me/sessions/{id}': {
    create: async (w) => ({ id: (await signedInMember(w)).sessionId }),
    snapshot: (w, p) => rows(w, `SELECT id, revoked_at FROM auth_session WHERE id = $1`, [p.id]),
    readableBy: 'owner',
  },
  // A passkey of a member of the owner's tenant (the row as a ceremony leaves it; the key is never used).
  '/api/v1/me/passkeys/{id}/remove': {
    create: async (w) => {
      const { userId } = await signedInMember(w);
      const id = uuidv7();
      await w.admin.query(
        `INSERT INTO user_passkey (user_id, id, credential_id, public_key, name)
         VALUES ($1, $2, $3, '\\x00'::bytea, 'walker')`,
        [userId, id, `credential-${id}`],
      );
      return { id };
    },
    snapshot: (w, p) => rows(w, `SELECT id, counter, last_used_at FROM user_passkey WHERE id = $1`, [p.id]),
    readableBy: 'owner',
    bodies: { post: { code: '123456' } },
  },
  '/api/v1/invitations/{id}': {
    create: async (w) => {
      const { body } = await request(w.api.getHttpServer())
        .post('/api/v1/invitations')
        .auth(w.ownerSession.accessToken, { type: 'bearer' })
        .send({ email: `walker-${Date.now()}-${Math.random()}@x.test`, role: 'researcher' })
        .expect(201);
      return { id: body.id };
    },
    snapshot: (w, p) => rows(w, `SELECT * FROM invitation WHERE id = $1`, [p.id]),
    readableBy: 'owner',
  },
  '/api/v1/api-keys/{id}': {
    create: async (w) => {
      const { body } = await request(w.api.getHttpServer())
        .post('/api/v1/api-keys')
        .auth(w.ownerSession.accessToken, { type: 'bearer' })
        .send({ name: 'walker', permissions: ['members.read'] })
        .expect(201);
      return { id: body.id };
    },
    snapshot: (w, p) => rows(w, `SELECT * FROM api_key WHERE id = $1`, [p.id]),
    readableBy: 'owner',
  },
  // Webhooks: an endpoint of the owner (through the API) and a delivery of it with one attempt (SQL).
  '/api/v1/webhooks/{id}': {
    create: async (w) => {
      const { body } = await request(w.api.getHttpServer())
        .post('/api/v1/webhooks')
        .auth(w.ownerSession.accessToken, { type: 'bearer' })
        .send({ url: 'http://127.0.0.1:9/walker', eventTypes: ['conventions.activated'] })
        .expect(201);
      return { id: body.id };
    },
    snapshot: (w, p) => rows(w, `SELECT * FROM webhook_endpoint WHERE id = $1`, [p.id]),
    bodies: { patch: { description: 'intruded', enabled: false } },
    readableBy: 'owner',
  },
  '/api/v1/webhooks/{id}/rotate-secret': {
    create: (w) => FIXTURES['/api/v1/webhooks/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/webhooks/{id}'].snapshot(w, p),
    readableBy: 'owner',
  },
  '/api/v1/webhooks/{id}/deliveries': {
    create: (w) => FIXTURES['/api/v1/webhooks/{id}/deliveries/{deliveryId}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/webhooks/{id}/deliveries/{deliveryId}'].snapshot(w, p),
    readableBy: 'owner',
  },
  '/api/v1/webhooks/{id}/deliveries/{deliveryId}': {
    create: async (w) => {
      const { id } = await FIXTURES['/api/v1/webhooks/{id}'].create(w);
      const deliveryId = uuidv7();
      await w.admin.query(
        `INSERT INTO webhook_delivery (tenant_id, id, endpoint_id, event_id, event_type, event_tenant_id,
           event_created_at, data, status, attempts, cycle_attempts)
         VALUES ($1, $2, $3, $4, 'conventions.activated', $1, now(), '{}', 'failed', 1, 1)`,
        [w.owner.id, deliveryId, id, uuidv7()],
      );
      await w.admin.query(
        `INSERT INTO webhook_attempt (tenant_id, delivery_id, number, cycle, started_at, finished_at, error)
         VALUES ($1, $2, 1, 1, now(), now(), 'HTTP 500')`,
        [w.owner.id, deliveryId],
      );
      return { id, deliveryId };
    },
    snapshot: (w, p) => rows(w, `SELECT * FROM webhook_delivery WHERE endpoint_id = $1 ORDER BY id`, [p.id]),
    readableBy: 'owner',
  },
  '/api/v1/webhooks/{id}/deliveries/{deliveryId}/attempts': {
    create: (w) => FIXTURES['/api/v1/webhooks/{id}/deliveries/{deliveryId}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/webhooks/{id}/deliveries/{deliveryId}'].snapshot(w, p),
    readableBy: 'owner',
  },
  '/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver': {
    create: (w) => FIXTURES['/api/v1/webhooks/{id}/deliveries/{deliveryId}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/webhooks/{id}/deliveries/{deliveryId}'].snapshot(w, p),
    readableBy: 'owner',
  },
  // Reference data: only Root's network admins write it; another institute's manager gets 403.
  '/api/v1/priorities/{code}': {
    create: async (w) => {
      const code = `walker_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
      await request(w.api.getHttpServer())
        .post('/api/v1/priorities')
        .auth(w.rootSession.accessToken, { type: 'bearer' })
        .send({ code, labels: { fr: 'Walker', ar: 'Walker', en: 'Walker' } })
        .expect(201);
      return { code };
    },
    snapshot: (w, p) => rows(w, `SELECT * FROM national_priority WHERE code = $1`, [p.code]),
    bodies: { patch: { active: false, labels: { en: 'Intruded' } } },
    readableBy: 'root',
  },
  '/api/v1/domains/{code}': {
    create: async (w) => {
      const code = `walker_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
      await request(w.api.getHttpServer())
        .post('/api/v1/domains')
        .auth(w.rootSession.accessToken, { type: 'bearer' })
        .send({ code, labels: { fr: 'Walker', ar: 'Walker', en: 'Walker' } })
        .expect(201);
      return { code };
    },
    snapshot: (w, p) => rows(w, `SELECT * FROM thematic_domain WHERE code = $1`, [p.code]),
    bodies: { patch: { active: false, labels: { en: 'Intruded' } } },
    readableBy: 'root',
  },
  // The directory is open to the whole network by design; the one entry it hides is a suspended
  // tenant's, which only Root reads.
  '/api/v1/directory/{id}': {
    create: async (w) => ({ id: (await createTenant(w.admin, 'partner', { status: 'suspended' })).id }),
    snapshot: (w, p) => rows(w, `SELECT * FROM tenant WHERE id = $1`, [p.id]),
    readableBy: 'root',
  },
  // A registry entry is seen by the tenants that support it (and Root); corrections are Root's.
  '/api/v1/beneficiaries/{id}': {
    create: async (w) => {
      const lead = await createUser(w.admin, [{ tenant: w.owner, role: 'researcher' }]);
      const [{ id: projectId }] = await rows(
        w,
        `INSERT INTO project (tenant_id, id, type, title, lead_user_id, created_by)
         VALUES ($1, gen_random_uuid(), 'startup_support', 'Walker', $2, $2) RETURNING id`,
        [w.owner.id, lead.id],
      );
      const ice = Array.from({ length: 15 }, () => Math.floor(Math.random() * 10)).join('');
      const { body } = await request(w.api.getHttpServer())
        .post(`/api/v1/projects/${projectId}/beneficiaries`)
        .auth(w.ownerSession.accessToken, { type: 'bearer' })
        .send({
          ice,
          name: 'Walker SARL',
          size: 'startup',
          sector: 'health',
          regionCode: 'MA-06',
          supportKind: 'incubation',
          startedOn: '2026-01-15',
        })
        .expect(201);
      return { id: body.beneficiary.id };
    },
    snapshot: (w, p) => rows(w, `SELECT * FROM beneficiary WHERE id = $1`, [p.id]),
    bodies: { patch: { name: 'Intruded SARL' } },
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/beneficiaries': {
    create: async (w) => {
      const lead = await createUser(w.admin, [{ tenant: w.owner, role: 'researcher' }]);
      const [{ id }] = await rows(
        w,
        `INSERT INTO project (tenant_id, id, type, title, lead_user_id, created_by)
         VALUES ($1, gen_random_uuid(), 'startup_support', 'Walker', $2, $2) RETURNING id`,
        [w.owner.id, lead.id],
      );
      return { id };
    },
    snapshot: (w, p) =>
      rows(
        w,
        `SELECT pb.*, b.ice FROM project_beneficiary pb JOIN beneficiary b ON b.id = pb.beneficiary_id WHERE pb.project_id = $1`,
        [p.id],
      ),
    bodies: {
      post: {
        ice: '900000000000001',
        name: 'Intruder SARL',
        size: 'micro',
        sector: 'finance',
        regionCode: 'MA-04',
        supportKind: 'funding',
        startedOn: '2026-01-15',
      },
    },
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/beneficiaries/{beneficiaryId}': {
    create: async (w) => {
      const lead = await createUser(w.admin, [{ tenant: w.owner, role: 'researcher' }]);
      const [{ id }] = await rows(
        w,
        `INSERT INTO project (tenant_id, id, type, title, lead_user_id, created_by)
         VALUES ($1, gen_random_uuid(), 'startup_support', 'Walker', $2, $2) RETURNING id`,
        [w.owner.id, lead.id],
      );
      const ice = Array.from({ length: 15 }, () => Math.floor(Math.random() * 10)).join('');
      const { body } = await request(w.api.getHttpServer())
        .post(`/api/v1/projects/${id}/beneficiaries`)
        .auth(w.ownerSession.accessToken, { type: 'bearer' })
        .send({
          ice,
          name: 'Walker SARL',
          size: 'startup',
          sector: 'health',
          regionCode: 'MA-06',
          supportKind: 'incubation',
          startedOn: '2026-01-15',
        })
        .expect(201);
      return { id, beneficiaryId: body.beneficiary.id };
    },
    snapshot: (w, p) =>
      rows(w, `SELECT * FROM project_beneficiary WHERE project_id = $1 AND beneficiary_id = $2`, [
        p.id,
        p.beneficiaryId,
      ]),
    readableBy: 'owner',
  },
  // Projects core: another institute's manager gets 404 on every route of a project it cannot see.
  '/api/v1/projects/{id}': {
    create: async (w) => {
      const lead = await createUser(w.admin, [{ tenant: w.owner, role: 'researcher' }]);
      const { body } = await request(w.api.getHttpServer())
        .post('/api/v1/projects')
        .auth(w.ownerSession.accessToken, { type: 'bearer' })
        .send({
          type: 'research',
          title: 'Walker project',
          summary: 'Cross-tenant walker',
          startDate: '2026-01-01',
          endDate: '2026-12-31',
          budgetMad: '100000.00',
          leadUserId: lead.id,
          team: [lead.id],
          priorityCodes: ['research_innovation'],
        })
        .expect(201);
      return { id: body.id };
    },
    snapshot: (w, p) =>
      rows(
        w,
        `SELECT p.tenant_id, p.title, p.summary, p.start_date, p.end_date, p.budget_mad, p.spent_mad,
                p.lead_user_id, p.status, p.version, p.updated_at,
                ARRAY(SELECT user_id FROM project_member m WHERE m.project_id = p.id ORDER BY 1) AS team,
                ARRAY(SELECT partner_tenant_id FROM project_partner x WHERE x.project_id = p.id ORDER BY 1) AS partners,
                ARRAY(SELECT priority_code FROM project_priority x WHERE x.project_id = p.id ORDER BY 1) AS priorities,
                (SELECT count(*) FROM project_history h WHERE h.project_id = p.id) AS history
           FROM project p WHERE p.id = $1`,
        [p.id],
      ),
    bodies: { patch: { title: 'Intruded', priorityCodes: ['public_service'] } },
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/history': {
    create: (w) => FIXTURES['/api/v1/projects/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}'].snapshot(w, p),
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/team': {
    create: (w) => FIXTURES['/api/v1/projects/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}'].snapshot(w, p),
    bodies: { put: { team: [] } },
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/partners': {
    create: (w) => FIXTURES['/api/v1/projects/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}'].snapshot(w, p),
    bodies: { put: { partnerTenantIds: [] } },
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/activate': {
    create: (w) => FIXTURES['/api/v1/projects/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}'].snapshot(w, p),
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/hold': {
    create: (w) => FIXTURES['/api/v1/projects/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}'].snapshot(w, p),
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/complete': {
    create: (w) => FIXTURES['/api/v1/projects/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}'].snapshot(w, p),
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/cancel': {
    create: (w) => FIXTURES['/api/v1/projects/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}'].snapshot(w, p),
    readableBy: 'owner',
  },
  // Project work: every route under a project the intruder cannot see is 404, reads and writes alike.
  // This entry creates a project with one of each object; the entries below reuse it and its snapshot
  // (every row of the project's work, and the length of its history).
  '/api/v1/projects/{id}/milestones': {
    create: async (w) => {
      const lead = await createUser(w.admin, [{ tenant: w.owner, role: 'researcher' }]);
      const [params] = await rows(
        w,
        `WITH p AS (
           INSERT INTO project (tenant_id, id, type, title, lead_user_id, created_by)
           VALUES ($1, gen_random_uuid(), 'research', 'Walker work', $2, $2) RETURNING tenant_id, id),
         m AS (INSERT INTO milestone (tenant_id, id, project_id, title, due_date)
           SELECT tenant_id, gen_random_uuid(), id, 'Walker milestone', '2020-01-01' FROM p RETURNING id),
         d AS (INSERT INTO deliverable (tenant_id, id, project_id, kind, title, due_date)
           SELECT tenant_id, gen_random_uuid(), id, 'model_evaluation', 'Walker deliverable', '2020-01-01' FROM p
           RETURNING id),
         k AS (INSERT INTO kpi (tenant_id, id, project_id, name, unit, target)
           SELECT tenant_id, gen_random_uuid(), id, 'Walker KPI', 'units', 10 FROM p RETURNING id),
         r AS (INSERT INTO status_report (tenant_id, id, project_id, period_start, period_end, rag, narrative, author_id)
           SELECT tenant_id, gen_random_uuid(), id, '2026-01-01', '2026-03-31', 'green', 'Walker', $2 FROM p
           RETURNING id)
         SELECT p.id, m.id AS "milestoneId", d.id AS "deliverableId", k.id AS "kpiId", r.id AS "reportId"
           FROM p, m, d, k, r`,
        [w.owner.id, lead.id],
      );
      return params as Record<string, string>;
    },
    snapshot: async (w, p) =>
      (
        await rows(
          w,
          `SELECT (SELECT json_agg(t ORDER BY t.id) FROM milestone t WHERE t.project_id = $1) AS milestones,
                  (SELECT json_agg(t ORDER BY t.id) FROM deliverable t WHERE t.project_id = $1) AS deliverables,
                  (SELECT json_agg(t ORDER BY t.id) FROM deliverable_file t WHERE t.project_id = $1) AS files,
                  (SELECT json_agg(t ORDER BY t.id) FROM evaluation_result t WHERE t.project_id = $1) AS evaluations,
                  (SELECT json_agg(t ORDER BY t.id) FROM kpi t WHERE t.project_id = $1) AS kpis,
                  (SELECT json_agg(t ORDER BY t.id) FROM kpi_measurement t WHERE t.project_id = $1) AS measurements,
                  (SELECT json_agg(t ORDER BY t.id) FROM status_report t WHERE t.project_id = $1) AS reports,
                  (SELECT count(*) FROM project_history t WHERE t.project_id = $1) AS history`,
          [p.id],
        )
      )[0],
    bodies: { post: { title: 'Intruder milestone', dueDate: '2030-01-01' } },
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/milestones/{milestoneId}': {
    create: (w) => FIXTURES['/api/v1/projects/{id}/milestones'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}/milestones'].snapshot(w, p),
    bodies: { patch: { title: 'Intruded' } },
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/deliverables': {
    create: (w) => FIXTURES['/api/v1/projects/{id}/milestones'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}/milestones'].snapshot(w, p),
    bodies: { post: { kind: 'dataset', title: 'Intruder deliverable', dueDate: '2030-01-01' } },
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/deliverables/{deliverableId}': {
    create: (w) => FIXTURES['/api/v1/projects/{id}/milestones'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}/milestones'].snapshot(w, p),
    bodies: { patch: { title: 'Intruded' } },
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/deliverables/{deliverableId}/submit': {
    create: (w) => FIXTURES['/api/v1/projects/{id}/milestones'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}/milestones'].snapshot(w, p),
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/deliverables/{deliverableId}/accept': {
    create: async (w) => {
      const params = await FIXTURES['/api/v1/projects/{id}/milestones'].create(w);
      await rows(w, `UPDATE deliverable SET status = 'submitted', submitted_at = now() WHERE id = $1`, [
        params.deliverableId,
      ]);
      return params;
    },
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}/milestones'].snapshot(w, p),
    bodies: { post: { comment: 'Intruder approves' } },
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/deliverables/{deliverableId}/reject': {
    create: (w) => FIXTURES['/api/v1/projects/{id}/deliverables/{deliverableId}/accept'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}/milestones'].snapshot(w, p),
    bodies: { post: { comment: 'Intruder rejects' } },
    readableBy: 'owner',
  },
  // The upload route reads the body as a file: the walker's JSON `{}` is a file to it, refused (404)
  // before a byte of it is read.
  '/api/v1/projects/{id}/deliverables/{deliverableId}/files': {
    create: (w) => FIXTURES['/api/v1/projects/{id}/milestones'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}/milestones'].snapshot(w, p),
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/deliverables/{deliverableId}/files/{fileId}': {
    create: async (w) => {
      const params = await FIXTURES['/api/v1/projects/{id}/milestones'].create(w);
      const { body } = await request(w.api.getHttpServer())
        .post(`/api/v1/projects/${params.id}/deliverables/${params.deliverableId}/files?filename=walker.txt`)
        .auth(w.ownerSession.accessToken, { type: 'bearer' })
        .set('content-type', 'text/plain')
        .send('walker')
        .expect(201);
      return { ...params, fileId: body.id as string };
    },
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}/milestones'].snapshot(w, p),
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/deliverables/{deliverableId}/evaluations': {
    create: (w) => FIXTURES['/api/v1/projects/{id}/milestones'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}/milestones'].snapshot(w, p),
    bodies: {
      post: {
        modelName: 'intruder',
        modelVersion: '1',
        benchmark: 'b',
        metric: 'F1',
        score: '0.99',
        evaluatedOn: '2026-01-01',
        evaluator: 'intruder',
      },
    },
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/kpis': {
    create: (w) => FIXTURES['/api/v1/projects/{id}/milestones'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}/milestones'].snapshot(w, p),
    bodies: { post: { name: 'Intruder KPI', unit: 'units', target: '1' } },
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/kpis/{kpiId}': {
    create: (w) => FIXTURES['/api/v1/projects/{id}/milestones'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}/milestones'].snapshot(w, p),
    bodies: { patch: { target: '99' } },
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/kpis/{kpiId}/measurements': {
    create: (w) => FIXTURES['/api/v1/projects/{id}/milestones'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}/milestones'].snapshot(w, p),
    bodies: { post: { measuredOn: '2026-01-01', value: '99' } },
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/status-reports': {
    create: (w) => FIXTURES['/api/v1/projects/{id}/milestones'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}/milestones'].snapshot(w, p),
    bodies: {
      post: { periodStart: '2026-01-01', periodEnd: '2026-01-31', rag: 'red', narrative: 'Intruded' },
    },
    readableBy: 'owner',
  },
  '/api/v1/projects/{id}/status-reports/{reportId}': {
    create: (w) => FIXTURES['/api/v1/projects/{id}/milestones'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/projects/{id}/milestones'].snapshot(w, p),
    readableBy: 'owner',
  },
  // Signing and evidence (conventions): a convention of the owner, made as the core routes would leave it.
  '/api/v1/conventions/{id}/signer-candidates': {
    create: (w) => signingConvention(w, 'in_review'),
    snapshot: (w, p) => signingSnapshot(w, p),
    readableBy: 'owner',
  },
  '/api/v1/conventions/{id}/signers': {
    create: (w) => signingConvention(w, 'in_review'),
    snapshot: (w, p) => signingSnapshot(w, p),
    bodies: {
      put: {
        signers: [
          {
            partyTenantId: '01a21810-0000-7000-8000-000000000000',
            userId: '01a21810-0000-7000-8000-000000000000',
            step: 1,
          },
        ],
      },
    },
    readableBy: 'owner',
  },
  '/api/v1/conventions/{id}/send': {
    create: (w) => signingConvention(w, 'in_review'),
    snapshot: (w, p) => signingSnapshot(w, p),
    readableBy: 'owner',
  },
  '/api/v1/conventions/{id}/sign': {
    create: (w) => signingConvention(w, 'out_for_signature'),
    snapshot: (w, p) => signingSnapshot(w, p),
    bodies: { post: { password: 'whatever-it-is' } },
    readableBy: 'owner',
  },
  '/api/v1/conventions/{id}/decline': {
    create: (w) => signingConvention(w, 'out_for_signature'),
    snapshot: (w, p) => signingSnapshot(w, p),
    bodies: { post: { reason: 'intruding' } },
    readableBy: 'owner',
  },
  '/api/v1/conventions/{id}/evidence': {
    create: (w) => signingConvention(w, 'active'),
    snapshot: (w, p) => signingSnapshot(w, p),
    readableBy: 'owner',
  },
  '/api/v1/conventions/{id}/certificate.pdf': {
    create: (w) => signingConvention(w, 'active'),
    snapshot: (w, p) => signingSnapshot(w, p),
    readableBy: 'owner',
  },
  // Obligations: a convention of the owner with one obligation; the intruder is no party: 404 everywhere.
  '/api/v1/conventions/{id}/obligations': {
    create: async (w) => {
      const [member] = await rows(w, `SELECT user_id FROM membership WHERE tenant_id = $1 LIMIT 1`, [
        w.owner.id,
      ]);
      const seq = Math.floor(Math.random() * 1_000_000_000);
      const [params] = await rows(
        w,
        `WITH c AS (
           INSERT INTO convention (tenant_id, id, reference, ref_year, ref_seq, title, type, status, created_by)
           VALUES ($1, gen_random_uuid(), $2, 2031, $3, 'Walker obligations', 'partnership', 'active', $4)
           RETURNING tenant_id, id),
         p AS (INSERT INTO convention_party (tenant_id, convention_id, party_tenant_id, role_label)
           SELECT tenant_id, id, tenant_id, 'owner' FROM c RETURNING tenant_id, convention_id, party_tenant_id),
         o AS (INSERT INTO obligation (tenant_id, id, convention_id, description, responsible_tenant_id, due_date)
           SELECT tenant_id, gen_random_uuid(), convention_id, 'Walker obligation', party_tenant_id, '2031-06-30'
             FROM p RETURNING id)
         SELECT c.id, o.id AS "obligationId" FROM c, o`,
        [w.owner.id, `WALK-OBL-${seq}`, seq, member.user_id],
      );
      return params as Record<string, string>;
    },
    snapshot: async (w, p) =>
      (
        await rows(
          w,
          `SELECT (SELECT json_agg(t ORDER BY t.id) FROM obligation t WHERE t.convention_id = $1) AS obligations,
                  (SELECT count(*) FROM convention_event t WHERE t.convention_id = $1) AS events`,
          [p.id],
        )
      )[0],
    bodies: {
      post: {
        description: 'Intruder obligation',
        responsibleTenantId: '01a21810-0000-7000-8000-000000000000',
        dueDate: '2031-06-30',
      },
    },
    readableBy: 'owner',
  },
  '/api/v1/conventions/{id}/obligations/{obligationId}': {
    create: (w) => FIXTURES['/api/v1/conventions/{id}/obligations'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/conventions/{id}/obligations'].snapshot(w, p),
    bodies: { patch: { description: 'Intruded' } },
    readableBy: 'owner',
  },
  '/api/v1/conventions/{id}/obligations/{obligationId}/met': {
    create: (w) => FIXTURES['/api/v1/conventions/{id}/obligations'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/conventions/{id}/obligations'].snapshot(w, p),
    bodies: { post: { note: 'Intruded' } },
    readableBy: 'owner',
  },
  '/api/v1/conventions/{id}/obligations/{obligationId}/waive': {
    create: (w) => FIXTURES['/api/v1/conventions/{id}/obligations'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/conventions/{id}/obligations'].snapshot(w, p),
    bodies: { post: { note: 'Intruded' } },
    readableBy: 'owner',
  },
  // Conventions core: a draft of the owner made through the API (the owner its one party); the intruder,
  // no party, gets 404 on every route. The snapshot covers the row, its links, documents and evidence.
  '/api/v1/conventions/{id}': {
    create: async (w) => {
      const { body } = await request(w.api.getHttpServer())
        .post('/api/v1/conventions')
        .auth(w.ownerSession.accessToken, { type: 'bearer' })
        .send({ title: 'Walker convention', type: 'partnership', parties: [] })
        .expect(201);
      return { id: body.id as string };
    },
    snapshot: async (w, p) =>
      (
        await rows(
          w,
          `SELECT (SELECT row_to_json(c) FROM convention c WHERE c.id = $1) AS convention,
                  (SELECT json_agg(t ORDER BY t.party_tenant_id) FROM convention_party t WHERE t.convention_id = $1) AS parties,
                  (SELECT json_agg(t ORDER BY t.priority_code) FROM convention_priority t WHERE t.convention_id = $1) AS priorities,
                  (SELECT count(*) FROM convention_document t WHERE t.convention_id = $1) AS documents,
                  (SELECT count(*) FROM convention t WHERE t.parent_id = $1) AS amendments,
                  (SELECT count(*) FROM convention_event t WHERE t.convention_id = $1) AS events`,
          [p.id],
        )
      )[0],
    bodies: { patch: { title: 'Intruded', parties: [] } },
    readableBy: 'owner',
  },
  '/api/v1/conventions/{id}/amendments': {
    create: async (w) => {
      const params = await FIXTURES['/api/v1/conventions/{id}'].create(w);
      await rows(w, `UPDATE convention SET status = 'active' WHERE id = $1`, [params.id]);
      return params;
    },
    snapshot: (w, p) => FIXTURES['/api/v1/conventions/{id}'].snapshot(w, p),
    bodies: { post: { title: 'Intruder amendment' } },
    readableBy: 'owner',
  },
  '/api/v1/conventions/{id}/submit-for-review': {
    create: (w) => FIXTURES['/api/v1/conventions/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/conventions/{id}'].snapshot(w, p),
    readableBy: 'owner',
  },
  '/api/v1/conventions/{id}/return-to-draft': {
    create: async (w) => {
      const params = await FIXTURES['/api/v1/conventions/{id}'].create(w);
      await rows(w, `UPDATE convention SET status = 'in_review' WHERE id = $1`, [params.id]);
      return params;
    },
    snapshot: (w, p) => FIXTURES['/api/v1/conventions/{id}'].snapshot(w, p),
    readableBy: 'owner',
  },
  '/api/v1/conventions/{id}/void': {
    create: (w) => FIXTURES['/api/v1/conventions/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/conventions/{id}'].snapshot(w, p),
    bodies: { post: { reason: 'Intruded' } },
    readableBy: 'owner',
  },
  '/api/v1/conventions/{id}/terminate': {
    create: (w) => FIXTURES['/api/v1/conventions/{id}/amendments'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/conventions/{id}'].snapshot(w, p),
    bodies: { post: { reason: 'Intruded' } },
    readableBy: 'owner',
  },
  // The upload route reads the body as the PDF: the walker's JSON `{}` is refused (404) before it is read.
  '/api/v1/conventions/{id}/documents': {
    create: (w) => FIXTURES['/api/v1/conventions/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/conventions/{id}'].snapshot(w, p),
    readableBy: 'owner',
  },
  '/api/v1/conventions/{id}/documents/{documentId}': {
    create: async (w) => {
      const params = await FIXTURES['/api/v1/conventions/{id}'].create(w);
      const { body } = await request(w.api.getHttpServer())
        .post(`/api/v1/conventions/${params.id}/documents?filename=walker.pdf`)
        .auth(w.ownerSession.accessToken, { type: 'bearer' })
        .set('content-type', 'application/pdf')
        .send(Buffer.from('%PDF-1.7\n% walker\n%%EOF\n', 'latin1'))
        .expect(201);
      return { ...params, documentId: body.id as string };
    },
    snapshot: (w, p) => FIXTURES['/api/v1/conventions/{id}'].snapshot(w, p),
    readableBy: 'owner',
  },
  // Shared resources: a resource of the owner listed to nobody else, so the intruder is outside its
  // visibility and gets 404 on every route; its allocations, bookings and usage go with it.
  '/api/v1/resources/{id}': {
    create: async (w) => {
      const { body } = await request(w.api.getHttpServer())
        .post('/api/v1/resources')
        .auth(w.ownerSession.accessToken, { type: 'bearer' })
        .send({
          kind: 'lab',
          name: 'Walker lab',
          unit: 'slot',
          capacity: '100',
          period: 'month',
          visibility: 'listed',
          bookable: true,
          directBooking: true,
        })
        .expect(201);
      return { id: body.id as string };
    },
    snapshot: (w, p) =>
      rows(
        w,
        `SELECT r.*, (SELECT count(*) FROM resource_allocation a WHERE a.resource_id = r.id) AS allocations,
                (SELECT count(*) FROM resource_booking b WHERE b.resource_id = r.id AND b.status = 'confirmed') AS bookings,
                (SELECT count(*) FROM resource_share s WHERE s.resource_id = r.id) AS shares,
                (SELECT count(*) FROM resource_usage u JOIN resource_allocation a ON a.tenant_id = u.tenant_id
                   AND a.id = u.allocation_id WHERE a.resource_id = r.id) AS usage
           FROM resource r WHERE r.id = $1`,
        [p.id],
      ),
    bodies: { patch: { name: 'Intruded' } },
    readableBy: 'owner',
  },
  '/api/v1/resources/{id}/shares': {
    create: (w) => FIXTURES['/api/v1/resources/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/resources/{id}'].snapshot(w, p),
    bodies: { put: { shares: [] } },
    readableBy: 'owner',
  },
  '/api/v1/resources/{id}/utilisation': {
    create: (w) => FIXTURES['/api/v1/resources/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/resources/{id}'].snapshot(w, p),
    readableBy: 'owner',
  },
  '/api/v1/resources/{id}/allocations': {
    create: (w) => FIXTURES['/api/v1/resources/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/resources/{id}'].snapshot(w, p),
    bodies: {
      post: {
        projectId: '01a21810-0000-7000-8000-000000000001',
        quantity: '1',
        startsOn: '2099-01-04',
        endsOn: '2099-01-05',
        justification: 'Intruded',
        acceptTermsVersion: 1,
      },
    },
    readableBy: 'owner',
  },
  '/api/v1/resources/{id}/bookings': {
    create: (w) => FIXTURES['/api/v1/resources/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/resources/{id}'].snapshot(w, p),
    bodies: { post: { startsAt: '2099-01-04T08:00:00Z', endsAt: '2099-01-04T09:00:00Z' } },
    readableBy: 'owner',
  },
  '/api/v1/resources/{id}/bookings/{bookingId}/cancel': {
    create: async (w) => {
      const { id } = await FIXTURES['/api/v1/resources/{id}'].create(w);
      const { body } = await request(w.api.getHttpServer())
        .post(`/api/v1/resources/${id}/bookings`)
        .auth(w.ownerSession.accessToken, { type: 'bearer' })
        .send({ startsAt: '2099-01-04T08:00:00Z', endsAt: '2099-01-04T09:00:00Z' })
        .expect(201);
      return { id, bookingId: body.id as string };
    },
    snapshot: (w, p) => FIXTURES['/api/v1/resources/{id}'].snapshot(w, p),
    readableBy: 'owner',
  },
  '/api/v1/resources/{id}/calendar.ics': {
    create: (w) => FIXTURES['/api/v1/resources/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/resources/{id}'].snapshot(w, p),
    readableBy: 'owner',
  },
  // An allocation the owner asked of its own resource (for one of its projects), still pending.
  '/api/v1/allocations/{id}': {
    create: async (w) => {
      const { id: resourceId } = await FIXTURES['/api/v1/resources/{id}'].create(w);
      const [{ user_id: lead }] = await rows(
        w,
        `SELECT user_id FROM membership WHERE tenant_id = $1 ORDER BY user_id LIMIT 1`,
        [w.owner.id],
      );
      const [{ id: projectId }] = await rows(
        w,
        `INSERT INTO project (tenant_id, id, type, title, lead_user_id, created_by)
         VALUES ($1, gen_random_uuid(), 'startup_support', 'Walker', $2, $2) RETURNING id`,
        [w.owner.id, lead],
      );
      const { body } = await request(w.api.getHttpServer())
        .post(`/api/v1/resources/${resourceId}/allocations`)
        .auth(w.ownerSession.accessToken, { type: 'bearer' })
        .send({
          projectId,
          quantity: '2',
          startsOn: '2099-01-04',
          endsOn: '2099-01-20',
          justification: 'Walker',
          acceptTermsVersion: 1,
        })
        .expect(201);
      return { id: body.id as string };
    },
    snapshot: (w, p) =>
      rows(
        w,
        `SELECT a.*, (SELECT count(*) FROM resource_usage u WHERE u.allocation_id = a.id) AS usage
           FROM resource_allocation a WHERE a.id = $1`,
        [p.id],
      ),
    readableBy: 'owner',
  },
  '/api/v1/allocations/{id}/approve': {
    create: (w) => FIXTURES['/api/v1/allocations/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/allocations/{id}'].snapshot(w, p),
    bodies: { post: { quantity: '1' } },
    readableBy: 'owner',
  },
  '/api/v1/allocations/{id}/reject': {
    create: (w) => FIXTURES['/api/v1/allocations/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/allocations/{id}'].snapshot(w, p),
    bodies: { post: { reason: 'Intruded' } },
    readableBy: 'owner',
  },
  '/api/v1/allocations/{id}/withdraw': {
    create: (w) => FIXTURES['/api/v1/allocations/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/allocations/{id}'].snapshot(w, p),
    bodies: { post: { reason: 'Intruded' } },
    readableBy: 'owner',
  },
  '/api/v1/allocations/{id}/revoke': {
    create: async (w) => {
      const params = await FIXTURES['/api/v1/allocations/{id}'].create(w);
      await rows(
        w,
        `UPDATE resource_allocation SET status = 'approved', quantity_approved = 2 WHERE id = $1`,
        [params.id],
      );
      return params;
    },
    snapshot: (w, p) => FIXTURES['/api/v1/allocations/{id}'].snapshot(w, p),
    bodies: { post: { reason: 'Intruded' } },
    readableBy: 'owner',
  },
  '/api/v1/allocations/{id}/usage': {
    create: (w) => FIXTURES['/api/v1/allocations/{id}/revoke'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/allocations/{id}'].snapshot(w, p),
    bodies: { post: { quantity: '1' } },
    readableBy: 'owner',
  },
  // Workshops: a draft listed workshop of the owner (no audience): another tenant does not see it.
  '/api/v1/workshops/{id}': {
    create: (w) => workshopFixture(w),
    snapshot: (w, p) => workshopSnapshot(w, p),
    bodies: { patch: { title: 'Intruded' } },
    readableBy: 'owner',
  },
  ...Object.fromEntries(
    [
      'agenda',
      'publish',
      'hold',
      'cancel',
      'calendar.ics',
      'register',
      'cancel-registration',
      'invitations',
      'invitation/accept',
      'invitation/decline',
      'check-in',
      'registrations/{registrationId}/check-in',
      'attendance',
      'certificate.pdf',
      'outcomes',
      'minutes',
      'minutes/publish',
      'action-items',
      'action-items/{itemId}',
      'deliverables',
    ].map((route): [string, Fixture] => [
      `/api/v1/workshops/{id}/${route}`,
      {
        create: (w) => workshopFixture(w),
        snapshot: (w, p) => workshopSnapshot(w, p),
        bodies: {
          put: route === 'agenda' ? { items: [] } : { minutes: 'Intruded' },
          patch: { status: 'done' },
          post:
            route === 'invitations'
              ? { invitees: [{ userId: uuidv7(), tenantId: uuidv7() }] }
              : route === 'check-in'
                ? { code: 'ABCD2345' }
                : route === 'action-items'
                  ? { title: 'Intruded' }
                  : route === 'deliverables'
                    ? { deliverableId: uuidv7() }
                    : {},
        },
        readableBy: 'owner',
      },
    ]),
  ),
  '/api/v1/me/workshop-feeds/{id}': {
    create: async (w) => {
      const { body } = await request(w.api.getHttpServer())
        .post('/api/v1/me/workshop-feeds')
        .auth(w.ownerSession.accessToken, { type: 'bearer' })
        .expect(201);
      return { id: body.id as string };
    },
    snapshot: (w, p) => rows(w, `SELECT revoked_at FROM workshop_calendar_feed WHERE id = $1`, [p.id]),
    readableBy: 'owner',
  },
  // Dashboards: an institute's (its manager reads it) and a partner's (Root reads it); read-only routes.
  '/api/v1/dashboards/institutes/{id}': {
    create: (w) => Promise.resolve({ id: w.owner.id }),
    snapshot: (w, p) => rows(w, `SELECT count(*)::int AS n FROM dashboard_fact WHERE tenant_id = $1`, [p.id]),
    readableBy: 'owner',
  },
  '/api/v1/dashboards/partners/{id}': {
    create: async (w) => ({ id: (await createTenant(w.admin, 'partner')).id }),
    snapshot: (w, p) => rows(w, `SELECT count(*)::int AS n FROM dashboard_fact WHERE tenant_id = $1`, [p.id]),
    readableBy: 'root',
  }, // Reports: a ready report of the owner (its file stored, as the worker would) and a recurring report.
  '/api/v1/reports/{id}': {
    create: async (w) => {
      const storage = w.api.get<symbol, FileStorage>(FILE_STORAGE, { strict: false });
      const stored = await storage.put(Readable.from([Buffer.from('section,key,column,value\r\n')]), {
        prefix: `${w.owner.id}/reports`,
        maxBytes: 1_000,
      });
      const id = uuidv7();
      await w.admin.query(
        `INSERT INTO report (tenant_id, id, requester_kind, scope, subject_tenant_id, period_from, period_to,
           period_label, format, locale, status, progress, filename, content_type, size_bytes, sha256, storage_key,
           finished_at, expires_at)
         VALUES ($1, $2, 'institute', 'institute', $1, '2026-07-01', '2026-09-01', '2026-Q3', 'csv', 'fr', 'ready',
           100, 'walker.csv', 'text/csv; charset=utf-8', $3, $4, $5, now(), now() + interval '1 day')`,
        [w.owner.id, id, stored.sizeBytes, stored.sha256, stored.key],
      );
      return { id };
    },
    snapshot: (w, p) => rows(w, `SELECT * FROM report WHERE id = $1`, [p.id]),
    readableBy: 'owner',
  },
  '/api/v1/reports/{id}/download': {
    create: (w) => FIXTURES['/api/v1/reports/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/reports/{id}'].snapshot(w, p),
    readableBy: 'owner',
  },
  // A ready report: the intruder gets no signed link to its file.
  '/api/v1/reports/{id}/download-link': {
    create: (w) => FIXTURES['/api/v1/reports/{id}'].create(w),
    snapshot: (w, p) => FIXTURES['/api/v1/reports/{id}'].snapshot(w, p),
    readableBy: 'owner',
  },
  // A failed report: the intruder's retry must not queue it again.
  '/api/v1/reports/{id}/retry': {
    create: async (w) => {
      const params = await FIXTURES['/api/v1/reports/{id}'].create(w);
      await w.admin.query(`UPDATE report SET status = 'failed', error = 'walker' WHERE id = $1`, [params.id]);
      return params;
    },
    snapshot: (w, p) => FIXTURES['/api/v1/reports/{id}'].snapshot(w, p),
    readableBy: 'owner',
  },
  '/api/v1/report-schedules/{id}': {
    create: async (w) => {
      const { body } = await request(w.api.getHttpServer())
        .post('/api/v1/report-schedules')
        .auth(w.ownerSession.accessToken, { type: 'bearer' })
        .send({ scope: 'institute', cadence: 'monthly', format: 'csv' })
        .expect(201);
      return { id: body.id as string };
    },
    snapshot: (w, p) => rows(w, `SELECT * FROM report_schedule WHERE id = $1`, [p.id]),
    readableBy: 'owner',
  },
};

/**
 * A draft workshop of `owner` (audience: listed, nobody), with the owner's manager registered and checked
 * in (so the certificate reads) and one action item.
 */
async function workshopFixture(w: World): Promise<Record<string, string>> {
  const { body } = await request(w.api.getHttpServer())
    .post('/api/v1/workshops')
    .auth(w.ownerSession.accessToken, { type: 'bearer' })
    .send({
      kind: 'workshop',
      title: 'Walker',
      startsAt: '2027-01-10T09:00:00Z',
      endsAt: '2027-01-10T12:00:00Z',
      venue: 'Room 1',
    })
    .expect(201);
  const manager = JSON.parse(Buffer.from(w.ownerSession.accessToken.split('.')[1], 'base64url').toString())
    .sub as string;
  const registrationId = uuidv7();
  await rows(
    w,
    `INSERT INTO workshop_registration (tenant_id, id, workshop_id, user_id, registrant_tenant_id, status, queued_at,
       checked_in_at)
     VALUES ($1, $2, $3, $4, $1, 'registered', now(), now())`,
    [w.owner.id, registrationId, body.id, manager],
  );
  const itemId = uuidv7();
  await rows(
    w,
    `INSERT INTO workshop_action_item (tenant_id, id, workshop_id, title) VALUES ($1, $2, $3, 'Walker')`,
    [w.owner.id, itemId, body.id],
  );
  return { id: body.id as string, registrationId, itemId };
}

const workshopSnapshot = (w: World, p: Record<string, string>) =>
  rows(
    w,
    `SELECT k.status, k.version, k.title, k.minutes, k.minutes_published_at,
            (SELECT json_agg(r ORDER BY r.id) FROM (SELECT id, status, checked_in_at, check_in_failures
               FROM workshop_registration WHERE workshop_id = k.id) r) AS registrations,
            (SELECT json_agg(a ORDER BY a.id) FROM (SELECT id, status, title
               FROM workshop_action_item WHERE workshop_id = k.id) a) AS items,
            (SELECT count(*) FROM workshop_agenda_item g WHERE g.workshop_id = k.id) AS agenda,
            (SELECT count(*) FROM workshop_deliverable d WHERE d.workshop_id = k.id) AS deliverables
       FROM workshop k WHERE k.id = $1`,
    [p.id],
  );

/** A convention of `owner` in the given status, with the owner as its one party (signing/evidence routes). */
async function signingConvention(w: World, status: string): Promise<Record<string, string>> {
  const id = (await rows(w, `SELECT gen_random_uuid() AS id`, []))[0].id as string;
  const [member] = await rows(w, `SELECT user_id FROM membership WHERE tenant_id = $1 LIMIT 1`, [w.owner.id]);
  const seq = Math.floor(Math.random() * 1_000_000_000);
  await rows(
    w,
    `INSERT INTO convention (tenant_id, id, reference, ref_year, ref_seq, title, type, status, created_by)
     VALUES ($1, $2, $3, 2026, $4, 'Walker', 'partnership', $5, $6)`,
    [w.owner.id, id, `WALK-${seq}`, seq, status, member.user_id],
  );
  await rows(
    w,
    `INSERT INTO convention_party (tenant_id, convention_id, party_tenant_id, role_label) VALUES ($1, $2, $1, 'owner')`,
    [w.owner.id, id],
  );
  return { id };
}

const signingSnapshot = (w: World, p: Record<string, string>) =>
  rows(
    w,
    `SELECT c.status, c.version,
            (SELECT count(*) FROM convention_signer s WHERE s.convention_id = c.id) AS signers,
            (SELECT count(*) FROM convention_signature s WHERE s.convention_id = c.id) AS signatures,
            (SELECT count(*) FROM convention_event e WHERE e.convention_id = c.id) AS events
       FROM convention c WHERE c.id = $1`,
    [p.id],
  );

interface OpenApi {
  paths: Record<string, Partial<Record<Method, { security?: unknown[] }>>>;
}

/** The routes anyone may call; every other route requires credentials and names its permission. */
const PUBLIC_ROUTES = [
  'get /health/live',
  'get /health/ready',
  'post /api/v1/auth/login',
  'post /api/v1/auth/refresh',
  'post /api/v1/auth/logout',
  // Password reset: asking for a link, then the link's secret is the credential.
  'post /api/v1/auth/password-reset',
  'post /api/v1/auth/password-reset/check',
  'post /api/v1/auth/password-reset/complete',
  // Sign-in's second step: the challenge token that the password earned is the credential.
  'post /api/v1/auth/second-factor',
  'post /api/v1/auth/second-factor/passkey-options',
  'post /api/v1/auth/second-factor/passkey/registration-options',
  'post /api/v1/auth/second-factor/passkey',
  'post /api/v1/auth/second-factor/totp',
  'post /api/v1/auth/second-factor/totp/confirm',
  'post /api/v1/invitations/accept',
  // Single sign-on: the sign-in page's question, and the browser's round trip through the provider (the
  // state, bound to a cookie, and the provider's verified ID token are the credentials).
  'get /api/v1/auth/sso/options',
  'get /api/v1/auth/sso/{tenant}/start',
  'get /api/v1/auth/sso/callback',
  // What an invitation link is for, before accepting it: the link's secret is the credential.
  'get /api/v1/invitations/preview',
  'get /api/v1/evidence/public-key',
  'get /api/v1/verify/documents/{sha256}',
  // A personal calendar feed, authenticated by its secret URL (calendar clients send no token).
  'get /api/v1/workshop-feeds/{token}',
  // A report's file by its short-lived signed link (a plain link click): the signature is the credential,
  // bound to the report and its tenant (test/report-download-links.e2e-spec.ts).
  'get /api/v1/report-downloads/{token}',
  // The operators' board page: no data in it; it signs in and reads through the protected routes.
  'get /api/v1/operations/board',
];

interface Operation {
  readonly template: string;
  readonly method: Method;
}

// Every route of every context, one object each: more than the default 5 seconds.
jest.setTimeout(120_000);

describe('cross-tenant access to every route with a path parameter', () => {
  const config = testConfig();
  let world: World;
  let intruder: SignedIn;
  let operations: Operation[];
  let document: OpenApi;

  beforeAll(async () => {
    const admin = await adminClient();
    const root = await ensureRootTenant(admin);
    const owner = await createTenant(admin, 'institute');
    const other = await createTenant(admin, 'institute');
    const manager = await createUser(admin, [{ tenant: owner, role: 'institute_manager' }]);
    const otherManager = await createUser(admin, [{ tenant: other, role: 'institute_manager' }]);
    const rootAdmin = await createUser(admin, [{ tenant: root, role: 'network_admin' }]);
    const api = await createApi(config);
    world = {
      admin,
      api,
      owner,
      ownerSession: await signIn(api, manager.email, manager.password),
      rootSession: await signIn(api, rootAdmin.email, rootAdmin.password),
    };
    intruder = await signIn(api, otherManager.email, otherManager.password);

    document = (await request(api.getHttpServer()).get('/api/openapi.json').expect(200)).body as OpenApi;
    operations = Object.entries(document.paths)
      .filter(([template]) => /\{[^}]+\}/.test(template))
      .flatMap(([template, item]) =>
        METHODS.filter((method) => item[method] !== undefined).map((method) => ({ template, method })),
      )
      // A public route (the document check) has no owner to protect: nothing to test here.
      .filter(({ template, method }) => !PUBLIC_ROUTES.includes(`${method} ${template}`));
  });
  afterAll(async () => {
    await world?.api.close();
    await world?.admin.end();
  });

  it('requires credentials on every route except the few public ones', async () => {
    const open = Object.entries(document.paths)
      .flatMap(([template, item]) =>
        METHODS.filter((m) => item[m] !== undefined && !item[m].security?.length).map(
          (m) => `${m} ${template}`,
        ),
      )
      .sort();
    expect(open).toEqual([...PUBLIC_ROUTES].sort());
    // And the guard agrees with the document: without a token, a protected route is refused.
    for (const [template, item] of Object.entries(document.paths)) {
      for (const method of METHODS.filter((m) => item[m]?.security?.length)) {
        const path = template.replace(/\{[^}]+\}/g, '01a21810-0000-7000-8000-000000000000');
        const response = await request(world.api.getHttpServer())[method](path).send({});
        expect(`${method} ${template} → ${response.status}`).toBe(`${method} ${template} → 401`);
      }
    }
  });

  it('has a fixture for every such route in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(12);
    const missing = [...new Set(operations.map((o) => o.template))].filter((t) => !FIXTURES[t]);
    expect(missing).toEqual([]);
  });

  it("answers another institute's manager 404 (403 for actions they may not take), and changes nothing", async () => {
    const outcomes: string[] = [];
    for (const { template, method } of operations) {
      const fixture = FIXTURES[template];
      const params = await fixture.create(world);
      const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => params[name]);
      const before = await fixture.snapshot(world, params);

      if (method === 'get') {
        const reader = fixture.readableBy === 'owner' ? world.ownerSession : world.rootSession;
        await request(world.api.getHttpServer())
          .get(path)
          .auth(reader.accessToken, { type: 'bearer' })
          .expect(200); // the object exists and its owner sees it: the refusal below is about tenancy
      }
      const client = request(world.api.getHttpServer());
      const response = await client[method](path)
        .auth(intruder.accessToken, { type: 'bearer' })
        .send(fixture.bodies?.[method] ?? {});
      outcomes.push(`${method.toUpperCase()} ${template} → ${response.status}`);
      expect({ route: `${method} ${template}`, status: [403, 404].includes(response.status) }).toEqual({
        route: `${method} ${template}`,
        status: true,
      });
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(await fixture.snapshot(world, params)).toEqual(before);
    }
    // Reads and changes of another tenant's objects are 404: the object does not exist for the intruder.
    expect(outcomes).toContain('GET /api/v1/members/{id} → 404');
    expect(outcomes).toContain('DELETE /api/v1/api-keys/{id} → 404');
  });
});
