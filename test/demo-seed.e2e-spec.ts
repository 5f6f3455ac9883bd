import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig, type AppConfig } from '@jazari/config';
import { PasswordHasher } from '@jazari/identity';
import { createApi } from '@jazari/api';
import { signIn, switchTenant, testServices } from '@jazari/testing';
import pg from 'pg';
import { dropDatabase, provisionDatabase } from '../scripts/lib/local-postgres.js';
import { runMigrations } from '../scripts/lib/migrate.js';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoNetwork } from '../scripts/lib/seed.js';

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

  it('does not seed twice', async () => {
    const lines = await seedDemoNetwork(config);
    expect(lines[0]).toBe('demo network already seeded');
    expect((await admin.query('SELECT count(*)::int AS n FROM tenant')).rows[0].n).toBe(5);
    expect((await admin.query('SELECT count(*)::int AS n FROM app_user')).rows[0].n).toBe(8);
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
