import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { beginTransactionSql, uuidv7, type DbContext } from '@jazari/database';
import {
  adminClient,
  createTenant,
  createUser,
  ensureRootTenant,
  runtimeClient,
  signIn,
  testConfig,
  type TestTenant,
} from '@jazari/testing';
import type pg from 'pg';
import request from 'supertest';

/**
 * Issue 22 point 4: the network-wide project search goes through `project_search(q)`, a SECURITY DEFINER
 * function that reads `project` with its GIN index as the owner and applies the `project` SELECT policies
 * itself (docs/adr/0014-search-under-rls.md). For every kind of scope it must answer exactly what RLS lets
 * the same scope read with the same match, and the list route must show each tenant only its own.
 */
const SEARCH = `to_tsquery('simple', regexp_replace(plainto_tsquery('simple', jazari_fold($1))::text, '''$', ''':*'))`;
const QUERIES = [
  'irrigation',
  'irrig',
  'IRRIGATION solaire',
  'récolte',
  'recoltes',
  'vision',
  'الري',
  'absent',
  '"&|!:*',
  '',
];

describe('project search under RLS', () => {
  let admin: pg.Client;
  let runtime: pg.Client;
  let api: NestFastifyApplication;
  let root: TestTenant;
  let alpha: TestTenant;
  let beta: TestTenant;
  let empty: TestTenant;
  let partner: TestTenant;
  let lonePartner: TestTenant;
  /** Project keys by name, `tenant_id/id`. */
  const key: Record<string, string> = {};

  const project = async (name: string, tenant: TestTenant, lead: string, title: string, summary = '') => {
    const id = uuidv7();
    await admin.query(
      `INSERT INTO project (tenant_id, id, type, title, summary, lead_user_id, created_by)
       VALUES ($1, $2, 'research', $3, $4, $5, $5)`,
      [tenant.id, id, title, summary, lead],
    );
    key[name] = `${tenant.id}/${id}`;
    return id;
  };
  const partnerOf = (tenant: TestTenant, projectId: string, partnerTenant: TestTenant) =>
    admin.query(
      `INSERT INTO project_partner (tenant_id, project_id, partner_tenant_id) VALUES ($1, $2, $3)`,
      [tenant.id, projectId, partnerTenant.id],
    );

  /** The keys `sql` answers as the runtime role, in a transaction opened for `context` as the API opens it. */
  const keysAs = async (context: DbContext, sql: string, params: unknown[]): Promise<string[]> => {
    await runtime.query(beginTransactionSql(context));
    try {
      const { rows } = await runtime.query<{ tenant_id: string; id: string }>(sql, params);
      return rows.map((r) => `${r.tenant_id}/${r.id}`).sort();
    } finally {
      await runtime.query('ROLLBACK');
    }
  };
  const throughRls = (context: DbContext, q: string) =>
    keysAs(context, `SELECT tenant_id, id FROM project WHERE search @@ ${SEARCH}`, [q]);
  const throughFunction = (context: DbContext, q: string) =>
    keysAs(context, `SELECT tenant_id, id FROM project_search($1, NULL, 100000)`, [q]);
  const keys = (...names: string[]) => names.map((n) => key[n]).sort();

  const scopes = (): [string, DbContext][] => [
    ['Root', { tenantId: root.id, tenantKind: 'root', userId: null }],
    ['institute alpha', { tenantId: alpha.id, tenantKind: 'institute', userId: null }],
    ['institute beta', { tenantId: beta.id, tenantKind: 'institute', userId: null }],
    ['an institute without projects', { tenantId: empty.id, tenantKind: 'institute', userId: null }],
    ['a partner', { tenantId: partner.id, tenantKind: 'partner', userId: null }],
    ['a partner of no project', { tenantId: lonePartner.id, tenantKind: 'partner', userId: null }],
    // An API key's transaction before its kind is read (ActorResolver rescopes it afterwards).
    ['institute alpha, kind not yet known', { tenantId: alpha.id, tenantKind: null, userId: null }],
    ['no tenant at all', { tenantId: null, tenantKind: null, userId: null }],
  ];

  beforeAll(async () => {
    admin = await adminClient();
    runtime = await runtimeClient();
    root = await ensureRootTenant(admin);
    alpha = await createTenant(admin, 'institute');
    beta = await createTenant(admin, 'institute');
    empty = await createTenant(admin, 'institute');
    partner = await createTenant(admin, 'partner');
    lonePartner = await createTenant(admin, 'partner');
    const alphaLead = await createUser(admin, [{ tenant: alpha, role: 'institute_manager' }]);
    const betaLead = await createUser(admin, [{ tenant: beta, role: 'institute_manager' }]);
    const emptyLead = await createUser(admin, [{ tenant: empty, role: 'institute_manager' }]);
    const partnerAdmin = await createUser(admin, [{ tenant: partner, role: 'partner_admin' }]);
    const rootAdmin = await createUser(admin, [{ tenant: root, role: 'network_admin' }]);

    await project('alphaSolar', alpha, alphaLead.id, 'Irrigation solaire des oasis', 'Pompes et capteurs');
    const alphaShared = await project('alphaShared', alpha, alphaLead.id, "Réseau d'irrigation connecté");
    await project('alphaVision', alpha, alphaLead.id, 'Vision par ordinateur', 'Tri des récoltes');
    await project('alphaArabic', alpha, alphaLead.id, 'مشروع الري الذكي');
    await project('betaSolar', beta, betaLead.id, 'IRRIGATION SOLAIRE du Souss');
    const betaShared = await project('betaShared', beta, betaLead.id, 'Prévision des récoltes', 'irrigation');
    await project('betaOther', beta, betaLead.id, 'Maintenance prédictive');
    await partnerOf(alpha, alphaShared, partner);
    await partnerOf(beta, betaShared, partner);
    // Two active projects, then 500 newer proposed ones with the same word: a search with a status filter
    // must look past the first windows of keys.
    await project('alphaOldActive', alpha, alphaLead.id, 'Arrosage des palmeraies');
    await project('betaOldActive', beta, betaLead.id, 'Arrosage urbain');
    await admin.query(`UPDATE project SET status = 'active' WHERE (tenant_id || '/' || id) = ANY ($1)`, [
      [key.alphaOldActive, key.betaOldActive],
    ]);
    const bulk = Array.from({ length: 500 }, (_, n) => ({
      tenant: n % 2 === 0 ? alpha : beta,
      lead: (n % 2 === 0 ? alphaLead : betaLead).id,
      id: uuidv7(),
      n,
    }));
    await admin.query(
      `INSERT INTO project (tenant_id, id, type, title, lead_user_id, created_by)
       SELECT t, i, 'research', 'Arrosage en lot ' || n, l, l FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::uuid[]) AS b(t, i, n, l)`,
      [bulk.map((b) => b.tenant.id), bulk.map((b) => b.id), bulk.map((b) => b.n), bulk.map((b) => b.lead)],
    );
    for (const b of bulk) key[`bulk${b.n}`] = `${b.tenant.id}/${b.id}`;

    api = await createApi(testConfig());
    sessions = Object.fromEntries(
      await Promise.all(
        (
          [
            ['alpha', alphaLead],
            ['beta', betaLead],
            ['empty', emptyLead],
            ['partner', partnerAdmin],
            ['root', rootAdmin],
          ] as const
        ).map(async ([name, user]) => [name, (await signIn(api, user.email, user.password)).accessToken]),
      ),
    ) as Record<string, string>;
  });
  let sessions: Record<string, string> = {};
  afterAll(async () => {
    await api?.close();
    await runtime?.end();
    await admin?.end();
  });

  it('answers, for every kind of scope and query, exactly the projects RLS lets that scope match', async () => {
    let compared = 0;
    for (const [, context] of scopes()) {
      for (const q of QUERIES) {
        expect(await throughFunction(context, q)).toEqual(await throughRls(context, q));
        compared++;
      }
    }
    expect(compared).toBe(scopes().length * QUERIES.length);
  });

  it('finds what each scope may read, and nothing it may not', async () => {
    const [rootScope, alphaScope, betaScope, emptyScope, partnerScope, loneScope, keyScope, none] =
      scopes().map(([, c]) => c);
    const all = keys('alphaSolar', 'alphaShared', 'betaSolar', 'betaShared');
    expect(await throughFunction(rootScope, 'irrigation')).toEqual(all);
    expect(await throughFunction(alphaScope, 'irrig')).toEqual(keys('alphaSolar', 'alphaShared'));
    expect(await throughFunction(betaScope, 'irrigation solaire')).toEqual(keys('betaSolar'));
    expect(await throughFunction(partnerScope, 'irrigation')).toEqual(keys('alphaShared', 'betaShared'));
    expect(await throughFunction(partnerScope, 'recoltes')).toEqual(keys('betaShared'));
    expect(await throughFunction(keyScope, 'recolte')).toEqual(keys('alphaVision'));
    expect(await throughFunction(alphaScope, 'الري')).toEqual(keys('alphaArabic'));
    for (const scope of [emptyScope, loneScope, none]) {
      expect(await throughFunction(scope, 'irrigation')).toEqual([]);
    }
  });

  it('is the list route`s search: each tenant sees only what it may read', async () => {
    const listed = async (session: string, q: string) => {
      const response = await request(api.getHttpServer())
        .get(`/api/v1/projects?q=${encodeURIComponent(q)}&limit=100`)
        .auth(sessions[session], { type: 'bearer' })
        .expect(200);
      return (response.body.data as { id: string; institute: { id: string } }[])
        .map((p) => `${p.institute.id}/${p.id}`)
        .sort();
    };
    expect(await listed('root', 'irrigation')).toEqual(
      keys('alphaSolar', 'alphaShared', 'betaSolar', 'betaShared'),
    );
    expect(await listed('alpha', 'irrigation')).toEqual(keys('alphaSolar', 'alphaShared'));
    expect(await listed('beta', 'irrigation')).toEqual(keys('betaSolar', 'betaShared'));
    expect(await listed('partner', 'irrigation')).toEqual(keys('alphaShared', 'betaShared'));
    expect(await listed('empty', 'irrigation')).toEqual([]);
    // Another institute names alpha's projects in the filter: still nothing of alpha's.
    const forBeta = await request(api.getHttpServer())
      .get(`/api/v1/projects?q=irrigation&institute=${alpha.id}`)
      .auth(sessions.beta, { type: 'bearer' })
      .expect(200);
    expect(forBeta.body.data).toEqual([]);
  });

  it('pages through the newest matches, and past windows the other filters leave short', async () => {
    const listed = async (session: string, query: string) => {
      const found: string[] = [];
      let cursor: string | null = null;
      do {
        const response = await request(api.getHttpServer())
          .get(`/api/v1/projects?${query}&limit=100${cursor ? `&cursor=${cursor}` : ''}`)
          .auth(sessions[session], { type: 'bearer' })
          .expect(200);
        const body = response.body as {
          data: { id: string; institute: { id: string } }[];
          nextCursor: string | null;
        };
        found.push(...body.data.map((p) => `${p.institute.id}/${p.id}`));
        cursor = body.nextCursor;
      } while (cursor);
      return found;
    };
    const newestFirst = (names: string[]) =>
      names.map((n) => key[n]).sort((a, b) => (a.split('/')[1] < b.split('/')[1] ? 1 : -1));
    const bulk = Array.from({ length: 500 }, (_, n) => `bulk${n}`);
    expect(await listed('root', 'q=arrosage')).toEqual(
      newestFirst([...bulk, 'alphaOldActive', 'betaOldActive']),
    );
    expect(await listed('root', 'q=arrosage&status=active')).toEqual(
      newestFirst(['alphaOldActive', 'betaOldActive']),
    );
    expect(await listed('beta', 'q=arrosage&status=active')).toEqual(newestFirst(['betaOldActive']));
    expect(await listed('partner', 'q=arrosage')).toEqual([]);
    // The function's own window: the newest matches older than a key, as RLS would order them.
    const rootScope = scopes()[0][1];
    const all = await keysAs(
      rootScope,
      `SELECT tenant_id, id FROM project_search('arrosage', NULL, 1000)`,
      [],
    );
    const newest = newestFirst([...bulk, 'alphaOldActive', 'betaOldActive']);
    const before = newest[9].split('/')[1];
    const window = await runtime.query<{ tenant_id: string; id: string }>(
      `${beginTransactionSql(rootScope)}; SELECT tenant_id, id FROM project_search('arrosage', '${before}', 5)`,
    );
    await runtime.query('ROLLBACK');
    const rows = (window as unknown as { rows: { tenant_id: string; id: string }[] }[])[2].rows;
    expect(rows.map((r) => `${r.tenant_id}/${r.id}`)).toEqual(newest.slice(10, 15));
    expect(all).toHaveLength(502);
  });

  it('runs as the owner with its search path pinned, callable by the runtime role only', async () => {
    const { rows } = await admin.query<{ definer: boolean; config: string[]; owner: string }>(
      `SELECT p.prosecdef AS definer, p.proconfig AS config, r.rolname AS owner
         FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.proname = 'project_search'`,
    );
    expect(rows).toEqual([
      {
        definer: true,
        config: ['search_path=public, pg_temp'],
        owner: expect.not.stringMatching(/^jazari_app$/),
      },
    ]);
    const { rows: grants } = await admin.query<{ app: boolean; anyone: boolean }>(
      `SELECT has_function_privilege('jazari_app', 'project_search(text, uuid, integer)', 'EXECUTE') AS app,
              EXISTS (SELECT 1 FROM pg_proc p, aclexplode(p.proacl) a
                       WHERE p.proname = 'project_search' AND a.grantee = 0) AS anyone`,
    );
    expect(grants).toEqual([{ app: true, anyone: false }]);
  });
});
