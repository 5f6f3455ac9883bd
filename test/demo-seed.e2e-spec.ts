import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig, type AppConfig } from '@jazari/config';
import { PasswordHasher } from '@jazari/identity';
import { createApi } from '@jazari/api';
import { signIn, switchTenant, testServices, type SignedIn } from '@jazari/testing';
import pg from 'pg';
import { dropDatabase, provisionDatabase } from '../scripts/lib/local-postgres.js';
import { runMigrations } from '../scripts/lib/migrate.js';
import {
  DEMO_BENEFICIARIES,
  DEMO_PASSWORD,
  DEMO_PROFILES,
  DEMO_PROJECTS,
  DEMO_USERS,
  SHARED_BENEFICIARY_ICES,
  seedDemoNetwork,
} from '../scripts/lib/seed.js';
import request from 'supertest';

describe('demo seed', () => {
  // The demo network has the one Root tenant, so it gets a database of its own.
  const database = `jazari_seed_${Date.now()}_${process.pid}`;
  let config: AppConfig;
  let admin: pg.Client;

  beforeAll(async () => {
    const provisioned = await provisionDatabase(testServices.adminUrl, database);
    config = loadConfig({
      NODE_ENV: 'development',
      DATABASE_URL: provisioned.appUrl,
      DATABASE_OWNER_URL: provisioned.ownerUrl,
      REDIS_URL: testServices.redisUrl,
      LOG_LEVEL: 'silent',
    });
    await runMigrations(config);
    const url = new URL(testServices.adminUrl);
    url.pathname = `/${database}`;
    admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await dropDatabase(testServices.adminUrl, database);
  });

  it('seeds Root, three institutes in different regions, a partner, and a user per role', async () => {
    const lines = await seedDemoNetwork(config);
    expect(lines[0]).toMatch(/^demo network seeded/);
    expect(lines.join('\n')).toContain(DEMO_PASSWORD);

    const tenants = await admin.query('SELECT kind, region_code FROM tenant ORDER BY kind, slug');
    expect(tenants.rows.filter((t) => t.kind === 'root')).toHaveLength(1);
    expect(tenants.rows.filter((t) => t.kind === 'partner')).toHaveLength(1);
    const institutes = tenants.rows.filter((t) => t.kind === 'institute');
    expect(institutes).toHaveLength(3);
    expect(new Set(institutes.map((i) => i.region_code)).size).toBe(3);

    const roles = await admin.query('SELECT DISTINCT role FROM membership ORDER BY role');
    expect(roles.rows.map((r) => r.role)).toEqual([
      'institute_manager',
      'ministry_analyst',
      'network_admin',
      'partner_admin',
      'partner_member',
      'researcher',
    ]);
    const twoMemberships = await admin.query(
      'SELECT user_id FROM membership GROUP BY user_id HAVING count(*) = 2',
    );
    expect(twoMemberships.rowCount).toBe(1);

    const user = await admin.query(`SELECT password_hash FROM app_user WHERE email = 'admin@jazari.ma'`);
    expect(user.rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await new PasswordHasher().verify(user.rows[0].password_hash, DEMO_PASSWORD)).toBe(true);
  });

  it('lets every demo login sign in, landing in its tenant with its role', async () => {
    const api = await createApi({
      ...config,
      redis: { ...config.redis, queuePrefix: `{demo-${process.pid}}` },
    });
    try {
      for (const user of DEMO_USERS) {
        const session = await signIn(api, user.email, DEMO_PASSWORD);
        expect({ email: user.email, tenant: session.tenant.slug, role: session.role }).toEqual({
          email: user.email,
          tenant: user.memberships[0].tenant,
          role: user.memberships[0].role,
        });
      }
      // The demo user with two memberships can switch to the second one.
      const both = DEMO_USERS.find((u) => u.memberships.length === 2)!;
      const session = await signIn(api, both.email, DEMO_PASSWORD);
      const { rows } = await admin.query(`SELECT id FROM tenant WHERE slug = $1`, [
        both.memberships[1].tenant,
      ]);
      const switched = await switchTenant(api, session, rows[0].id);
      expect(switched.role).toBe(both.memberships[1].role);
    } finally {
      await api.close();
    }
  });

  it('seeds a dozen projects across the institutes, with everything a project carries', async () => {
    const count = async (sql: string) => (await admin.query(sql)).rows[0].n as number;
    const projects = await admin.query(
      `SELECT t.slug, p.status, p.type FROM project p JOIN tenant t ON t.id = p.tenant_id ORDER BY t.slug`,
    );
    expect(projects.rowCount).toBe(DEMO_PROJECTS.length);
    expect(DEMO_PROJECTS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(projects.rows.map((p) => p.slug))).toEqual(
      new Set(['jazari-rabat', 'jazari-casablanca', 'jazari-souss-massa']),
    );
    expect(new Set(projects.rows.map((p) => p.status))).toEqual(
      new Set(['proposed', 'active', 'on_hold', 'completed']),
    );
    expect(new Set(projects.rows.map((p) => p.type)).size).toBeGreaterThanOrEqual(6);
    expect(
      await count(`SELECT count(DISTINCT region_code)::int AS n FROM project_region`),
    ).toBeGreaterThanOrEqual(4);
    expect(
      await count(`SELECT count(DISTINCT priority_code)::int AS n FROM project_priority`),
    ).toBeGreaterThanOrEqual(6);
    expect(await count(`SELECT count(*)::int AS n FROM project_domain`)).toBeGreaterThanOrEqual(12);
    expect(await count(`SELECT count(*)::int AS n FROM project_member`)).toBeGreaterThanOrEqual(6);
    expect(
      await count(`SELECT count(*)::int AS n FROM project WHERE spent_mad > 0 AND spent_mad <= budget_mad`),
    ).toBe(DEMO_PROJECTS.length - 1);

    // The partner takes part in two projects, of two institutes.
    const partnered = await admin.query(
      `SELECT DISTINCT pp.tenant_id FROM project_partner pp JOIN tenant t ON t.id = pp.partner_tenant_id
        WHERE t.slug = 'atlas-ai-labs'`,
    );
    expect(partnered.rowCount).toBe(2);

    expect(
      await count(`SELECT count(*)::int AS n FROM milestone WHERE done_date IS NOT NULL`),
    ).toBeGreaterThan(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM milestone WHERE done_date IS NULL AND due_date < current_date`,
      ),
    ).toBeGreaterThanOrEqual(2);
    const deliverables = await admin.query(
      `SELECT status, count(*)::int AS n, count(review_comment)::int AS commented FROM deliverable GROUP BY status`,
    );
    const byStatus = Object.fromEntries(deliverables.rows.map((r) => [r.status, r]));
    expect(Object.keys(byStatus).sort()).toEqual(['accepted', 'planned', 'rejected', 'submitted']);
    expect(byStatus.accepted.commented).toBe(byStatus.accepted.n);
    expect(byStatus.rejected.commented).toBe(byStatus.rejected.n);
    const evaluated = await admin.query(
      `SELECT DISTINCT d.kind FROM evaluation_result e JOIN deliverable d ON d.tenant_id = e.tenant_id AND d.id = e.deliverable_id`,
    );
    expect(evaluated.rows).toEqual([{ kind: 'model_evaluation' }]);
    expect(await count(`SELECT count(*)::int AS n FROM kpi_measurement`)).toBeGreaterThanOrEqual(10);
    expect(await count(`SELECT count(DISTINCT rag)::int AS n FROM status_report`)).toBe(3);
    expect(
      await count(`SELECT count(*)::int AS n FROM project_history WHERE action = 'project.created'`),
    ).toBe(DEMO_PROJECTS.length);
    // Each project's history reads in the order things happened (entries are listed by id).
    const backwards = await count(
      `SELECT count(*)::int AS n FROM (
         SELECT occurred_at < lag(occurred_at) OVER (PARTITION BY project_id ORDER BY id) AS back
           FROM project_history) h
        WHERE back`,
    );
    expect(backwards).toBe(0);
    const actions = await admin.query(`SELECT DISTINCT action FROM project_history ORDER BY action`);
    expect(actions.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'beneficiary.linked',
        'deliverable.accepted',
        'deliverable.rejected',
        'deliverable.submitted',
        'evaluation.added',
        'kpi.measured',
        'milestone.added',
        'project.status_changed',
        'status_report.added',
      ]),
    );

    // The registry holds each company once; two of them are supported by two institutes.
    expect(await count(`SELECT count(*)::int AS n FROM beneficiary`)).toBe(DEMO_BENEFICIARIES.length);
    const shared = await admin.query(
      `SELECT b.ice FROM beneficiary b JOIN project_beneficiary pb ON pb.beneficiary_id = b.id
        GROUP BY b.ice HAVING count(DISTINCT pb.tenant_id) = 2 ORDER BY b.ice`,
    );
    expect(shared.rows.map((r) => r.ice)).toEqual([...SHARED_BENEFICIARY_ICES].sort());

    const profiles = await admin.query(
      `SELECT t.slug, count(dd.domain_code)::int AS domains FROM directory_profile p
         JOIN tenant t ON t.id = p.tenant_id
         LEFT JOIN directory_domain dd ON dd.tenant_id = p.tenant_id
        GROUP BY t.slug ORDER BY t.slug`,
    );
    expect(profiles.rows).toEqual(
      Object.entries(DEMO_PROFILES)
        .map(([slug, p]) => ({ slug, domains: p.domains.length }))
        .sort((a, b) => a.slug.localeCompare(b.slug)),
    );
  });

  it('shows each demo user what they should see through the API', async () => {
    const api = await createApi({
      ...config,
      redis: { ...config.redis, queuePrefix: `{demo-api-${process.pid}}` },
    });
    const get = (session: SignedIn, url: string) =>
      request(api.getHttpServer()).get(url).auth(session.accessToken, { type: 'bearer' }).expect(200);
    try {
      // The Rabat manager lists the institute's projects; some have a late milestone.
      // She last switched to Casablanca (above); she manages Rabat.
      let nadia = await signIn(api, 'manager.rabat@jazari.ma', DEMO_PASSWORD);
      if (nadia.tenant.slug !== 'jazari-rabat') {
        const { rows } = await admin.query(`SELECT id FROM tenant WHERE slug = 'jazari-rabat'`);
        nadia = await switchTenant(api, nadia, rows[0].id);
      }
      const rabat = await get(nadia, '/api/v1/projects?limit=100');
      expect(rabat.body.data.map((p: { title: string }) => p.title).sort()).toEqual(
        DEMO_PROJECTS.filter((p) => p.institute === 'jazari-rabat')
          .map((p) => p.title)
          .sort(),
      );
      expect(
        rabat.body.data.filter((p: { lateMilestones: number }) => p.lateMilestones > 0).length,
      ).toBeGreaterThanOrEqual(1);

      // The partner sees the two projects it takes part in, and their beneficiaries.
      const atlas = await signIn(api, 'admin@atlas-ai.ma', DEMO_PASSWORD);
      const partnered = await get(atlas, '/api/v1/projects');
      expect(partnered.body.data.map((p: { title: string }) => p.title).sort()).toEqual(
        DEMO_PROJECTS.filter((p) => p.partners?.includes('atlas-ai-labs'))
          .map((p) => p.title)
          .sort(),
      );
      for (const project of partnered.body.data) {
        await get(atlas, `/api/v1/projects/${project.id}/beneficiaries`);
      }

      // Root sees both supports of each shared company; an institute sees its own.
      const root = await signIn(api, 'admin@jazari.ma', DEMO_PASSWORD);
      for (const ice of SHARED_BENEFICIARY_ICES) {
        const found = await get(root, `/api/v1/beneficiaries?q=${ice}`);
        expect(found.body.data).toHaveLength(1);
        const supports = found.body.data[0].supports as { institute: { id: string } }[];
        expect(supports).toHaveLength(2);
        expect(new Set(supports.map((s) => s.institute.id)).size).toBe(2);
      }
      const sahara = await get(nadia, '/api/v1/beneficiaries?q=sahara');
      expect(sahara.body.data).toHaveLength(1);
      expect(sahara.body.data[0].supports).toEqual([
        expect.objectContaining({ institute: expect.objectContaining({ id: nadia.tenant.id }) }),
      ]);

      // The directory shows the institutes with their domains, found without accents.
      const member = await signIn(api, 'member@atlas-ai.ma', DEMO_PASSWORD);
      const directory = await get(member, '/api/v1/directory');
      expect(directory.body.data.map((e: { slug: string }) => e.slug).sort()).toEqual([
        'atlas-ai-labs',
        'jazari-casablanca',
        'jazari-rabat',
        'jazari-souss-massa',
      ]);
      const souss = await get(
        member,
        `/api/v1/directory?q=${encodeURIComponent('agadir')}&domain=agriculture`,
      );
      expect(souss.body.data).toEqual([
        expect.objectContaining({
          slug: 'jazari-souss-massa',
          contact: expect.objectContaining({ website: 'https://souss.jazari.ma' }),
        }),
      ]);
    } finally {
      await api.close();
    }
  });

  it('does not seed twice', async () => {
    const lines = await seedDemoNetwork(config);
    expect(lines[0]).toBe('demo network already seeded');
    expect((await admin.query('SELECT count(*)::int AS n FROM tenant')).rows[0].n).toBe(5);
    expect((await admin.query('SELECT count(*)::int AS n FROM app_user')).rows[0].n).toBe(8);
    expect((await admin.query('SELECT count(*)::int AS n FROM project')).rows[0].n).toBe(
      DEMO_PROJECTS.length,
    );
    expect((await admin.query('SELECT count(*)::int AS n FROM beneficiary')).rows[0].n).toBe(
      DEMO_BENEFICIARIES.length,
    );
    expect((await admin.query('SELECT count(*)::int AS n FROM project_beneficiary')).rows[0].n).toBe(
      DEMO_PROJECTS.reduce((n, p) => n + (p.supports?.length ?? 0), 0),
    );
    expect((await admin.query('SELECT count(*)::int AS n FROM directory_profile')).rows[0].n).toBe(5);
  });

  it('never seeds in production', async () => {
    const production = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: config.database.url,
      REDIS_URL: testServices.redisUrl,
      AUTH_SECRET: 'a-production-secret-of-at-least-32-characters',
      SEED_DEMO: 'true',
    });
    expect(await seedDemoNetwork(production)).toEqual([]);
  });
});
