import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
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

/**
 * One fixture per route template with a path parameter. A new `:id` route without an entry here fails
 * the suite: whoever adds a route adds the object it needs, and the cross-tenant check comes with it.
 */
const FIXTURES: Record<string, Fixture> = {
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
};

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
  'post /api/v1/invitations/accept',
];

interface Operation {
  readonly template: string;
  readonly method: Method;
}

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
      );
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
